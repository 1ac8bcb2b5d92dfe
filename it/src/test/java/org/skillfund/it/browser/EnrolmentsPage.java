package org.skillfund.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A provider's enrolments: the enrolment form and the list (filtered by status) with commence,
 * complete, withdraw and claim buttons.
 */
public final class EnrolmentsPage extends PageObject {

  private EnrolmentsPage(Browser browser) {
    super(browser);
  }

  public static EnrolmentsPage open(Browser browser, String baseUrl) {
    browser.open(baseUrl + "enrolments");
    return new EnrolmentsPage(browser);
  }

  /** Fills the form (null leaves a field as it is) and presses Enrol. */
  public EnrolmentsPage enrol(
      String allocationId,
      String givenName,
      String familyName,
      String dateOfBirth,
      String usi,
      String email,
      String startDate) {
    if (allocationId != null) {
      new Select(driver().findElement(By.id("enrol:allocation"))).selectByValue(allocationId);
    }
    type("enrol:givenName", givenName);
    type("enrol:familyName", familyName);
    type("enrol:dateOfBirth", dateOfBirth);
    type("enrol:usi", usi);
    type("enrol:email", email);
    type("enrol:startDate", startDate);
    return pressAndWait(By.id("enrol:enrol-button"), "enrol:messages");
  }

  public List<String> messages() {
    return ElementTexts.of(driver(), By.cssSelector("#enrol\\:messages li"));
  }

  public List<String> listMessages() {
    return ElementTexts.of(driver(), By.cssSelector("#enrolments\\:messages li"));
  }

  /** The message next to a field of the form, e.g. "usi". */
  public String fieldMessage(String field) {
    return driver().findElement(By.id("enrol:" + field + "-message")).getText();
  }

  /**
   * The status shown for the learner with this USI (the newest enrolments are on the last page).
   */
  public String status(String usi) {
    return row(usi).findElement(By.cssSelector(".enrolment-status")).getText();
  }

  /** Claims the commencement part of the learner's enrolment. */
  public EnrolmentsPage claim(String usi) {
    return pressAndWait(
        row(usi).findElement(By.cssSelector("button[id$=':claim']")), "enrolments:messages");
  }

  /** Presses Withdraw on the learner's row, gives the reason and confirms. */
  public EnrolmentsPage withdraw(String usi, String reason) {
    row(usi).findElement(By.cssSelector("button[id$=':withdraw']")).click();
    wait(10)
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("enrolments:withdraw-reason")));
    browser.waitForPrimeFaces();
    type("enrolments:withdraw-reason", reason);
    return pressAndWait(By.id("enrolments:confirm-withdraw"), "enrolments:messages");
  }

  /** Shows only enrolments in this state (its label, e.g. "Commenced"). */
  public EnrolmentsPage only(String statusLabel) {
    new Select(driver().findElement(By.id("enrolments:status"))).selectByVisibleText(statusLabel);
    WebElement row = driver().findElement(By.cssSelector("[id='enrolments:list_data'] tr"));
    driver().findElement(By.id("enrolments:filter")).click();
    wait(30).until(ExpectedConditions.stalenessOf(row));
    browser.waitForPrimeFaces();
    return this;
  }

  /** Whether the learner's enrolment is in the list as filtered now. */
  public boolean lists(String usi) {
    TablePages.last(browser, "enrolments:list");
    return !driver().findElements(rowOf(usi)).isEmpty();
  }

  /** The buttons shown on the learner's row, by their id within the row (e.g. "commence"). */
  public List<String> buttons(String usi) {
    return row(usi).findElements(By.cssSelector("button")).stream()
        .map(b -> b.getAttribute("id").replaceAll(".*:", ""))
        .toList();
  }

  /** Presses "Record commencement" on the learner's row and confirms. */
  public EnrolmentsPage commence(String usi) {
    return step(usi, "commence");
  }

  /** Presses "Record completion" on the learner's row and confirms. */
  public EnrolmentsPage complete(String usi) {
    return step(usi, "complete");
  }

  /** Claims the completion part of the learner's completed enrolment. */
  public EnrolmentsPage claimCompletion(String usi) {
    return pressAndWait(
        row(usi).findElement(By.cssSelector("button[id$=':claim-completion']")),
        "enrolments:messages");
  }

  /** The text of the open confirmation dialog of a commencement or completion. */
  public String stepDialogText() {
    return driver().findElement(By.id("enrolments:step-dialog")).getText();
  }

  private EnrolmentsPage step(String usi, String button) {
    row(usi).findElement(By.cssSelector("button[id$=':" + button + "']")).click();
    WebElement yes =
        wait(10).until(ExpectedConditions.elementToBeClickable(By.id("enrolments:confirm-step")));
    browser.waitForPrimeFaces();
    return pressAndWait(yes, "enrolments:messages");
  }

  private WebElement row(String usi) {
    TablePages.last(browser, "enrolments:list");
    return driver().findElement(rowOf(usi));
  }

  private static By rowOf(String usi) {
    return By.xpath(
        "//*[@id='enrolments:list']//tr[.//*[contains(@class,'enrolment-usi')"
            + " and contains(., '"
            + usi
            + "')]]");
  }

  private EnrolmentsPage pressAndWait(By button, String replaced) {
    return pressAndWait(driver().findElement(button), replaced);
  }

  private EnrolmentsPage pressAndWait(WebElement button, String replaced) {
    WebElement before = driver().findElement(By.id(replaced));
    button.click();
    wait(30).until(ExpectedConditions.stalenessOf(before));
    browser.waitForPrimeFaces();
    return this;
  }
}
