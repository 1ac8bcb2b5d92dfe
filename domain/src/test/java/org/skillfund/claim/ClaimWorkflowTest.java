package org.skillfund.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillfund.placement.EnrolmentStatus;
import org.skillfund.shared.WorkflowTable;

/**
 * Every (state, action, role) triple of the claim workflow, the validation checks, and the
 * start-date rule of a submission.
 */
class ClaimWorkflowTest {

  private static final String EXPECTED =
      """
      SUBMITTED VALIDATE VALIDATED OFFICER
      SUBMITTED REJECT REJECTED OFFICER
      VALIDATED APPROVE APPROVED DELEGATE
      VALIDATED REJECT REJECTED DELEGATE
      APPROVED PAY PAID DELEGATE
      PAID RECOVER RECOVERED DELEGATE
      """;

  @Test
  void everyTripleIsAllowedExactlyAsDesigned() {
    assertEquals(
        6,
        WorkflowTable.assertExactly(
            ClaimWorkflow.MACHINE, EXPECTED, ClaimStatus.class, ClaimAction.class));
  }

  private static ClaimChecks checks(
      ClaimKind kind, EnrolmentStatus status, boolean confirmed, long others) {
    return new ClaimChecks(
        kind,
        status,
        confirmed,
        LocalDate.of(2026, 12, 1),
        LocalDate.of(2026, 11, 1),
        LocalDate.of(2027, 10, 31),
        others,
        true,
        null,
        true,
        LocalDate.of(2026, 12, 1));
  }

  @Test
  void aConfirmedEnrolmentPassesEveryCheckForItsCommencement() {
    ClaimChecks c = checks(ClaimKind.COMMENCEMENT, EnrolmentStatus.CONFIRMED, true, 0);
    assertTrue(c.allPass(), c.summary());
    assertEquals(6, c.run().size());
    assertEquals(
        "The course started on 1 December 2026.",
        c.run().stream().filter(x -> x.id().equals("STARTED")).findFirst().orElseThrow().words());
  }

  @Test
  void eachFailureIsNamed() {
    assertFailed(
        checks(ClaimKind.COMMENCEMENT, EnrolmentStatus.PENDING_LEARNER_CONFIRMATION, false, 0),
        "CONFIRMED");
    assertFailed(checks(ClaimKind.COMMENCEMENT, EnrolmentStatus.DISPUTED, false, 0), "CONFIRMED");
    assertFailed(checks(ClaimKind.COMPLETION, EnrolmentStatus.COMMENCED, true, 0), "CONFIRMED");
    assertFailed(
        checks(ClaimKind.COMMENCEMENT, EnrolmentStatus.CONFIRMED, true, 1), "NOT_CLAIMED_BEFORE");
    assertFailed(
        new ClaimChecks(
            ClaimKind.COMMENCEMENT,
            EnrolmentStatus.CONFIRMED,
            true,
            LocalDate.of(2028, 1, 1),
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2027, 10, 31),
            0,
            false,
            "JT-AGE: too old",
            false,
            LocalDate.of(2027, 12, 31)),
        "STARTED",
        "WITHIN_ALLOCATION",
        "STILL_ELIGIBLE",
        "PROVIDER_APPROVED");
  }

  @Test
  void aClaimBeforeTheCourseStartedFailsItsCheckNamingTheDay() {
    ClaimChecks early =
        new ClaimChecks(
            ClaimKind.COMMENCEMENT,
            EnrolmentStatus.CONFIRMED,
            true,
            LocalDate.of(2026, 12, 4),
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2027, 10, 31),
            0,
            true,
            null,
            true,
            LocalDate.of(2026, 12, 3));
    assertFailed(early, "STARTED");
    assertTrue(
        early
            .summary()
            .contains(
                "STARTED FAILED: The course has not started: it starts on" + " 4 December 2026."),
        early.summary());
  }

  @Test
  void theCommencementPartIsClaimedFromTheStartDate() {
    LocalDate start = LocalDate.of(2026, 12, 4);
    assertEquals(
        "The course starts on 4 December 2026: its commencement part can be claimed from that"
            + " day.",
        ClaimChecks.tooEarly(ClaimKind.COMMENCEMENT, start, start.minusDays(1)));
    assertNotNull(ClaimChecks.tooEarly(ClaimKind.COMMENCEMENT, start, start.minusYears(1)));
    assertNull(ClaimChecks.tooEarly(ClaimKind.COMMENCEMENT, start, start));
    assertNull(ClaimChecks.tooEarly(ClaimKind.COMMENCEMENT, start, start.plusDays(1)));
    assertEquals(
        "The course starts on 4 December 2026: its completion part cannot be claimed before that"
            + " day.",
        ClaimChecks.tooEarly(ClaimKind.COMPLETION, start, start.minusDays(1)));
    assertNull(ClaimChecks.tooEarly(ClaimKind.COMPLETION, start, start));
  }

  private static void assertFailed(ClaimChecks c, String... ids) {
    assertFalse(c.allPass());
    List<String> failed =
        c.run().stream().filter(x -> !x.passed()).map(ClaimChecks.Check::id).toList();
    assertEquals(List.of(ids), failed, c.summary());
    for (String id : ids) {
      assertTrue(c.summary().contains(id + " FAILED"), c.summary());
    }
  }
}
