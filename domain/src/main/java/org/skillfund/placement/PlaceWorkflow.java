package org.skillfund.placement;

import static org.skillfund.placement.PlaceAction.APPROVE;
import static org.skillfund.placement.PlaceAction.ASSESS;
import static org.skillfund.placement.PlaceAction.DECLINE;
import static org.skillfund.placement.PlaceAction.PARTIALLY_APPROVE;
import static org.skillfund.placement.PlaceAction.REDUCE;
import static org.skillfund.placement.PlaceAction.REFER;
import static org.skillfund.placement.PlaceAction.SAVE_DRAFT;
import static org.skillfund.placement.PlaceAction.SUBMIT;
import static org.skillfund.placement.PlaceAction.WITHDRAW;
import static org.skillfund.placement.PlaceApplicationStatus.APPROVED;
import static org.skillfund.placement.PlaceApplicationStatus.ASSESSED;
import static org.skillfund.placement.PlaceApplicationStatus.AWAITING_SECOND_APPROVAL;
import static org.skillfund.placement.PlaceApplicationStatus.DECLINED;
import static org.skillfund.placement.PlaceApplicationStatus.DRAFT;
import static org.skillfund.placement.PlaceApplicationStatus.PARTIALLY_APPROVED;
import static org.skillfund.placement.PlaceApplicationStatus.SUBMITTED;
import static org.skillfund.placement.PlaceApplicationStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.skillfund.identity.Role;
import org.skillfund.shared.StateMachine;
import org.skillfund.shared.StateMachine.Transition;

/**
 * The place application state machine: {@code DRAFT → SUBMITTED → ASSESSED → APPROVED |
 * PARTIALLY_APPROVED | DECLINED}, with a second delegate's confirmation when the first approves
 * above their limit, withdrawal by the provider before a decision, and reduction of an approval.
 */
public final class PlaceWorkflow {

  private static final Set<Role> PROVIDER = EnumSet.of(Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF);
  private static final Set<Role> PROVIDER_ADMIN = EnumSet.of(Role.PROVIDER_ADMIN);
  private static final Set<Role> OFFICER = EnumSet.of(Role.OFFICER);
  private static final Set<Role> DELEGATE = EnumSet.of(Role.DELEGATE);

  private static List<Transition<PlaceApplicationStatus, PlaceAction>> table() {
    return List.of(
        new Transition<>(DRAFT, SAVE_DRAFT, DRAFT, PROVIDER),
        new Transition<>(DRAFT, SUBMIT, SUBMITTED, PROVIDER_ADMIN),
        new Transition<>(DRAFT, WITHDRAW, WITHDRAWN, PROVIDER_ADMIN),
        new Transition<>(SUBMITTED, WITHDRAW, WITHDRAWN, PROVIDER_ADMIN),
        new Transition<>(SUBMITTED, ASSESS, ASSESSED, OFFICER),
        new Transition<>(ASSESSED, ASSESS, ASSESSED, OFFICER),
        new Transition<>(ASSESSED, APPROVE, APPROVED, DELEGATE),
        new Transition<>(ASSESSED, PARTIALLY_APPROVE, PARTIALLY_APPROVED, DELEGATE),
        new Transition<>(ASSESSED, DECLINE, DECLINED, DELEGATE),
        new Transition<>(ASSESSED, REFER, AWAITING_SECOND_APPROVAL, DELEGATE),
        new Transition<>(AWAITING_SECOND_APPROVAL, APPROVE, APPROVED, DELEGATE),
        new Transition<>(AWAITING_SECOND_APPROVAL, PARTIALLY_APPROVE, PARTIALLY_APPROVED, DELEGATE),
        new Transition<>(AWAITING_SECOND_APPROVAL, DECLINE, DECLINED, DELEGATE),
        new Transition<>(APPROVED, REDUCE, PARTIALLY_APPROVED, DELEGATE),
        new Transition<>(PARTIALLY_APPROVED, REDUCE, PARTIALLY_APPROVED, DELEGATE));
  }

  public static final StateMachine<PlaceApplicationStatus, PlaceAction> MACHINE =
      new StateMachine<>(
          "a place application",
          PlaceAction.class,
          table(),
          PlaceApplicationStatus::words,
          PlaceAction::words);

  private PlaceWorkflow() {}

  public static PlaceApplicationStatus next(
      PlaceApplicationStatus from, PlaceAction action, Set<Role> roles) {
    return MACHINE.next(from, action, roles);
  }

  public static Set<PlaceAction> actionsFor(PlaceApplicationStatus from, Set<Role> roles) {
    return MACHINE.actionsFor(from, roles);
  }
}
