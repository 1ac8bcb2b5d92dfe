package org.skillfund.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The department's claims: filter, automatic checks, validate, approve, reject, payment batches,
 * recovery.
 */
public final class ClaimsPage extends PageObject {

  private ClaimsPage(Browser browser) {
    super(browser);
  }

  public static ClaimsPage open(Browser browser, String baseUrl) {
    browser.open(baseUrl + "claims");
    return new ClaimsPage(browser);
  }

  /** Shows only claims in this state (its label, e.g. "Submitted"). */
  public ClaimsPage only(String statusLabel) {
    new Select(driver().findElement(By.id("claims:status"))).selectByVisibleText(statusLabel);
    WebElement row = driver().findElement(By.cssSelector("[id='claims:list_data'] tr"));
    driver().findElement(By.id("claims:filter")).click();
    wait(30).until(ExpectedConditions.stalenessOf(row));
    browser.waitForPrimeFaces();
    return this;
  }

  public String status(String enrolmentId) {
    return row(enrolmentId).findElement(By.cssSelector(".claim-status")).getText();
  }

  public ClaimsPage validate(String enrolmentId) {
    return pressAndWait(row(enrolmentId).findElement(By.cssSelector("button[id$=':validate']")));
  }

  /** Presses Approve on the claim, gives the reason and confirms. */
  public ClaimsPage approve(String enrolmentId, String reason) {
    row(enrolmentId).findElement(By.cssSelector("button[id$=':approve']")).click();
    wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("claims:approve-reason")));
    browser.waitForPrimeFaces();
    type("claims:approve-reason", reason);
    return pressAndWait(driver().findElement(By.id("claims:confirm-approve")));
  }

  /** Presses "Create a payment batch" and confirms. */
  public ClaimsPage pay() {
    driver().findElement(By.id("claims:pay")).click();
    WebElement yes =
        wait(10).until(ExpectedConditions.elementToBeClickable(By.id("claims:confirm-pay")));
    return pressAndWait(yes);
  }

  public List<String> messages() {
    return ElementTexts.of(driver(), By.cssSelector("#claims\\:messages li"));
  }

  /** How many payment batches are listed, and whether each offers its file. */
  public int downloadButtons() {
    return driver()
        .findElements(By.cssSelector("button[id^='claims:batches:'][id$=':file']"))
        .size();
  }

  /** The part shown for the enrolment's claim of that part ("commencement" or "completion"). */
  public String part(String enrolmentId, String part) {
    return row(enrolmentId, part).findElement(By.cssSelector(".claim-part")).getText();
  }

  public String status(String enrolmentId, String part) {
    return row(enrolmentId, part).findElement(By.cssSelector(".claim-status")).getText();
  }

  /** The "Adjustment ..." shown under the amount of a recovered claim. */
  public String adjustment(String enrolmentId, String part) {
    return row(enrolmentId, part).findElement(By.cssSelector(".claim-adjustment")).getText();
  }

  /** The reason shown under the status of a rejected claim. */
  public String decision(String enrolmentId, String part) {
    return row(enrolmentId, part).findElement(By.cssSelector(".claim-decision")).getText();
  }

  /** Opens the claim's automatic checks and reads them, one line each. */
  public List<String> checks(String enrolmentId, String part) {
    row(enrolmentId, part).findElement(By.cssSelector(".ui-row-toggler")).click();
    wait(30)
        .until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='claims:list'] .claim-check")));
    browser.waitForPrimeFaces();
    ((org.openqa.selenium.JavascriptExecutor) driver())
        .executeScript(
            "document.querySelector(\"[id='claims:list'] .claim-checks\")"
                + ".scrollIntoView({block: 'center'});");
    return ElementTexts.of(driver(), By.cssSelector("[id='claims:list'] .claim-check"));
  }

  public ClaimsPage validate(String enrolmentId, String part) {
    return pressAndWait(
        row(enrolmentId, part).findElement(By.cssSelector("button[id$=':validate']")));
  }

  /** Presses Reject on the claim and confirms with {@code reason} (the dialog stays on refusal). */
  public ClaimsPage reject(String enrolmentId, String part, String reason) {
    row(enrolmentId, part).findElement(By.cssSelector("button[id$=':reject']")).click();
    wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("claims:reject-reason")));
    browser.waitForPrimeFaces();
    return confirmReject(reason);
  }

  public ClaimsPage confirmReject(String reason) {
    type("claims:reject-reason", reason);
    return pressAndWait(driver().findElement(By.id("claims:confirm-reject")));
  }

  /** Presses Recover on the paid claim and confirms with {@code reason}. */
  public ClaimsPage recover(String enrolmentId, String part, String reason) {
    row(enrolmentId, part).findElement(By.cssSelector("button[id$=':recover']")).click();
    wait(10).until(ExpectedConditions.visibilityOfElementLocated(By.id("claims:recover-reason")));
    browser.waitForPrimeFaces();
    return confirmRecover(reason);
  }

  public ClaimsPage confirmRecover(String reason) {
    type("claims:recover-reason", reason);
    return pressAndWait(driver().findElement(By.id("claims:confirm-recover")));
  }

  /** The message next to a dialog's reason, e.g. "reject" or "recover". */
  public String reasonMessage(String dialog) {
    return driver().findElement(By.id("claims:" + dialog + "-reason-message")).getText();
  }

  public boolean dialogOpen(String dialog) {
    return driver().findElement(By.id("claims:" + dialog + "-dialog")).isDisplayed();
  }

  /** The action buttons on the claim's row, by their id within the row (e.g. "reject"). */
  public List<String> buttons(String enrolmentId, String part) {
    return row(enrolmentId, part).findElements(By.cssSelector("button")).stream()
        .map(b -> b.getAttribute("id").replaceAll(".*:", ""))
        .toList();
  }

  private WebElement row(String enrolmentId, String part) {
    TablePages.last(browser, "claims:list");
    return driver()
        .findElement(
            By.xpath(
                "//*[@id='claims:list']//tr[.//*[contains(@class,'claim-enrolment')"
                    + " and contains(., '"
                    + enrolmentId
                    + "')] and .//*[contains(@class,'claim-part') and normalize-space(.)='"
                    + part
                    + "']]"));
  }

  private WebElement row(String enrolmentId) {
    TablePages.last(browser, "claims:list");
    return driver()
        .findElement(
            By.xpath(
                "//*[@id='claims:list']//tr[.//*[contains(@class,'claim-enrolment')"
                    + " and contains(., '"
                    + enrolmentId
                    + "')]]"));
  }

  private ClaimsPage pressAndWait(WebElement button) {
    WebElement before = driver().findElement(By.id("claims:messages"));
    button.click();
    wait(30).until(ExpectedConditions.stalenessOf(before));
    browser.waitForPrimeFaces();
    return this;
  }
}
