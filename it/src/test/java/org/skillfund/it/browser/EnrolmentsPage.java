package org.skillfund.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A provider's enrolments: the enrolment form and the list with withdraw and claim buttons. */
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

  private WebElement row(String usi) {
    TablePages.last(browser, "enrolments:list");
    return driver()
        .findElement(
            By.xpath(
                "//*[@id='enrolments:list']//tr[.//*[contains(@class,'enrolment-usi')"
                    + " and contains(., '"
                    + usi
                    + "')]]"));
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
