package org.skillfund.it.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the place and dashboard page objects share: typing into an input and waiting. */
abstract class PageObject {

  protected final Browser browser;

  protected PageObject(Browser browser) {
    this.browser = browser;
  }

  /** Replaces the text of the input with client id {@code id}. */
  protected void type(String id, String text) {
    WebElement input = driver().findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  protected WebDriverWait wait(int seconds) {
    return new WebDriverWait(driver(), Duration.ofSeconds(seconds));
  }

  protected WebDriver driver() {
    return browser.driver();
  }
}
