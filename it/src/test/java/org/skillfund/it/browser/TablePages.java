package org.skillfund.it.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Paging of lazy PrimeFaces tables listed oldest first: the newest rows are on the last page. */
final class TablePages {

  private TablePages() {}

  /** Goes to the table's last page unless it is on it already. */
  static void last(Browser browser, String tableId) {
    for (WebElement last :
        browser
            .driver()
            .findElements(By.cssSelector("[id='" + tableId + "'] .ui-paginator-last"))) {
      if (!last.getAttribute("class").contains("ui-state-disabled")) {
        // paging replaces the rows of the table's body, not the body itself
        WebElement row =
            browser.driver().findElement(By.cssSelector("[id='" + tableId + "_data'] tr"));
        last.click();
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
            .until(ExpectedConditions.stalenessOf(row));
        browser.waitForPrimeFaces();
      }
      return;
    }
  }
}
