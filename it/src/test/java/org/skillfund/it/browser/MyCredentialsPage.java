package org.skillfund.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A learner's credentials page. */
public final class MyCredentialsPage {

  private final Browser browser;

  private MyCredentialsPage(Browser browser) {
    this.browser = browser;
  }

  public static MyCredentialsPage open(Browser browser, String baseUrl) {
    browser.open(baseUrl + "my-credentials");
    return new MyCredentialsPage(browser);
  }

  public List<String> titles() {
    return browser.driver().findElements(By.cssSelector(".credential-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The signed credential of the row titled {@code title}, as the learner copies it. */
  public String credentialText(String title) {
    List<WebElement> rows =
        browser.driver().findElements(By.cssSelector("#credentials\\:list tbody tr"));
    for (WebElement row : rows) {
      if (row.findElement(By.cssSelector(".credential-title")).getText().equals(title)) {
        row.findElement(By.cssSelector(".credential-text summary")).click();
        return row.findElement(By.cssSelector("pre.jwt")).getText().replaceAll("\\s", "");
      }
    }
    throw new AssertionError("no credential titled " + title);
  }

  public boolean hasDownloadButton() {
    return !browser.driver().findElements(By.cssSelector("[id$=':download']")).isEmpty();
  }

  public List<String> progress() {
    return browser.driver().findElements(By.cssSelector("#progress li")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
