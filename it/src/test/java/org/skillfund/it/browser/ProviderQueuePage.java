package org.skillfund.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The department's queue of provider applications. */
public final class ProviderQueuePage {

  private final Browser browser;

  private ProviderQueuePage(Browser browser) {
    this.browser = browser;
  }

  public static ProviderQueuePage open(Browser browser, String baseUrl) {
    browser.open(baseUrl + "providers");
    return new ProviderQueuePage(browser);
  }

  /** Shows only providers delivering in this state or territory, by its full name. */
  public ProviderQueuePage deliveringIn(String stateName) {
    new Select(browser.driver().findElement(By.id("queue:state"))).selectByVisibleText(stateName);
    browser.driver().findElement(By.id("queue:filter")).click();
    browser.waitForPrimeFaces();
    return this;
  }

  /** The providers listed on the current page, in order. */
  public List<String> providers() {
    return ElementTexts.of(browser.driver(), By.cssSelector("#queue\\:providers a.provider-link"));
  }

  public ProviderReviewPage review(String legalName) {
    browser.driver().findElement(By.linkText(legalName)).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("review-heading")));
    browser.waitForPrimeFaces();
    return ProviderReviewPage.current(browser);
  }
}
