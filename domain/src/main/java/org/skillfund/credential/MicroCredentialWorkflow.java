package org.skillfund.credential;

import static org.skillfund.credential.MicroCredentialAction.COMMENT;
import static org.skillfund.credential.MicroCredentialAction.DECLINE;
import static org.skillfund.credential.MicroCredentialAction.ENDORSE;
import static org.skillfund.credential.MicroCredentialAction.EXPIRE;
import static org.skillfund.credential.MicroCredentialAction.PICK_UP;
import static org.skillfund.credential.MicroCredentialAction.REQUEST_CHANGES;
import static org.skillfund.credential.MicroCredentialAction.RETIRE;
import static org.skillfund.credential.MicroCredentialAction.SAVE_DRAFT;
import static org.skillfund.credential.MicroCredentialAction.SUBMIT;
import static org.skillfund.credential.MicroCredentialStatus.CHANGES_REQUESTED;
import static org.skillfund.credential.MicroCredentialStatus.DECLINED;
import static org.skillfund.credential.MicroCredentialStatus.DRAFT;
import static org.skillfund.credential.MicroCredentialStatus.ENDORSED;
import static org.skillfund.credential.MicroCredentialStatus.IN_REVIEW;
import static org.skillfund.credential.MicroCredentialStatus.RETIRED;
import static org.skillfund.credential.MicroCredentialStatus.SUBMITTED;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillfund.identity.Role;
import org.skillfund.shared.WorkflowException;

/**
 * The micro-credential endorsement state machine: every allowed (state, action) pair, the state it
 * leads to and the roles that may take it. A transition with no roles is taken only by the scheme
 * itself (the expiry timer). Anything else is refused.
 */
public final class MicroCredentialWorkflow {

  /**
   * One allowed step.
   *
   * @param from the state it starts from
   * @param action what is done
   * @param to the state it leads to
   * @param roles who may do it (empty: only the scheme's own timer)
   */
  public record Transition(
      MicroCredentialStatus from,
      MicroCredentialAction action,
      MicroCredentialStatus to,
      Set<Role> roles) {}

  private static final Set<Role> PROVIDER = EnumSet.of(Role.PROVIDER_ADMIN, Role.PROVIDER_STAFF);
  private static final Set<Role> ENDORSER = EnumSet.of(Role.ENDORSER);
  private static final Set<Role> SCHEME = EnumSet.noneOf(Role.class);

  public static final List<Transition> TRANSITIONS =
      List.of(
          new Transition(DRAFT, SAVE_DRAFT, DRAFT, PROVIDER),
          new Transition(CHANGES_REQUESTED, SAVE_DRAFT, CHANGES_REQUESTED, PROVIDER),
          new Transition(DRAFT, SUBMIT, SUBMITTED, EnumSet.of(Role.PROVIDER_ADMIN)),
          new Transition(CHANGES_REQUESTED, SUBMIT, SUBMITTED, EnumSet.of(Role.PROVIDER_ADMIN)),
          new Transition(SUBMITTED, PICK_UP, IN_REVIEW, ENDORSER),
          new Transition(IN_REVIEW, COMMENT, IN_REVIEW, ENDORSER),
          new Transition(IN_REVIEW, REQUEST_CHANGES, CHANGES_REQUESTED, ENDORSER),
          new Transition(IN_REVIEW, ENDORSE, ENDORSED, ENDORSER),
          new Transition(IN_REVIEW, DECLINE, DECLINED, ENDORSER),
          new Transition(ENDORSED, RETIRE, RETIRED, EnumSet.of(Role.PROVIDER_ADMIN)),
          new Transition(ENDORSED, EXPIRE, RETIRED, SCHEME));

  private MicroCredentialWorkflow() {}

  /** The allowed step from {@code from} by {@code action}, whoever takes it. */
  public static Optional<Transition> find(
      MicroCredentialStatus from, MicroCredentialAction action) {
    return TRANSITIONS.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
  }

  /**
   * The state {@code action} leads to when a caller holding {@code roles} takes it from {@code
   * from}; refuses, saying why in words, when the state or the role does not allow it.
   */
  public static MicroCredentialStatus next(
      MicroCredentialStatus from, MicroCredentialAction action, Set<Role> roles) {
    Transition t = stateAllows(from, action);
    if (roles.stream().noneMatch(t.roles()::contains)) {
      throw new WorkflowException(
          t.roles().isEmpty()
              ? "Only the scheme's expiry timer may " + verb(action) + " a micro-credential."
              : "Only "
                  + t.roles().stream().map(Role::name).sorted().collect(Collectors.joining(" or "))
                  + " may "
                  + verb(action)
                  + " a micro-credential.",
          true);
    }
    return t.to();
  }

  /** The state a step taken by the scheme itself (no person, e.g. the expiry timer) leads to. */
  public static MicroCredentialStatus nextByScheme(
      MicroCredentialStatus from, MicroCredentialAction action) {
    Transition t = stateAllows(from, action);
    if (!t.roles().isEmpty()) {
      throw new WorkflowException("A person must " + verb(action) + " a micro-credential.", true);
    }
    return t.to();
  }

  /** The actions {@code roles} may take from {@code from}, for showing only the right buttons. */
  public static Set<MicroCredentialAction> actionsFor(MicroCredentialStatus from, Set<Role> roles) {
    Set<MicroCredentialAction> actions = EnumSet.noneOf(MicroCredentialAction.class);
    TRANSITIONS.stream()
        .filter(t -> t.from() == from && roles.stream().anyMatch(t.roles()::contains))
        .forEach(t -> actions.add(t.action()));
    return actions;
  }

  private static Transition stateAllows(MicroCredentialStatus from, MicroCredentialAction action) {
    return find(from, action)
        .orElseThrow(
            () ->
                new WorkflowException(
                    "A micro-credential that is "
                        + words(from)
                        + " cannot be "
                        + words(action)
                        + "; only one that is "
                        + TRANSITIONS.stream()
                            .filter(t -> t.action() == action)
                            .map(t -> words(t.from()))
                            .distinct()
                            .collect(Collectors.joining(" or "))
                        + " can.",
                    false));
  }

  private static String verb(MicroCredentialAction action) {
    return action.name().toLowerCase().replace('_', ' ');
  }

  static String words(MicroCredentialStatus status) {
    return switch (status) {
      case DRAFT -> "in draft";
      case SUBMITTED -> "submitted";
      case IN_REVIEW -> "in review";
      case CHANGES_REQUESTED -> "back with the provider for changes";
      case ENDORSED -> "endorsed";
      case DECLINED -> "declined";
      case RETIRED -> "retired";
    };
  }

  static String words(MicroCredentialAction action) {
    return switch (action) {
      case SAVE_DRAFT -> "edited";
      case SUBMIT -> "submitted";
      case PICK_UP -> "picked up for review";
      case COMMENT -> "commented on";
      case REQUEST_CHANGES -> "sent back for changes";
      case ENDORSE -> "endorsed";
      case DECLINE -> "declined";
      case RETIRE -> "retired";
      case EXPIRE -> "retired on expiry";
    };
  }
}
