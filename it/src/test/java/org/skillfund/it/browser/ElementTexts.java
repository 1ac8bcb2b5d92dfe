package org.skillfund.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The texts of the elements a locator finds, read again if an ajax update replaced them meanwhile.
 */
final class ElementTexts {

  private ElementTexts() {}

  static List<String> of(WebDriver driver, By locator) {
    for (int attempt = 1; ; attempt++) {
      try {
        return driver.findElements(locator).stream().map(WebElement::getText).toList();
      } catch (StaleElementReferenceException replaced) {
        if (attempt == 3) {
          throw replaced;
        }
      }
    }
  }
}
