package org.skillfund.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The sign-in page. */
public final class LoginPage {

  private final Browser browser;

  private LoginPage(Browser browser) {
    this.browser = browser;
  }

  public static LoginPage open(Browser browser, String baseUrl) {
    browser.open(baseUrl + "login");
    return new LoginPage(browser);
  }

  /** The sign-in page the browser is on now, e.g. after a redirect. */
  public static LoginPage current(Browser browser) {
    return new LoginPage(browser);
  }

  /** Types the credentials and presses Sign in; the browser follows wherever the app sends it. */
  public void signIn(String username, String password) {
    WebElement user = browser.driver().findElement(By.id("login:username"));
    user.clear();
    user.sendKeys(username);
    WebElement pass = browser.driver().findElement(By.id("login:password"));
    pass.clear();
    pass.sendKeys(password);
    browser.submitAndWaitForNextPage(By.id("login:submit"));
  }

  /** The page-level error messages shown after a failed sign-in. */
  public List<String> errors() {
    return browser.driver().findElements(By.cssSelector("#login\\:messages li")).stream()
        .map(WebElement::getText)
        .toList();
  }

  /** The message shown next to a field, e.g. "username". */
  public String fieldMessage(String field) {
    return browser.driver().findElement(By.id("login:" + field + "-message")).getText();
  }

  public String signedInAs() {
    List<WebElement> label = browser.driver().findElements(By.id("signed-in-as"));
    return label.isEmpty() ? null : label.get(0).getText();
  }
}
