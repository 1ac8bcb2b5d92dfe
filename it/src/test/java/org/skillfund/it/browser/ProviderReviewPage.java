package org.skillfund.it.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The department's review of one provider: the application and the steps the role may take. */
public final class ProviderReviewPage {

  private final Browser browser;

  private ProviderReviewPage(Browser browser) {
    this.browser = browser;
  }

  public static ProviderReviewPage open(Browser browser, String baseUrl, String providerId) {
    browser.open(baseUrl + "provider-review?id=" + providerId);
    return new ProviderReviewPage(browser);
  }

  public static ProviderReviewPage current(Browser browser) {
    return new ProviderReviewPage(browser);
  }

  public String heading() {
    return driver().findElement(By.id("review-heading")).getText();
  }

  public String status() {
    return driver().findElement(By.id("provider-status")).getText();
  }

  /** Whether a button or form with this id (e.g. "pick-up", "assessment-form") is shown. */
  public boolean offers(String id) {
    return !driver().findElements(By.id("review:" + id)).isEmpty();
  }

  public ProviderReviewPage pickUp() {
    driver().findElement(By.id("review:pick-up")).click();
    browser.waitForPrimeFaces();
    return this;
  }

  /** Ticks every checklist item, rates the risk (e.g. "Low") and gives the reasons. */
  public ProviderReviewPage assessment(String risk, String reasons) {
    for (String item :
        List.of(
            "registrationCurrent",
            "scopeVerified",
            "financiallyViable",
            "complianceHistoryClear",
            "conflictsDeclared")) {
      WebElement box = driver().findElement(By.id("review:" + item));
      if (!box.isSelected()) {
        box.click();
      }
    }
    choose("review:risk", risk);
    type("review:riskReasons", reasons);
    return this;
  }

  /** Recommends a product (yes or no) with a note, in the row that names it. */
  public ProviderReviewPage recommend(String code, boolean yes, String note) {
    List<WebElement> rows =
        driver().findElements(By.cssSelector("#review\\:recommendations > tbody > tr"));
    for (WebElement row : rows) {
      if (row.findElement(By.cssSelector(".product-code")).getText().equals(code)) {
        String answer = yes ? "Yes" : "No";
        row.findElement(
                By.xpath(".//label[normalize-space()='" + answer + "']/preceding-sibling::input"))
            .click();
        WebElement noteInput = row.findElement(By.cssSelector("input[type='text']"));
        noteInput.clear();
        noteInput.sendKeys(note);
        return this;
      }
    }
    throw new AssertionError("No recommendation row for " + code);
  }

  public ProviderReviewPage recordAssessment() {
    driver().findElement(By.id("review:assess")).click();
    browser.waitForPrimeFaces();
    return this;
  }

  /**
   * Chooses a decision by its label (e.g. "Approve"), ticks the products to approve, gives the
   * reasons, presses the decision button and confirms in the dialog.
   */
  public ProviderReviewPage decideAndConfirm(String decision, List<String> approve, String reason) {
    choose("review:decision", decision);
    for (String code : approve) {
      driver()
          .findElement(
              By.xpath(
                  "//ul[@id='review:approved']//label[starts-with(normalize-space(),'"
                      + code
                      + "')]/preceding-sibling::input"))
          .click();
    }
    type("review:decisionReason", reason);
    driver().findElement(By.id("review:decide")).click();
    wait(10).until(ExpectedConditions.elementToBeClickable(By.id("review:confirm-decide"))).click();
    browser.waitForPrimeFaces();
    wait(10).until(ExpectedConditions.invisibilityOfElementLocated(By.id("review:decide-dialog")));
    return this;
  }

  /** The assessed risk in words, once the assessment is recorded. */
  public String assessedRisk() {
    return driver().findElement(By.id("assessed-risk")).getText();
  }

  /** The page-level messages: what was done, or why the service refused. */
  public List<String> messages() {
    return ElementTexts.of(driver(), By.cssSelector("#review\\:messages li"));
  }

  private void choose(String group, String label) {
    driver()
        .findElement(
            By.xpath(
                "//ul[@id='"
                    + group
                    + "']//label[normalize-space()='"
                    + label
                    + "']/preceding-sibling::input"))
        .click();
  }

  private void type(String id, String text) {
    WebElement input = driver().findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }

  private WebDriverWait wait(int seconds) {
    return new WebDriverWait(driver(), Duration.ofSeconds(seconds));
  }

  private WebDriver driver() {
    return browser.driver();
  }
}
