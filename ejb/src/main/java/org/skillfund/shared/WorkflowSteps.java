package org.skillfund.shared;

import java.util.Set;
import java.util.function.Supplier;
import org.skillfund.identity.Role;

/** Services' use of a {@link StateMachine}: a refused step answered as the API answers it. */
public final class WorkflowSteps {

  private WorkflowSteps() {}

  /**
   * The state {@code action} leads to; a step the state does not allow is a conflict (409), one the
   * caller's roles do not allow is forbidden (403).
   */
  public static <S extends Enum<S>, A extends Enum<A>> S next(
      StateMachine<S, A> machine, S from, A action, Set<Role> roles) {
    return answered(() -> machine.next(from, action, roles));
  }

  /**
   * What a workflow step gives, with its refusal answered as the API answers it: a step the state
   * does not allow is a conflict (409), one the caller's roles do not allow is forbidden (403).
   */
  public static <T> T answered(Supplier<T> step) {
    try {
      return step.get();
    } catch (WorkflowException e) {
      if (e.isRoleRefused()) {
        throw new ForbiddenException(e.getMessage());
      }
      throw new ConflictException(e.getMessage());
    }
  }

  /**
   * A reason the user must give: stripped, 1 to 1000 characters, or a 400 naming {@code reason}.
   */
  public static String requireReason(String reason) {
    if (reason == null || reason.isBlank() || reason.strip().length() > 1000) {
      throw InvalidRequestException.of("reason", "say why (1 to 1000 characters)");
    }
    return reason.strip();
  }
}
