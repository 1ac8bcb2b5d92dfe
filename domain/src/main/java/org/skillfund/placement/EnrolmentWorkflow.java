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

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.skillfund.identity.Role;
import org.skillfund.shared.StateMachine;
import org.skillfund.shared.StateMachine.Transition;

/**
 * The enrolment state machine: {@code PENDING_LEARNER_CONFIRMATION → CONFIRMED → COMMENCED →
 * COMPLETED | WITHDRAWN}. The learner confirms or disputes ("I did not enrol"); a disputed
 * enrolment waits for an officer, who cancels it (the place and entitlement return) or reinstates
 * it as confirmed. The provider withdraws a learner at any point before completion.
 */
public final class EnrolmentWorkflow {

  private static final Set<Role> PROVIDER = EnumSet.of(Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF);
  private static final Set<Role> LEARNER = EnumSet.of(Role.LEARNER);
  private static final Set<Role> OFFICER = EnumSet.of(Role.OFFICER);

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
   * Whether leaving {@code from} by withdrawal or cancellation gives the place and the entitlement
   * back: only before the course commenced.
   */
  public static boolean returnsPlace(EnrolmentStatus from) {
    return from == PENDING_LEARNER_CONFIRMATION || from == CONFIRMED || from == DISPUTED;
  }
}
