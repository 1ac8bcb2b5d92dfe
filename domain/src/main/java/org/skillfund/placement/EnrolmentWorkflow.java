package org.skillfund.placement;

import static org.skillfund.placement.EnrolmentAction.CANCEL;
import static org.skillfund.placement.EnrolmentAction.COMMENCE;
import static org.skillfund.placement.EnrolmentAction.COMPLETE;
import static org.skillfund.placement.EnrolmentAction.CONFIRM;
import static org.skillfund.placement.EnrolmentAction.DISPUTE;
import static org.skillfund.placement.EnrolmentAction.REINSTATE;
import static org.skillfund.placement.EnrolmentAction.WITHDRAW;
import static org.skillfund.placement.EnrolmentStatus.COMMENCED;
import static org.skillfund.placement.EnrolmentStatus.COMPLETED;
import static org.skillfund.placement.EnrolmentStatus.CONFIRMED;
import static org.skillfund.placement.EnrolmentStatus.DISPUTED;
import static org.skillfund.placement.EnrolmentStatus.PENDING_LEARNER_CONFIRMATION;
import static org.skillfund.placement.EnrolmentStatus.WITHDRAWN;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.skillfund.identity.Role;
import org.skillfund.shared.SchemeDate;
import org.skillfund.shared.StateMachine;
import org.skillfund.shared.StateMachine.Transition;

/**
 * The enrolment state machine: {@code PENDING_LEARNER_CONFIRMATION → CONFIRMED → COMMENCED →
 * COMPLETED | WITHDRAWN}. The learner confirms or disputes ("I did not enrol"); a disputed
 * enrolment waits for an officer, who cancels it (the place and entitlement return) or reinstates
 * it as confirmed. The provider withdraws a learner at any point before completion. Commencement
 * and completion record training done, so neither is recorded before the course's start date.
 */
public final class EnrolmentWorkflow {

  private static final Set<Role> PROVIDER = EnumSet.of(Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF);
  private static final Set<Role> LEARNER = EnumSet.of(Role.LEARNER);
  private static final Set<Role> OFFICER = EnumSet.of(Role.OFFICER);

  /** Actions that record training done: not before the course's start date. */
  private static final Set<EnrolmentAction> RECORD_TRAINING = EnumSet.of(COMMENCE, COMPLETE);

  private static List<Transition<EnrolmentStatus, EnrolmentAction>> table() {
    return List.of(
        new Transition<>(PENDING_LEARNER_CONFIRMATION, CONFIRM, CONFIRMED, LEARNER),
        new Transition<>(PENDING_LEARNER_CONFIRMATION, DISPUTE, DISPUTED, LEARNER),
        new Transition<>(PENDING_LEARNER_CONFIRMATION, WITHDRAW, WITHDRAWN, PROVIDER),
        new Transition<>(CONFIRMED, COMMENCE, COMMENCED, PROVIDER),
        new Transition<>(CONFIRMED, WITHDRAW, WITHDRAWN, PROVIDER),
        new Transition<>(COMMENCED, COMPLETE, COMPLETED, PROVIDER),
        new Transition<>(COMMENCED, WITHDRAW, WITHDRAWN, PROVIDER),
        new Transition<>(DISPUTED, CANCEL, WITHDRAWN, OFFICER),
        new Transition<>(DISPUTED, REINSTATE, CONFIRMED, OFFICER));
  }

  public static final StateMachine<EnrolmentStatus, EnrolmentAction> MACHINE =
      new StateMachine<>(
          "an enrolment",
          EnrolmentAction.class,
          table(),
          EnrolmentStatus::words,
          EnrolmentAction::words);

  private EnrolmentWorkflow() {}

  public static EnrolmentStatus next(
      EnrolmentStatus from, EnrolmentAction action, Set<Role> roles) {
    return MACHINE.next(from, action, roles);
  }

  public static Set<EnrolmentAction> actionsFor(EnrolmentStatus from, Set<Role> roles) {
    return MACHINE.actionsFor(from, roles);
  }

  /**
   * The actions the roles may take now, {@code today}, on an enrolment in {@code from} whose course
   * starts on {@code startDate}: as {@link #actionsFor(EnrolmentStatus, Set)}, less commencement
   * and completion while the course has not started.
   */
  public static Set<EnrolmentAction> actionsFor(
      EnrolmentStatus from, Set<Role> roles, LocalDate startDate, LocalDate today) {
    Set<EnrolmentAction> actions = MACHINE.actionsFor(from, roles);
    if (today.isBefore(startDate)) {
      actions.removeAll(RECORD_TRAINING);
    }
    return actions;
  }

  /**
   * Why {@code action} cannot be taken {@code today} on an enrolment whose course starts on {@code
   * startDate}, in words naming that day; null when the date does not stand in its way (every
   * action but commencement and completion, and those from the start date on).
   */
  public static String tooEarly(EnrolmentAction action, LocalDate startDate, LocalDate today) {
    if (!RECORD_TRAINING.contains(action) || !today.isBefore(startDate)) {
      return null;
    }
    return "The course starts on "
        + SchemeDate.inWords(startDate)
        + (action == COMMENCE
            ? ": its commencement can be recorded from that day."
            : ": its completion cannot be recorded before that day.");
  }

  /**
   * Whether leaving {@code from} by withdrawal or cancellation gives the place and the entitlement
   * back: only before the course commenced.
   */
  public static boolean returnsPlace(EnrolmentStatus from) {
    return from == PENDING_LEARNER_CONFIRMATION || from == CONFIRMED || from == DISPUTED;
  }
}
