package org.skillfund.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The officers' queue of disputed enrolments: cancel or reinstate, with a reason. */
public final class DisputesPage extends PageObject {

  private DisputesPage(Browser browser) {
    super(browser);
  }

  public static DisputesPage open(Browser browser, String baseUrl) {
    browser.open(baseUrl + "disputes");
    return new DisputesPage(browser);
  }

  /** Whether the learner with this USI is in the queue (on its last page, the newest). */
  public boolean lists(String usi) {
    TablePages.last(browser, "disputes:list");
    return !driver().findElements(rowOf(usi)).isEmpty();
  }

  public String provider(String usi) {
    return row(usi).findElement(By.cssSelector(".dispute-provider")).getText();
  }

  public String status(String usi) {
    return row(usi).findElement(By.cssSelector(".dispute-status")).getText();
  }

  public String reason(String usi) {
    return row(usi).findElement(By.cssSelector(".dispute-reason")).getText();
  }

  /** Presses "Cancel enrolment" on the learner's row and confirms with {@code reason}. */
  public DisputesPage cancel(String usi, String reason) {
    return resolve(usi, "cancel", reason);
  }

  /** Presses "Reinstate" on the learner's row and confirms with {@code reason}. */
  public DisputesPage reinstate(String usi, String reason) {
    return resolve(usi, "reinstate", reason);
  }

  /** Gives the open dialog another reason and confirms again (after a refusal). */
  public DisputesPage confirmWith(String reason) {
    type("disputes:resolve-reason", reason);
    return pressAndWait(driver().findElement(By.id("disputes:confirm-resolve")));
  }

  public boolean dialogOpen() {
    return driver().findElement(By.id("disputes:resolve-dialog")).isDisplayed();
  }

  public String reasonMessage() {
    return driver().findElement(By.id("disputes:resolve-reason-message")).getText();
  }

  public List<String> messages() {
    return ElementTexts.of(driver(), By.cssSelector("#disputes\\:messages li"));
  }

  private DisputesPage resolve(String usi, String button, String reason) {
    row(usi).findElement(By.cssSelector("button[id$=':" + button + "']")).click();
    wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("disputes:resolve-reason")));
    browser.waitForPrimeFaces();
    return confirmWith(reason);
  }

  private WebElement row(String usi) {
    TablePages.last(browser, "disputes:list");
    return driver().findElement(rowOf(usi));
  }

  private static By rowOf(String usi) {
    return By.xpath(
        "//*[@id='disputes:list']//tr[.//*[contains(@class,'dispute-usi') and contains(., '"
            + usi
            + "')]]");
  }

  private DisputesPage pressAndWait(WebElement button) {
    WebElement before = driver().findElement(By.id("disputes:messages"));
    button.click();
    wait(30).until(ExpectedConditions.stalenessOf(before));
    browser.waitForPrimeFaces();
    return this;
  }
}
