package org.skillfund.provider;

import static org.skillfund.provider.ProviderAction.APPROVE;
import static org.skillfund.provider.ProviderAction.ASSESS;
import static org.skillfund.provider.ProviderAction.PICK_UP;
import static org.skillfund.provider.ProviderAction.REINSTATE;
import static org.skillfund.provider.ProviderAction.REJECT;
import static org.skillfund.provider.ProviderAction.RETURN;
import static org.skillfund.provider.ProviderAction.REVOKE;
import static org.skillfund.provider.ProviderAction.SAVE_DRAFT;
import static org.skillfund.provider.ProviderAction.SUBMIT;
import static org.skillfund.provider.ProviderAction.SUSPEND;
import static org.skillfund.provider.ProviderStatus.APPROVED;
import static org.skillfund.provider.ProviderStatus.DRAFT;
import static org.skillfund.provider.ProviderStatus.REJECTED;
import static org.skillfund.provider.ProviderStatus.REVOKED;
import static org.skillfund.provider.ProviderStatus.SUBMITTED;
import static org.skillfund.provider.ProviderStatus.SUSPENDED;
import static org.skillfund.provider.ProviderStatus.UNDER_ASSESSMENT;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillfund.identity.Role;
import org.skillfund.shared.WorkflowException;

/**
 * The provider registration state machine: every allowed (state, action) pair, the state it leads
 * to and the roles that may take it. Anything else is refused.
 */
public final class ProviderWorkflow {

  /**
   * One allowed step.
   *
   * @param from the state it starts from
   * @param action what is done
   * @param to the state it leads to
   * @param roles who may do it
   */
  public record Transition(
      ProviderStatus from, ProviderAction action, ProviderStatus to, Set<Role> roles) {}

  private static final Set<Role> PROVIDER = EnumSet.of(Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF);

  public static final List<Transition> TRANSITIONS =
      List.of(
          new Transition(DRAFT, SAVE_DRAFT, DRAFT, PROVIDER),
          new Transition(DRAFT, SUBMIT, SUBMITTED, EnumSet.of(Role.PROVIDER_ADMIN)),
          new Transition(SUBMITTED, PICK_UP, UNDER_ASSESSMENT, EnumSet.of(Role.OFFICER)),
          new Transition(UNDER_ASSESSMENT, ASSESS, UNDER_ASSESSMENT, EnumSet.of(Role.OFFICER)),
          new Transition(UNDER_ASSESSMENT, APPROVE, APPROVED, EnumSet.of(Role.DELEGATE)),
          new Transition(UNDER_ASSESSMENT, REJECT, REJECTED, EnumSet.of(Role.DELEGATE)),
          new Transition(UNDER_ASSESSMENT, RETURN, DRAFT, EnumSet.of(Role.DELEGATE)),
          new Transition(APPROVED, SUSPEND, SUSPENDED, EnumSet.of(Role.DELEGATE)),
          new Transition(SUSPENDED, REINSTATE, APPROVED, EnumSet.of(Role.DELEGATE)),
          new Transition(APPROVED, REVOKE, REVOKED, EnumSet.of(Role.DELEGATE)),
          new Transition(SUSPENDED, REVOKE, REVOKED, EnumSet.of(Role.DELEGATE)));

  private ProviderWorkflow() {}

  /** The allowed step from {@code from} by {@code action}, whoever takes it. */
  public static Optional<Transition> find(ProviderStatus from, ProviderAction action) {
    return TRANSITIONS.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
  }

  /**
   * The state {@code action} leads to when a caller holding {@code roles} takes it from {@code
   * from}; refuses, saying why in words, when the state or the role does not allow it.
   */
  public static ProviderStatus next(ProviderStatus from, ProviderAction action, Set<Role> roles) {
    Transition t =
        find(from, action)
            .orElseThrow(
                () ->
                    new WorkflowException(
                        "A provider that is "
                            + words(from)
                            + " cannot be "
                            + words(action)
                            + allowedFrom(action),
                        false));
    if (roles.stream().noneMatch(t.roles()::contains)) {
      throw new WorkflowException(
          "Only "
              + t.roles().stream().map(Role::name).sorted().collect(Collectors.joining(" or "))
              + " may "
              + action.name().toLowerCase().replace('_', ' ')
              + " a provider application.",
          true);
    }
    return t.to();
  }

  /** The actions {@code roles} may take from {@code from}, for showing only the right buttons. */
  public static Set<ProviderAction> actionsFor(ProviderStatus from, Set<Role> roles) {
    Set<ProviderAction> actions = EnumSet.noneOf(ProviderAction.class);
    TRANSITIONS.stream()
        .filter(t -> t.from() == from && roles.stream().anyMatch(t.roles()::contains))
        .forEach(t -> actions.add(t.action()));
    return actions;
  }

  private static String allowedFrom(ProviderAction action) {
    String states =
        TRANSITIONS.stream()
            .filter(t -> t.action() == action)
            .map(t -> words(t.from()))
            .distinct()
            .collect(Collectors.joining(" or "));
    return "; only a provider that is " + states + " can.";
  }

  static String words(ProviderStatus status) {
    return switch (status) {
      case DRAFT -> "in draft";
      case SUBMITTED -> "submitted";
      case UNDER_ASSESSMENT -> "under assessment";
      case APPROVED -> "approved";
      case REJECTED -> "rejected";
      case SUSPENDED -> "suspended";
      case REVOKED -> "revoked";
    };
  }

  static String words(ProviderAction action) {
    return switch (action) {
      case SAVE_DRAFT -> "edited";
      case SUBMIT -> "submitted";
      case PICK_UP -> "picked up for assessment";
      case ASSESS -> "assessed";
      case APPROVE -> "approved";
      case REJECT -> "rejected";
      case RETURN -> "returned for more information";
      case SUSPEND -> "suspended";
      case REINSTATE -> "reinstated";
      case REVOKE -> "revoked";
    };
  }
}
