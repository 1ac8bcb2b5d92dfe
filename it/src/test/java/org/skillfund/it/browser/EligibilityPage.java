package org.skillfund.it.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The learner's eligibility check form and, after submitting, its result page. */
public final class EligibilityPage {

  private final Browser browser;

  private EligibilityPage(Browser browser) {
    this.browser = browser;
  }

  public static EligibilityPage open(Browser browser, String baseUrl) {
    browser.open(baseUrl + "eligibility");
    return new EligibilityPage(browser);
  }

  public EligibilityPage course(String state, String code, String start) {
    new Select(browser.driver().findElement(By.id("check:state"))).selectByVisibleText(state);
    type("check:course", code);
    type("check:start", start);
    return this;
  }

  public EligibilityPage learner(String dateOfBirth, String residency, String employment) {
    type("check:dob", dateOfBirth);
    new Select(browser.driver().findElement(By.id("check:residency")))
        .selectByVisibleText(residency);
    new Select(browser.driver().findElement(By.id("check:employment")))
        .selectByVisibleText(employment);
    return this;
  }

  public EligibilityPage usi(String usi) {
    type("check:usi", usi);
    return this;
  }

  public void submit() {
    browser.submitAndWaitForNextPage(By.id("check:submit"));
  }

  public String fieldMessage(String field) {
    return browser.driver().findElement(By.id("check:" + field + "-message")).getText();
  }

  public String verdict() {
    return browser.driver().findElement(By.id("verdict")).getText();
  }

  /** The ids of the rules the result page shows as not met. */
  public List<String> failedRules() {
    return browser.driver().findElements(By.cssSelector("li.rule.failed")).stream()
        .map(li -> li.getAttribute("data-rule"))
        .toList();
  }

  private void type(String id, String text) {
    WebElement input = browser.driver().findElement(By.id(id));
    input.clear();
    input.sendKeys(text);
  }
}
