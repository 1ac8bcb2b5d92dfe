package org.skillfund.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The catalogue: search box, filters and the lazy table of products. */
public final class CataloguePage {

  private final Browser browser;

  private CataloguePage(Browser browser) {
    this.browser = browser;
  }

  public static CataloguePage open(Browser browser, String baseUrl) {
    browser.open(baseUrl + "catalogue");
    return new CataloguePage(browser);
  }

  public static CataloguePage current(Browser browser) {
    return new CataloguePage(browser);
  }

  public CataloguePage search(String text) {
    WebElement box = browser.driver().findElement(By.id("search:q"));
    box.clear();
    box.sendKeys(text);
    return submit();
  }

  public CataloguePage filterByType(String visibleText) {
    new Select(browser.driver().findElement(By.id("search:type"))).selectByVisibleText(visibleText);
    return this;
  }

  public CataloguePage filterByStatus(String visibleText) {
    new Select(browser.driver().findElement(By.id("search:status")))
        .selectByVisibleText(visibleText);
    return this;
  }

  public CataloguePage submit() {
    browser.driver().findElement(By.id("search:go")).click();
    browser.waitForPrimeFaces();
    return this;
  }

  public List<String> codes() {
    return browser
        .driver()
        .findElements(By.cssSelector("#search\\:products a.product-code"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  public String pageReport() {
    return browser
        .driver()
        .findElement(By.cssSelector("#search\\:products .ui-paginator-current"))
        .getText();
  }

  public ProductPage openProduct(String code) {
    browser.driver().findElement(By.linkText(code)).click();
    browser.waitForPrimeFaces();
    return new ProductPage(browser);
  }
}
