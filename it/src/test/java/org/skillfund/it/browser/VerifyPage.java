package org.skillfund.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The public page that verifies a credential. */
public final class VerifyPage {

  private final Browser browser;

  private VerifyPage(Browser browser) {
    this.browser = browser;
  }

  public static VerifyPage open(Browser browser, String baseUrl) {
    browser.open(baseUrl + "verify");
    return new VerifyPage(browser);
  }

  /** Pastes the credential and presses Verify; returns the outcome shown. */
  public String verify(String credential) {
    WebElement area = browser.driver().findElement(By.id("verify:credential"));
    area.clear();
    // a VC-JWT is long: set it at once rather than typing key by key
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].value = arguments[1];", area, credential);
    browser.driver().findElement(By.id("verify:check")).click();
    browser.waitForPrimeFaces();
    return browser.driver().findElement(By.id("verify-outcome")).getText();
  }

  public String reason() {
    return browser.driver().findElement(By.id("verify-reason")).getText();
  }
}
