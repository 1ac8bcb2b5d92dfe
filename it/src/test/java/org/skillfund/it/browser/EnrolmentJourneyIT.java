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
import org.skillfund.it.api.EnrolmentApiIT;
import org.skillfund.it.support.Api;
import org.skillfund.it.support.LearnerAccounts;
import org.skillfund.it.support.Mailbox;
import org.skillfund.it.support.TestDatabase;

@DisplayName(
    "Enrolments: a provider enrols, the learner confirms from the mailed link, the provider claims,"
        + " the department validates, approves and pays")
class EnrolmentJourneyIT extends BrowserJourney {

  private static final String BORN = "2006-03-01";

  /**
   * Provider A's allocation of CHC33021 in NSW under a program of its own, made through the API:
   * its period starts yesterday, so a course starting today can be enrolled and its commencement
   * part claimed (the demo allocation's period is in the future, and no part is claimed before a
   * course starts).
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
      "provider-a enrols a new learner (after a refusal naming the fields), withdraws another;"
          + " the learner confirms; provider-a claims; officer validates; delegate approves and"
          + " makes a payment batch")
  void enrolConfirmClaimPay() throws Exception {
    // a learner account with a fresh USI, so that the test can run again on the same database
    LearnerAccounts.Account learner = LearnerAccounts.create();
    LearnerAccounts.Account other = LearnerAccounts.create();

    // The provider enrols, the courses starting today: first a refusal next to the fields, then
    // the learner.
    String start = EnrolmentApiIT.schemeToday().toString();
    signInAs("provider-a", Api.DEMO_PASSWORD);
    browser.driver().findElement(By.id("nav-provider-enrolments")).click();
    browser.waitForPrimeFaces();
    EnrolmentsPage enrolments = EnrolmentsPage.open(browser, baseUrl());
    accessible("enrolments");
    enrolments.enrol(allocation, "", "Lee", BORN, "ABC", "nope", start);
    assertFalse(enrolments.fieldMessage("usi").isBlank(), "the USI is refused next to it");
    assertFalse(enrolments.fieldMessage("givenName").isBlank(), "the given name is required");
    assertFalse(enrolments.fieldMessage("email").isBlank(), "the email is refused next to it");
    accessible("enrolments, refused");
    enrolments.enrol(allocation, "Ann", "Lee", BORN, learner.usi(), learner.email(), start);
    assertEquals(
        List.of("Ann Lee is enrolled; a confirmation link has been mailed to the learner."),
        enrolments.messages());
    assertEquals("Waiting for the learner", enrolments.status(learner.usi()));
    accessible("enrolments, enrolled");

    // A second learner is enrolled and withdrawn behind the confirmation: the place comes back.
    enrolments.enrol(allocation, "Bo", "Tran", BORN, other.usi(), other.email(), start);
    int usedBefore = placesUsed();
    enrolments.withdraw(other.usi(), "The learner moved interstate before the start.");
    assertEquals(List.of("The enrolment is withdrawn."), enrolments.listMessages());
    assertEquals("Withdrawn", enrolments.status(other.usi()));
    assertEquals(usedBefore - 1, placesUsed(), "the withdrawn place is back");

    // The learner signs in and confirms from the mailed link.
    String token = LearnerAccounts.confirmationToken(learner.email());
    signInAs(learner.username(), Api.DEMO_PASSWORD);
    browser.open(baseUrl() + "confirm-enrolment.xhtml?token=" + token);
    accessible("learner's confirmation");
    browser.driver().findElement(By.id("answer:confirm")).click();
    browser.waitForPrimeFaces();
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(20))
        .until(d -> "CONFIRMED".equals(enrolmentStatus(learner.usi())));
    accessible("learner's confirmation, confirmed");

    // The provider claims the commencement part.
    signInAs("provider-a", Api.DEMO_PASSWORD);
    enrolments = EnrolmentsPage.open(browser, baseUrl());
    assertEquals("Confirmed", enrolments.status(learner.usi()));
    enrolments.claim(learner.usi());
    assertEquals(List.of("The commencement claim is submitted."), enrolments.listMessages());
    String enrolmentId = enrolmentId(learner.usi());
    assertEquals("SUBMITTED", claimStatus(enrolmentId));

    // The officer validates it.
    signInAs("officer", Api.DEMO_PASSWORD);
    browser.driver().findElement(By.id("nav-claims")).click();
    browser.waitForPrimeFaces();
    ClaimsPage claims = ClaimsPage.open(browser, baseUrl()).only("Submitted");
    accessible("claims, officer");
    assertEquals("Submitted", claims.status(enrolmentId));
    claims.validate(enrolmentId);
    assertEquals(
        List.of("The claim passed the checks and is validated."),
        claims.messages(),
        claims.messages().toString());
    assertEquals("VALIDATED", claimStatus(enrolmentId));

    // The delegate approves it and makes a payment batch; the file can be downloaded.
    signInAs("delegate", Api.DEMO_PASSWORD);
    claims = ClaimsPage.open(browser, baseUrl()).only("Validated");
    claims.approve(enrolmentId, "Confirmed by the learner; checks passed.");
    assertEquals(List.of("The claim is approved."), claims.messages());
    assertEquals("APPROVED", claimStatus(enrolmentId));
    accessible("claims, delegate");
    claims.pay();
    assertEquals(1, claims.messages().size(), claims.messages().toString());
    assertTrue(
        claims.messages().get(0).startsWith("A payment batch of "), claims.messages().toString());
    assertEquals("PAID", claimStatus(enrolmentId));
    assertTrue(claims.downloadButtons() >= 1, "the batch offers its payment file");
    accessible("claims, paid");
    browser.screenshot("claims-paid");
  }

  private static int placesUsed() throws Exception {
    return Integer.parseInt(one("SELECT places_used FROM allocation WHERE id = ?", allocation));
  }

  private static String enrolmentId(String usi) throws Exception {
    return one("SELECT id FROM enrolment WHERE usi = ? AND status <> 'WITHDRAWN'", usi);
  }

  private static String enrolmentStatus(String usi) {
    try {
      return one("SELECT status FROM enrolment WHERE usi = ?", usi);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String claimStatus(String enrolmentId) throws Exception {
    return one("SELECT status FROM claim WHERE enrolment_id = ?", enrolmentId);
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
