package org.skillfund.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.skillfund.it.support.Api;

@DisplayName("Places: a provider applies, an officer assesses, a delegate partly approves")
class PlacesJourneyIT extends BrowserJourney {

  private static final String PROGRAM = "JT-2026";

  /** CHC33021 (Certificate III, $5,000 a place) and CHC43015 (Certificate IV, $6,000). */
  private static final long CERT_III_CENTS = 500_000;

  private static final long CERT_IV_CENTS = 600_000;

  @BeforeEach
  void signedOut() {
    browser.driver().manage().deleteAllCookies();
  }

  @Test
  @DisplayName(
      "provider-a asks for 30 CHC33021 in NSW and 10 CHC43015 in VIC under JT-2026 and submits;"
          + " the officer recommends 30 and 5; the delegate approves 30 and 5; the dashboard"
          + " shows the commitment")
  void applyAssessApprove() {
    Api manager = Api.as(baseUrl(), "manager", Api.DEMO_PASSWORD);
    JsonNode before = dashboard(manager);

    // The provider applies and submits.
    signInAs("provider-a");
    PlaceApplicationPage application = PlaceApplicationPage.startNew(browser, baseUrl());
    accessible("new place application");
    application
        .program(PROGRAM, "Full qualifications")
        .line(
            0,
            "CHC33021",
            "NSW",
            30,
            "Work-based learning with direct guidance",
            "Traineeship",
            "Parramatta",
            "March 2027")
        .addLine()
        .line(
            1,
            "CHC43015",
            "VIC",
            10,
            "Wholly educational-institution based",
            null,
            "Footscray",
            "April 2027")
        .justification(
            "Aged-care employers in Western Sydney and Melbourne's west need qualified staff.",
            "Western Sydney Aged Care Alliance")
        .saveNewDraft();
    assertEquals("Draft", application.status(), application.messages().toString());
    assertEquals(List.of("Your draft is saved."), application.messages());
    String id = browser.driver().getCurrentUrl().replaceAll(".*[?&]id=([^&]+).*", "$1");
    accessible("place application draft");
    application.submitAndConfirm();
    assertEquals("Submitted", application.status(), application.messages().toString());
    accessible("place application submitted");

    // The officer finds it in the queue and assesses it.
    signInAs("officer");
    browser.open(baseUrl() + "place-applications");
    accessible("place application queue");
    // oldest first: in a full suite run other tests' applications may come before this one
    assertFalse(
        browser.driver().findElements(By.cssSelector("a.application-link")).isEmpty(),
        "the queue lists applications waiting for the department");
    PlaceReviewPage review = PlaceReviewPage.open(browser, baseUrl(), id);
    assertEquals("Submitted", review.status());
    assertFalse(review.offers("decide-form"), "an officer cannot decide");
    accessible("review, submitted");
    review.assess(
        4, List.of(30, 5), "Strong NSW placements; Victorian demand supports 5 places only.");
    assertEquals("Assessed", review.status(), review.messages().toString());
    accessible("review, assessed");

    // The delegate approves fewer places than asked for: a partial approval within the limit.
    signInAs("delegate");
    review = PlaceReviewPage.open(browser, baseUrl(), id);
    assertFalse(review.offers("assess-form"), "a delegate cannot assess");
    assertTrue(review.limit().contains("$500,000.00"), review.limit());
    long approved = 30 * CERT_III_CENTS + 5 * CERT_IV_CENTS;
    review.approving(List.of(30, 5), "As recommended: 5 Victorian places match regional demand.");
    assertTrue(review.enteredAmount().contains(money(approved)), review.enteredAmount());
    accessible("review, for decision");
    browser.screenshot("place-decision");
    review.approveAndConfirm();
    assertEquals("Partially approved", review.status(), review.messages().toString());
    assertEquals(money(approved), review.committed());
    assertEquals(List.of("30", "5"), review.approvedPlaces());
    accessible("review, decided");

    // The program manager's dashboard shows the commitment.
    JsonNode after = dashboard(manager);
    assertEquals(
        committed(before, "NSW") + 30 * CERT_III_CENTS,
        committed(after, "NSW"),
        "NSW qualifications budget");
    assertEquals(committed(before, "VIC") + 5 * CERT_IV_CENTS, committed(after, "VIC"));
    signInAs("manager");
    ProgramDashboardPage page = ProgramDashboardPage.open(browser, baseUrl(), PROGRAM);
    assertEquals("Dashboard of JT-2026", page.heading());
    assertEquals(money(committed(after, "NSW")), page.committed("NSW", "QUALIFICATIONS"));
    assertEquals(money(committed(after, "VIC")), page.committed("VIC", "QUALIFICATIONS"));
    assertEquals(
        String.valueOf(allocated(before, "NSW") + 30), page.allocated("NSW").replace(",", ""));
    assertEquals(money(after.get("totals").get("committedCents").asLong()), page.totalCommitted());
    assertTrue(page.hasCharts(), "budget, places and applications charts");
    assertTrue(page.hasExports(), "CSV, XLSX and PDF downloads");
    accessible("program dashboard");
    browser.screenshot("program-dashboard");

    // The provider sees its allocation and what is left under the cap.
    signInAs("provider-a");
    browser.open(baseUrl() + "provider-dashboard");
    String text = browser.driver().findElement(By.tagName("main")).getText();
    assertTrue(text.contains("Harbourside"), text);
    assertTrue(text.contains("CHC43015"), text);
    accessible("provider dashboard");
  }

  @Test
  @DisplayName(
      "a program manager lists the programs, opens JT-2026 and cannot lower a budget below what"
          + " is committed: the refusal is shown and nothing changes")
  void budgetCannotDropBelowCommitted() {
    signInAs("manager");
    browser.open(baseUrl() + "programs");
    accessible("programs");
    browser.submitAndWaitForNextPage(
        By.xpath("//a[contains(@class,'program-link')][normalize-space()='JT-2026']"));
    accessible("program");
    String before = committedOnProgramPage();
    new Select(browser.driver().findElement(By.id("budget:which")))
        .selectByValue("NSW/QUALIFICATIONS");
    browser.driver().findElement(By.id("budget:amount")).sendKeys("1");
    browser.driver().findElement(By.id("budget:reason")).sendKeys("Trying a cut below commitments");
    browser.driver().findElement(By.id("budget:change")).click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(ExpectedConditions.elementToBeClickable(By.id("budget:confirm-change")))
        .click();
    browser.waitForPrimeFaces();
    String messages = browser.driver().findElement(By.id("budget:messages")).getText();
    assertTrue(messages.contains("cannot drop below"), messages);
    assertEquals(before, committedOnProgramPage());
    accessible("program, budget change refused");
  }

  private static String committedOnProgramPage() {
    return browser
        .driver()
        .findElement(By.cssSelector("tr.budget-NSW-QUALIFICATIONS td.budget"))
        .getText();
  }

  @Test
  @DisplayName("provider-b cannot open provider-a's application: not found, nothing shown")
  void otherProviderCannotOpenIt() {
    signInAs("provider-b");
    browser.open(baseUrl() + "place-application?id=00000000-0000-4000-8000-0000000006a1");
    String text = browser.driver().findElement(By.tagName("main")).getText();
    assertFalse(text.contains("Parramatta"), text);
    assertTrue(browser.driver().findElements(By.id("application:content")).isEmpty(), text);
  }

  private static JsonNode dashboard(Api manager) {
    Api.Reply reply = manager.get("api/v1/programs/" + PROGRAM + "/dashboard");
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  private static long committed(JsonNode dashboard, String state) {
    for (JsonNode b : dashboard.get("budgets")) {
      if (b.get("state").asText().equals(state)
          && b.get("streamCode").asText().equals("QUALIFICATIONS")) {
        return b.get("committedCents").asLong();
      }
    }
    throw new AssertionError("no " + state + " budget");
  }

  private static long allocated(JsonNode dashboard, String state) {
    for (JsonNode p : dashboard.get("places")) {
      if (p.get("state").asText().equals(state)) {
        return p.get("allocated").asLong();
      }
    }
    throw new AssertionError("no places in " + state);
  }

  private static String money(long cents) {
    return NumberFormat.getCurrencyInstance(Locale.forLanguageTag("en-AU"))
        .format(BigDecimal.valueOf(cents, 2));
  }

  private static void signInAs(String username) {
    signInAs(username, Api.DEMO_PASSWORD);
  }
}
