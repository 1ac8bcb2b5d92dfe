package org.skillfund.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A learner's page behind the mailed link: "Yes, I enrolled" or "I did not enrol". */
public final class EnrolmentConfirmationPage extends PageObject {

  private EnrolmentConfirmationPage(Browser browser) {
    super(browser);
  }

  public static EnrolmentConfirmationPage open(Browser browser, String baseUrl, String token) {
    browser.open(baseUrl + "confirm-enrolment.xhtml?token=" + token);
    return new EnrolmentConfirmationPage(browser);
  }

  public EnrolmentConfirmationPage confirm() {
    return pressAndWait(By.id("answer:confirm"));
  }

  /** Says "I did not enrol", with what the learner knows. */
  public EnrolmentConfirmationPage dispute(String reason) {
    type("answer:reason", reason);
    return pressAndWait(By.id("answer:dispute"));
  }

  public List<String> messages() {
    return ElementTexts.of(driver(), By.cssSelector("#answer\\:messages li"));
  }

  private EnrolmentConfirmationPage pressAndWait(By button) {
    WebElement before = driver().findElement(By.id("answer:messages"));
    driver().findElement(button).click();
    wait(30).until(ExpectedConditions.stalenessOf(before));
    browser.waitForPrimeFaces();
    return this;
  }
}
