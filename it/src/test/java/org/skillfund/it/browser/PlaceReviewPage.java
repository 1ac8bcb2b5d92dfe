package org.skillfund.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The department's review of a place application: assessment and decision. */
public final class PlaceReviewPage extends PageObject {

  private PlaceReviewPage(Browser browser) {
    super(browser);
  }

  public static PlaceReviewPage open(Browser browser, String baseUrl, String id) {
    browser.open(baseUrl + "place-review?id=" + id);
    return new PlaceReviewPage(browser);
  }

  public String status() {
    return driver().findElement(By.id("application-status")).getText();
  }

  /** Whether the form of a step is on the page: "assess-form" or "decide-form". */
  public boolean offers(String form) {
    return !driver().findElements(By.id("review:" + form)).isEmpty();
  }

  /** The risk flags shown, with their explanations. */
  public List<String> riskFlags() {
    return ElementTexts.of(driver(), By.cssSelector("#risk-flags li"));
  }

  /** Gives every criterion the same score, the places recommended per line and a note. */
  public PlaceReviewPage assess(int score, List<Integer> recommended, String note) {
    List<WebElement> scores =
        driver().findElements(By.cssSelector("select[id^='review:criteria:'][id$=':score']"));
    for (WebElement s : scores) {
      new Select(s).selectByValue(String.valueOf(score));
    }
    for (int i = 0; i < recommended.size(); i++) {
      type("review:assess-lines:" + i + ":recommended", String.valueOf(recommended.get(i)));
    }
    type("review:note", note);
    WebElement before = driver().findElement(By.id("review:content"));
    driver().findElement(By.id("review:assess")).click();
    wait(20).until(ExpectedConditions.stalenessOf(before));
    browser.waitForPrimeFaces();
    return this;
  }

  /** The delegate's limit sentence. */
  public String limit() {
    return driver().findElement(By.id("delegate-limit")).getText();
  }

  /** Types the places approved per line and the reasons (does not decide yet). */
  public PlaceReviewPage approving(List<Integer> places, String reason) {
    for (int i = 0; i < places.size(); i++) {
      type("review:decide-lines:" + i + ":approved", String.valueOf(places.get(i)));
      driver().findElement(By.id("review:reason")).click(); // leaves the input: its change event
      browser.waitForPrimeFaces();
    }
    type("review:reason", reason);
    return this;
  }

  /** What the places entered commit, as the page says it. */
  public String enteredAmount() {
    return driver().findElement(By.id("entered-amount")).getText();
  }

  /** Presses Approve and confirms in the dialog. */
  public PlaceReviewPage approveAndConfirm() {
    driver().findElement(By.id("review:approve")).click();
    WebElement before = driver().findElement(By.id("review:content"));
    wait(10)
        .until(ExpectedConditions.elementToBeClickable(By.id("review:confirm-approve")))
        .click();
    wait(20).until(ExpectedConditions.stalenessOf(before));
    browser.waitForPrimeFaces();
    wait(10).until(ExpectedConditions.invisibilityOfElementLocated(By.id("review:approve-dialog")));
    return this;
  }

  public String committed() {
    return driver().findElement(By.id("committed")).getText();
  }

  /** The approved places per line as the read-only lines show them. */
  public List<String> approvedPlaces() {
    return ElementTexts.of(driver(), By.cssSelector("#lines-read td.approved"));
  }

  public List<String> messages() {
    return ElementTexts.of(driver(), By.cssSelector("#review\\:messages li"));
  }
}
