package org.skillfund.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillfund.identity.Role;
import org.skillfund.shared.WorkflowException;
import org.skillfund.shared.WorkflowTable;

/** Every (state, action, role) triple: allowed exactly when DESIGN.md's workflow says so. */
class EnrolmentWorkflowTest {

  /** The workflow written out independently of the table under test: "FROM ACTION TO ROLES". */
  private static final String EXPECTED =
      """
      PENDING_LEARNER_CONFIRMATION CONFIRM CONFIRMED LEARNER
      PENDING_LEARNER_CONFIRMATION DISPUTE DISPUTED LEARNER
      PENDING_LEARNER_CONFIRMATION WITHDRAW WITHDRAWN PROVIDER_ADMIN,PROVIDER_STAFF
      CONFIRMED COMMENCE COMMENCED PROVIDER_ADMIN,PROVIDER_STAFF
      CONFIRMED WITHDRAW WITHDRAWN PROVIDER_ADMIN,PROVIDER_STAFF
      COMMENCED COMPLETE COMPLETED PROVIDER_ADMIN,PROVIDER_STAFF
      COMMENCED WITHDRAW WITHDRAWN PROVIDER_ADMIN,PROVIDER_STAFF
      DISPUTED CANCEL WITHDRAWN OFFICER
      DISPUTED REINSTATE CONFIRMED OFFICER
      """;

  @Test
  void everyTripleIsAllowedExactlyAsDesigned() {
    assertEquals(
        14,
        WorkflowTable.assertExactly(
            EnrolmentWorkflow.MACHINE, EXPECTED, EnrolmentStatus.class, EnrolmentAction.class));
  }

  @Test
  void nothingLeavesCompletedOrWithdrawn() {
    for (EnrolmentStatus end : EnumSet.of(EnrolmentStatus.COMPLETED, EnrolmentStatus.WITHDRAWN)) {
      assertTrue(
          EnrolmentWorkflow.actionsFor(end, EnumSet.allOf(Role.class)).isEmpty(), end.name());
    }
  }

  @Test
  void onlyEndingsBeforeCommencementReturnThePlace() {
    for (EnrolmentStatus s : EnrolmentStatus.values()) {
      boolean expected =
          s == EnrolmentStatus.PENDING_LEARNER_CONFIRMATION
              || s == EnrolmentStatus.CONFIRMED
              || s == EnrolmentStatus.DISPUTED;
      assertEquals(expected, EnrolmentWorkflow.returnsPlace(s), s.name());
    }
    assertFalse(EnrolmentStatus.WITHDRAWN.holdsPlace());
    assertTrue(EnrolmentStatus.COMPLETED.holdsPlace());
  }

  @Test
  void refusalsSayWhyInWords() {
    WorkflowException state =
        assertThrows(
            WorkflowException.class,
            () ->
                EnrolmentWorkflow.next(
                    EnrolmentStatus.PENDING_LEARNER_CONFIRMATION,
                    EnrolmentAction.COMMENCE,
                    EnumSet.of(Role.PROVIDER_ADMIN)));
    assertEquals(
        "An enrolment that is waiting for the learner's confirmation cannot be commenced; only an"
            + " enrolment that is confirmed can.",
        state.getMessage());
    assertFalse(state.isRoleRefused());
    WorkflowException role =
        assertThrows(
            WorkflowException.class,
            () ->
                EnrolmentWorkflow.next(
                    EnrolmentStatus.PENDING_LEARNER_CONFIRMATION,
                    EnrolmentAction.CONFIRM,
                    EnumSet.of(Role.PROVIDER_ADMIN)));
    assertEquals("Only LEARNER may confirm an enrolment.", role.getMessage());
    assertTrue(role.isRoleRefused());
  }

  @Test
  void commencementAndCompletionAreOfferedFromTheStartDateOn() {
    LocalDate start = LocalDate.of(2026, 12, 4);
    EnumSet<Role> provider = EnumSet.of(Role.PROVIDER_STAFF);
    LocalDate dayBefore = start.minusDays(1);
    assertEquals(
        EnumSet.of(EnrolmentAction.WITHDRAW),
        EnrolmentWorkflow.actionsFor(EnrolmentStatus.CONFIRMED, provider, start, dayBefore));
    assertEquals(
        EnumSet.of(EnrolmentAction.WITHDRAW),
        EnrolmentWorkflow.actionsFor(EnrolmentStatus.COMMENCED, provider, start, dayBefore));
    assertEquals(
        EnumSet.of(EnrolmentAction.COMMENCE, EnrolmentAction.WITHDRAW),
        EnrolmentWorkflow.actionsFor(EnrolmentStatus.CONFIRMED, provider, start, start));
    assertEquals(
        EnumSet.of(EnrolmentAction.COMPLETE, EnrolmentAction.WITHDRAW),
        EnrolmentWorkflow.actionsFor(
            EnrolmentStatus.COMMENCED, provider, start, start.plusMonths(6)));
    // the date takes nothing else away: every state and role, the day before, as without a date
    for (EnrolmentStatus s : EnrolmentStatus.values()) {
      for (Role r : Role.values()) {
        Set<EnrolmentAction> expected = EnrolmentWorkflow.actionsFor(s, EnumSet.of(r));
        expected.removeAll(EnumSet.of(EnrolmentAction.COMMENCE, EnrolmentAction.COMPLETE));
        assertEquals(
            expected,
            EnrolmentWorkflow.actionsFor(s, EnumSet.of(r), start, dayBefore),
            s + " " + r);
        assertEquals(
            EnrolmentWorkflow.actionsFor(s, EnumSet.of(r)),
            EnrolmentWorkflow.actionsFor(s, EnumSet.of(r), start, start),
            s + " " + r);
      }
    }
  }

  @Test
  void recordingTrainingBeforeTheStartDateIsRefusedNamingTheDay() {
    LocalDate start = LocalDate.of(2026, 12, 4);
    assertEquals(
        "The course starts on 4 December 2026: its commencement can be recorded from that day.",
        EnrolmentWorkflow.tooEarly(EnrolmentAction.COMMENCE, start, start.minusDays(1)));
    assertEquals(
        "The course starts on 4 December 2026: its completion cannot be recorded before that day.",
        EnrolmentWorkflow.tooEarly(EnrolmentAction.COMPLETE, start, LocalDate.of(2025, 1, 1)));
    assertNull(EnrolmentWorkflow.tooEarly(EnrolmentAction.COMMENCE, start, start));
    assertNull(EnrolmentWorkflow.tooEarly(EnrolmentAction.COMPLETE, start, start.plusDays(1)));
    for (EnrolmentAction a : EnrolmentAction.values()) {
      if (a != EnrolmentAction.COMMENCE && a != EnrolmentAction.COMPLETE) {
        assertNull(EnrolmentWorkflow.tooEarly(a, start, start.minusYears(1)), a.name());
      }
    }
  }

  @Test
  void aLinkWorksOnceAndUntilItExpires() {
    Instant made = Instant.parse("2026-11-01T00:00:00Z");
    EnrolmentLink link = new EnrolmentLink("h", "e", made);
    assertNull(link.refusalAt(made.plus(EnrolmentLink.VALID_FOR).minusSeconds(1)));
    assertTrue(link.refusalAt(made.plus(EnrolmentLink.VALID_FOR)).contains("expired"));
    link.use(made.plusSeconds(60));
    assertTrue(link.refusalAt(made.plusSeconds(61)).contains("already used"));
    assertThrows(IllegalStateException.class, () -> link.use(made.plusSeconds(62)));
  }

  @Test
  void anEnrolmentRecordsWhoMovedItAndWhy() {
    Enrolment e = enrolment();
    Instant at = Instant.parse("2026-11-02T00:00:00Z");
    e.moveTo(EnrolmentStatus.DISPUTED, "learner", at, LocalDate.of(2026, 11, 2), "Not me");
    assertEquals(EnrolmentStatus.DISPUTED, e.getStatus());
    assertEquals("Not me", e.getDisputeReason());
    assertEquals(at, e.getDisputedAt());
    e.moveTo(EnrolmentStatus.WITHDRAWN, "officer", at, LocalDate.of(2026, 11, 3), "Not genuine");
    assertEquals(LocalDate.of(2026, 11, 3), e.getEndedOn());
    assertEquals("officer", e.getUpdatedBy());
    assertNull(e.getConfirmedAt());
  }

  private static Enrolment enrolment() {
    return new Enrolment(
        "e1",
        new Allocation(),
        new LearnerIdentity("USI", "Ann", "Lee", LocalDate.of(2004, 1, 1), "ann@example.org"),
        LocalDate.of(2026, 12, 1),
        "check",
        "JOBTRAINER-2026.1",
        "ledger",
        "provider-a",
        Instant.parse("2026-11-01T00:00:00Z"));
  }
}
