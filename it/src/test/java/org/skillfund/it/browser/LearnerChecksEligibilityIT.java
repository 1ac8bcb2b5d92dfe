package org.skillfund.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A learner checks whether they are eligible")
class LearnerChecksEligibilityIT extends BrowserJourney {

  @Test
  @DisplayName("an unemployed 20-year-old in Victoria is eligible for CHC33021 and pays nothing")
  void eligibleLearner() {
    EligibilityPage page = EligibilityPage.open(browser, baseUrl());
    assertEquals(List.of(), browser.seriousAccessibilityViolations(), "eligibility form");
    page.course("Victoria", "CHC33021", "2021-03-01")
        .learner("2000-05-01", "I am an Australian citizen", "I am unemployed")
        .submit();
    assertTrue(
        page.verdict().startsWith("You are eligible for a funded place in CHC33021"),
        page.verdict());
    assertTrue(page.verdict().contains("$0"), page.verdict());
    assertEquals(List.of(), page.failedRules());
    assertTrue(
        browser.driver().getCurrentUrl().contains("eligibility-result"),
        browser.driver().getCurrentUrl());
    assertEquals(List.of(), browser.seriousAccessibilityViolations(), "result page");
    browser.screenshot("eligibility-eligible");
  }

  @Test
  @DisplayName("an employed 26-year-old in hospitality is told which rule fails and why")
  void ineligibleLearner() {
    EligibilityPage page = EligibilityPage.open(browser, baseUrl());
    page.course("Victoria", "SIT40521", "2021-03-01")
        .learner("1994-12-01", "I am an Australian citizen", "I am employed")
        .submit();
    assertTrue(page.verdict().startsWith("You are not eligible"), page.verdict());
    assertEquals(List.of("JT-AGE"), page.failedRules());
    assertTrue(
        browser.driver().getPageSource().contains("You are 26 on 1 March 2021"),
        "explanation shown");
    browser.screenshot("eligibility-not-eligible");
  }

  @Test
  @DisplayName("a wrong USI and an unknown course are named next to their fields")
  void badInputNamedNextToFields() {
    EligibilityPage page = EligibilityPage.open(browser, baseUrl());
    page.course("Victoria", "NOPE1", "2021-03-01")
        .learner("2000-05-01", "I am an Australian citizen", "I am unemployed")
        .usi("ABCDEFGHJS")
        .submit();
    assertTrue(page.fieldMessage("usi").contains("not a valid USI"), page.fieldMessage("usi"));
    page.usi("ABCDEFGHJR").submit();
    assertTrue(
        page.fieldMessage("course").contains("no training product"), page.fieldMessage("course"));
    assertEquals(List.of(), browser.seriousAccessibilityViolations(), "form with errors");
  }
}
