package org.skillfund.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The department's claims: filter, validate, approve, payment batches. */
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
