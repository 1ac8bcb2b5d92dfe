package org.skillfund.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillfund.placement.EnrolmentStatus;
import org.skillfund.shared.WorkflowTable;

/** Every (state, action, role) triple of the claim workflow, and the validation checks. */
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
        true);
  }

  @Test
  void aConfirmedEnrolmentPassesEveryCheckForItsCommencement() {
    ClaimChecks c = checks(ClaimKind.COMMENCEMENT, EnrolmentStatus.CONFIRMED, true, 0);
    assertTrue(c.allPass(), c.summary());
    assertEquals(5, c.run().size());
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
            false),
        "WITHIN_ALLOCATION",
        "STILL_ELIGIBLE",
        "PROVIDER_APPROVED");
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
