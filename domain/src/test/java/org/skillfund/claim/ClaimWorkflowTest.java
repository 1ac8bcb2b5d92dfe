package org.skillfund.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillfund.identity.Role;
import org.skillfund.placement.EnrolmentStatus;
import org.skillfund.shared.WorkflowException;

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

  private static String expectedTo(ClaimStatus from, ClaimAction action, Role role) {
    for (String line : EXPECTED.strip().split("\n")) {
      String[] f = line.strip().split(" ");
      if (f[0].equals(from.name())
          && f[1].equals(action.name())
          && Set.of(f[3].split(",")).contains(role.name())) {
        return f[2];
      }
    }
    return null;
  }

  @Test
  void everyTripleIsAllowedExactlyAsDesigned() {
    int checked = 0;
    int allowed = 0;
    for (ClaimStatus from : ClaimStatus.values()) {
      for (ClaimAction action : ClaimAction.values()) {
        for (Role role : Role.values()) {
          String expected = expectedTo(from, action, role);
          checked++;
          if (expected == null) {
            assertThrows(
                WorkflowException.class,
                () -> ClaimWorkflow.next(from, action, EnumSet.of(role)),
                from + " " + action + " " + role);
          } else {
            allowed++;
            assertEquals(expected, ClaimWorkflow.next(from, action, EnumSet.of(role)).name());
          }
        }
      }
    }
    assertEquals(6 * 5 * 9, checked);
    assertEquals(6, allowed);
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
