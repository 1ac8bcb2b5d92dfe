package org.skillfund.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** One product's detail page. */
public final class ProductPage {

  private final Browser browser;

  ProductPage(Browser browser) {
    this.browser = browser;
  }

  public String heading() {
    return browser.driver().findElement(By.id("product-heading")).getText();
  }

  public String status() {
    return browser.driver().findElement(By.id("product-status")).getText();
  }

  public String successorText() {
    return browser.driver().findElement(By.id("successor")).getText();
  }

  public List<String> supersedes() {
    return browser.driver().findElements(By.cssSelector("#supersedes li")).stream()
        .map(WebElement::getText)
        .toList();
  }
}
