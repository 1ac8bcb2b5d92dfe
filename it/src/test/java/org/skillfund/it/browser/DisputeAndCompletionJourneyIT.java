package org.skillfund.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.skillfund.it.api.EnrolmentApiIT;
import org.skillfund.it.support.Api;
import org.skillfund.it.support.LearnerAccounts;
import org.skillfund.it.support.Mailbox;
import org.skillfund.it.support.TestDatabase;

@DisplayName(
    "Disputes and completions: a learner disputes, an officer cancels; a provider commences,"
        + " completes and claims; claims are rejected with a reason and a paid one recovered")
class DisputeAndCompletionJourneyIT extends BrowserJourney {

  private static final String BORN = "2005-06-15";

  /**
   * Provider A's allocation of CHC33021 in NSW under a program of its own, made through the API:
   * its period starts today, so a course starting today can be commenced (the demo allocation's
   * period is in the future, and nothing is recorded before a course starts).
   */
  private static String allocation;

  @BeforeAll
  static void mail() {
    Mailbox.start();
  }

  @BeforeAll
  static void ownAllocation() {
    allocation = EnrolmentApiIT.allocationOfProviderA(10);
  }

  @Test
  @DisplayName(
      "the learner disputes from the mailed link and the officer cancels it from the queue (the"
          + " place and the funded start come back), another dispute is reinstated (its course"
          + " has not started: neither commencement nor its claim is offered); another enrolment is confirmed,"
          + " commenced, completed and both parts claimed; the officer rejects the commencement"
          + " claim with a reason; the completion claim is validated, approved, paid and"
          + " recovered by a delegate")
  void disputeCancelCompleteClaimRejectRecover() throws Exception {
    LearnerAccounts.Account disputing = LearnerAccounts.create();
    LearnerAccounts.Account finishing = LearnerAccounts.create();
    LearnerAccounts.Account mistaken = LearnerAccounts.create();

    // Provider A enrols the learners: Di's course starts today, Eve's next week.
    String today = EnrolmentApiIT.schemeToday().toString();
    String nextWeek = EnrolmentApiIT.schemeToday().plusDays(7).toString();
    signInAs("provider-a", Api.DEMO_PASSWORD);
    EnrolmentsPage enrolments = EnrolmentsPage.open(browser, baseUrl());
    enrolments.enrol(allocation, "Cy", "Ng", BORN, disputing.usi(), disputing.email(), today);
    enrolments.enrol(allocation, "Di", "Roe", BORN, finishing.usi(), finishing.email(), today);
    enrolments.enrol(allocation, "Eve", "Fox", BORN, mistaken.usi(), mistaken.email(), nextWeek);
    assertEquals("Waiting for the learner", enrolments.status(disputing.usi()));
    assertEquals(List.of("withdraw"), enrolments.buttons(finishing.usi()));

    // The first learner says "I did not enrol" from the mailed link.
    String disputeToken = LearnerAccounts.confirmationToken(disputing.email());
    signInAs(disputing.username(), Api.DEMO_PASSWORD);
    EnrolmentConfirmationPage answer =
        EnrolmentConfirmationPage.open(browser, baseUrl(), disputeToken);
    accessible("learner's confirmation");
    answer.dispute("I have never heard of this provider.");
    waitForStatus(disputing.usi(), "DISPUTED");
    String disputed = enrolmentId(disputing.usi());
    // another learner disputes by mistake (the officer will reinstate it)
    String mistakenToken = LearnerAccounts.confirmationToken(mistaken.email());
    signInAs(mistaken.username(), Api.DEMO_PASSWORD);
    EnrolmentConfirmationPage.open(browser, baseUrl(), mistakenToken).dispute("");
    waitForStatus(mistaken.usi(), "DISPUTED");

    // The officer finds it in the queue, is refused without a reason, then cancels it.
    signInAs("officer", Api.DEMO_PASSWORD);
    browser.driver().findElement(By.id("nav-disputes")).click();
    browser.waitForPrimeFaces();
    DisputesPage disputes = DisputesPage.open(browser, baseUrl());
    accessible("disputes");
    assertTrue(disputes.lists(disputing.usi()));
    assertEquals("Disputed", disputes.status(disputing.usi()));
    assertEquals("I have never heard of this provider.", disputes.reason(disputing.usi()));
    assertFalse(disputes.provider(disputing.usi()).isBlank(), "the provider is named");
    browser.screenshot("disputes-queue");
    int usedBefore = placesUsed();
    String fundedStart = one("SELECT ledger_entry_id FROM enrolment WHERE id = ?", disputed);
    disputes.cancel(disputing.usi(), "");
    assertFalse(disputes.reasonMessage().isBlank(), "the missing reason is named next to it");
    assertTrue(disputes.dialogOpen(), "the dialog stays open for the reason");
    accessible("disputes, reason missing");
    browser.screenshot("disputes-reason-missing");
    disputes.confirmWith("The provider could not show any evidence that the learner enrolled.");
    List<String> outcome = disputes.messages();
    assertEquals(1, outcome.size(), outcome.toString());
    assertTrue(outcome.get(0).contains("is cancelled"), outcome.toString());
    assertTrue(outcome.get(0).contains("Withdrawn"), outcome.toString());
    assertFalse(disputes.lists(disputing.usi()), "the enrolment left the queue");
    accessible("disputes, cancelled");
    browser.screenshot("disputes-cancelled");
    assertEquals("WITHDRAWN", enrolmentStatus(disputing.usi()));
    assertEquals(usedBefore - 1, placesUsed(), "the place came back");
    try (Connection db = TestDatabase.connect()) {
      assertEquals(
          0,
          TestDatabase.number(db, "SELECT COUNT(*) FROM funded_start WHERE id = ?", fundedStart));
      assertEquals(
          1,
          TestDatabase.number(
              db,
              "SELECT COUNT(*) FROM audit_event WHERE action = 'ENROLMENT_CANCELLED'"
                  + " AND entity_id = ?",
              disputed));
    }

    // The officer reinstates the enrolment disputed by mistake: it counts as confirmed.
    int usedBeforeReinstating = placesUsed();
    disputes.reinstate(
        mistaken.usi(), "The learner called: she did enrol and pressed the wrong button.");
    List<String> reinstated = disputes.messages();
    assertEquals(1, reinstated.size(), reinstated.toString());
    assertTrue(reinstated.get(0).contains("is reinstated"), reinstated.toString());
    assertTrue(reinstated.get(0).contains("Confirmed"), reinstated.toString());
    assertFalse(disputes.lists(mistaken.usi()), "the enrolment left the queue");
    assertEquals("CONFIRMED", enrolmentStatus(mistaken.usi()));
    assertEquals(usedBeforeReinstating, placesUsed(), "a genuine enrolment keeps its place");
    try (Connection db = TestDatabase.connect()) {
      assertEquals(
          1,
          TestDatabase.number(
              db,
              "SELECT COUNT(*) FROM audit_event WHERE action = 'ENROLMENT_REINSTATED'"
                  + " AND entity_id = ?",
              enrolmentId(mistaken.usi())));
    }

    // The second learner confirms.
    String confirmToken = LearnerAccounts.confirmationToken(finishing.email());
    signInAs(finishing.username(), Api.DEMO_PASSWORD);
    EnrolmentConfirmationPage.open(browser, baseUrl(), confirmToken).confirm();
    waitForStatus(finishing.usi(), "CONFIRMED");

    // The provider commences, claims the commencement, completes and claims the completion.
    signInAs("provider-a", Api.DEMO_PASSWORD);
    enrolments = EnrolmentsPage.open(browser, baseUrl()).only("Confirmed");
    assertEquals("Confirmed", enrolments.status(finishing.usi()));
    assertTrue(enrolments.buttons(finishing.usi()).contains("commence"));
    assertFalse(enrolments.buttons(finishing.usi()).contains("complete"));
    // Eve's course starts next week: her confirmed enrolment offers no commencement yet
    assertEquals("Confirmed", enrolments.status(mistaken.usi()));
    assertFalse(
        enrolments.buttons(mistaken.usi()).contains("commence"),
        enrolments.buttons(mistaken.usi()).toString());
    assertTrue(enrolments.buttons(mistaken.usi()).contains("withdraw"));
    // nor its commencement claim: no part is claimed before the course starts
    assertFalse(
        enrolments.buttons(mistaken.usi()).contains("claim"),
        enrolments.buttons(mistaken.usi()).toString());
    enrolments.commence(finishing.usi());
    assertEquals(
        List.of("The commencement of Di Roe (" + finishing.usi() + ") is recorded."),
        enrolments.listMessages());
    assertFalse(enrolments.lists(finishing.usi()), "no longer confirmed, so filtered out");
    assertEquals("COMMENCED", enrolmentStatus(finishing.usi()));
    enrolments.only("Commenced");
    assertEquals("Commenced", enrolments.status(finishing.usi()));
    assertFalse(enrolments.buttons(finishing.usi()).contains("commence"));
    enrolments.claim(finishing.usi());
    assertEquals(List.of("The commencement claim is submitted."), enrolments.listMessages());
    enrolments.complete(finishing.usi());
    assertEquals(1, enrolments.listMessages().size(), enrolments.listMessages().toString());
    assertTrue(enrolments.listMessages().get(0).startsWith("The completion of Di Roe"));
    assertEquals("COMPLETED", enrolmentStatus(finishing.usi()));
    enrolments.only("Completed");
    assertEquals("Completed", enrolments.status(finishing.usi()));
    assertEquals(List.of("claim-completion"), enrolments.buttons(finishing.usi()));
    accessible("enrolments, completed");
    browser.screenshot("enrolments-completed");
    enrolments.claimCompletion(finishing.usi());
    assertEquals(List.of("The completion claim is submitted."), enrolments.listMessages());
    assertEquals(List.of(), enrolments.buttons(finishing.usi()), "each part is claimed once");
    enrolments = EnrolmentsPage.open(browser, baseUrl()).only("Completed");
    assertEquals(
        List.of(), enrolments.buttons(finishing.usi()), "the page opened again knows the claims");
    accessible("enrolments, completion claimed");
    browser.screenshot("enrolments-completion-claimed");
    String enrolment = enrolmentId(finishing.usi());
    assertEquals("SUBMITTED", claimStatus(enrolment, "COMMENCEMENT"));
    assertEquals("SUBMITTED", claimStatus(enrolment, "COMPLETION"));

    // The officer reads the checks, rejects the commencement claim and validates the completion.
    signInAs("officer", Api.DEMO_PASSWORD);
    ClaimsPage claims = ClaimsPage.open(browser, baseUrl()).only("Submitted");
    assertEquals("completion", claims.part(enrolment, "completion"));
    List<String> checks = claims.checks(enrolment, "completion");
    assertEquals(6, checks.size(), checks.toString());
    checks.forEach(c -> assertTrue(c.contains(": Passed"), checks.toString()));
    assertTrue(checks.get(0).startsWith("Confirmed by the learner: Passed"), checks.toString());
    assertTrue(checks.get(1).startsWith("Course started: Passed"), checks.toString());
    accessible("claims, checks shown");
    browser.screenshot("claims-checks");
    claims.reject(enrolment, "commencement", "");
    assertFalse(claims.reasonMessage("reject").isBlank(), "the missing reason is named");
    assertTrue(claims.dialogOpen("reject"), "the dialog stays open for the reason");
    accessible("claims, rejection without a reason");
    browser.screenshot("claims-reject-reason-missing");
    claims.confirmReject("The attendance records do not show the learner commencing.");
    assertEquals(List.of("The claim is rejected."), claims.messages());
    assertEquals("REJECTED", claimStatus(enrolment, "COMMENCEMENT"));
    assertEquals(
        "The attendance records do not show the learner commencing.",
        one(
            "SELECT decision_reason FROM claim WHERE enrolment_id = ? AND kind = 'COMMENCEMENT'",
            enrolment));
    claims.validate(enrolment, "completion");
    assertEquals(List.of("The claim passed the checks and is validated."), claims.messages());
    assertEquals("VALIDATED", claimStatus(enrolment, "COMPLETION"));
    claims.only("Rejected");
    assertTrue(claims.decision(enrolment, "commencement").contains("attendance records"));
    assertEquals(List.of(), claims.buttons(enrolment, "commencement"));

    // The delegate approves and pays the completion claim, then recovers it.
    signInAs("delegate", Api.DEMO_PASSWORD);
    claims = ClaimsPage.open(browser, baseUrl()).only("Validated");
    assertTrue(claims.buttons(enrolment, "completion").contains("reject"), "delegates may reject");
    claims.approve(enrolment, "Completion confirmed by the learner; checks passed.");
    assertEquals(List.of("The claim is approved."), claims.messages());
    claims.pay();
    assertEquals("PAID", claimStatus(enrolment, "COMPLETION"));
    claims.only("Paid");
    assertEquals(List.of("recover"), claims.buttons(enrolment, "completion"));
    claims.recover(enrolment, "completion", " ");
    assertFalse(claims.reasonMessage("recover").isBlank(), "the missing reason is named");
    assertTrue(claims.dialogOpen("recover"), "the dialog stays open for the reason");
    claims.confirmRecover("The learner was still at school on the start date.");
    long amount =
        Long.parseLong(
            one(
                "SELECT amount_cents FROM claim WHERE enrolment_id = ? AND kind = 'COMPLETION'",
                enrolment));
    String minus = "-" + money(amount);
    assertEquals(
        List.of("The payment is recovered: an adjustment of " + minus + " was made."),
        claims.messages());
    assertEquals("RECOVERED", claimStatus(enrolment, "COMPLETION"));
    claims.only("Recovered");
    assertEquals("Recovered", claims.status(enrolment, "completion"));
    assertEquals("Adjustment " + minus, claims.adjustment(enrolment, "completion"));
    accessible("claims, recovered");
    browser.screenshot("claims-recovered");
    String claimId =
        one("SELECT id FROM claim WHERE enrolment_id = ? AND kind = 'COMPLETION'", enrolment);
    try (Connection db = TestDatabase.connect()) {
      assertEquals(
          -amount,
          TestDatabase.number(
              db, "SELECT amount_cents FROM claim_adjustment WHERE claim_id = ?", claimId));
      assertEquals(
          1,
          TestDatabase.number(
              db,
              "SELECT COUNT(*) FROM audit_event WHERE action = 'CLAIM_RECOVERED' AND entity_id = ?",
              claimId));
    }
  }

  /** Cents as the pages show them, e.g. "$3,000.00". */
  private static String money(long cents) {
    return java.text.NumberFormat.getCurrencyInstance(java.util.Locale.forLanguageTag("en-AU"))
        .format(java.math.BigDecimal.valueOf(cents).movePointLeft(2));
  }

  private static void waitForStatus(String usi, String status) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> status.equals(enrolmentStatus(usi)));
  }

  private static int placesUsed() throws Exception {
    return Integer.parseInt(one("SELECT places_used FROM allocation WHERE id = ?", allocation));
  }

  private static String enrolmentId(String usi) throws Exception {
    return one("SELECT id FROM enrolment WHERE usi = ?", usi);
  }

  private static String enrolmentStatus(String usi) {
    try {
      return one("SELECT status FROM enrolment WHERE usi = ?", usi);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String claimStatus(String enrolmentId, String kind) throws Exception {
    return one(
        "SELECT status FROM claim WHERE enrolment_id = ? AND kind = '" + kind + "'", enrolmentId);
  }

  private static String one(String sql, String parameter) throws Exception {
    try (Connection db = TestDatabase.connect();
        PreparedStatement s = db.prepareStatement(sql)) {
      s.setString(1, parameter);
      try (ResultSet r = s.executeQuery()) {
        assertTrue(r.next(), sql + " " + parameter);
        return r.getString(1);
      }
    }
  }
}
