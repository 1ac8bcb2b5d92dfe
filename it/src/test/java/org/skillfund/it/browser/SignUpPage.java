package org.skillfund.it.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The organisation sign-up page. */
public final class SignUpPage {

  private final Browser browser;

  private SignUpPage(Browser browser) {
    this.browser = browser;
  }

  public static SignUpPage open(Browser browser, String baseUrl) {
    browser.open(baseUrl + "sign-up");
    return new SignUpPage(browser);
  }

  public SignUpPage organisation(String legalName, String abn) {
    type("signup:legalName", legalName);
    type("signup:abn", abn);
    return this;
  }

  public SignUpPage admin(String username, String displayName, String email, String password) {
    type("signup:username", username);
    type("signup:displayName", displayName);
    type("signup:email", email);
    type("signup:password", password);
    type("signup:confirm", password);
    return this;
  }

  public void submit() {
    browser.driver().findElement(By.id("signup:submit")).click();
    browser.waitForPrimeFaces();
  }

  /** The confirmation shown once the organisation is registered. */
  public String confirmation() {
    return browser.driver().findElement(By.id("signup-done")).getText();
  }

  /** Follows the link to the sign-in page shown after signing up. */
  public LoginPage goToSignIn() {
    browser.driver().findElement(By.id("signup:signin-link")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
    browser.waitForPrimeFaces();
    return LoginPage.current(browser);
  }

  public String fieldMessage(String field) {
    return browser.driver().findElement(By.id("signup:" + field + "-message")).getText();
  }

  private void type(String id, String text) {
    WebElement input = browser.driver().findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }
}
