package org.skillfund.claim;

import static org.skillfund.claim.ClaimAction.APPROVE;
import static org.skillfund.claim.ClaimAction.PAY;
import static org.skillfund.claim.ClaimAction.RECOVER;
import static org.skillfund.claim.ClaimAction.REJECT;
import static org.skillfund.claim.ClaimAction.VALIDATE;
import static org.skillfund.claim.ClaimStatus.APPROVED;
import static org.skillfund.claim.ClaimStatus.PAID;
import static org.skillfund.claim.ClaimStatus.RECOVERED;
import static org.skillfund.claim.ClaimStatus.REJECTED;
import static org.skillfund.claim.ClaimStatus.SUBMITTED;
import static org.skillfund.claim.ClaimStatus.VALIDATED;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.skillfund.identity.Role;
import org.skillfund.shared.StateMachine;
import org.skillfund.shared.StateMachine.Transition;

/**
 * The claim state machine: {@code SUBMITTED → VALIDATED → APPROVED → PAID | REJECTED}; an officer
 * validates (or rejects), a delegate approves (or rejects) and pays in a batch, and recovers a paid
 * claim found ineligible later.
 */
public final class ClaimWorkflow {

  private static final Set<Role> OFFICER = EnumSet.of(Role.OFFICER);
  private static final Set<Role> DELEGATE = EnumSet.of(Role.DELEGATE);

  private static List<Transition<ClaimStatus, ClaimAction>> table() {
    return List.of(
        new Transition<>(SUBMITTED, VALIDATE, VALIDATED, OFFICER),
        new Transition<>(SUBMITTED, REJECT, REJECTED, OFFICER),
        new Transition<>(VALIDATED, APPROVE, APPROVED, DELEGATE),
        new Transition<>(VALIDATED, REJECT, REJECTED, DELEGATE),
        new Transition<>(APPROVED, PAY, PAID, DELEGATE),
        new Transition<>(PAID, RECOVER, RECOVERED, DELEGATE));
  }

  public static final StateMachine<ClaimStatus, ClaimAction> MACHINE =
      new StateMachine<>(
          "a claim", ClaimAction.class, table(), ClaimStatus::words, ClaimAction::words);

  private ClaimWorkflow() {}

  public static ClaimStatus next(ClaimStatus from, ClaimAction action, Set<Role> roles) {
    return MACHINE.next(from, action, roles);
  }

  public static Set<ClaimAction> actionsFor(ClaimStatus from, Set<Role> roles) {
    return MACHINE.actionsFor(from, roles);
  }
}
