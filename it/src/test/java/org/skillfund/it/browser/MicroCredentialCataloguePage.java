package org.skillfund.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The public micro-credential catalogue and one item's page. */
public final class MicroCredentialCataloguePage {

  private final Browser browser;

  private MicroCredentialCataloguePage(Browser browser) {
    this.browser = browser;
  }

  public static MicroCredentialCataloguePage open(Browser browser, String baseUrl) {
    browser.open(baseUrl + "microcredentials");
    return new MicroCredentialCataloguePage(browser);
  }

  public MicroCredentialCataloguePage search(String text, String creditTowards) {
    WebElement q = browser.driver().findElement(By.id("search:q"));
    q.clear();
    q.sendKeys(text);
    WebElement credit = browser.driver().findElement(By.id("search:credit"));
    credit.clear();
    credit.sendKeys(creditTowards);
    browser.driver().findElement(By.id("search:go")).click();
    browser.waitForPrimeFaces();
    return this;
  }

  public List<String> titles() {
    return browser.driver().findElements(By.cssSelector(".mc-title")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** Opens the first result's page. */
  public MicroCredentialCataloguePage openFirst() {
    browser.submitAndWaitForNextPage(By.cssSelector(".mc-title"));
    return this;
  }

  public List<String> pathway() {
    return browser.driver().findElements(By.cssSelector("#mc-pathway li")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
