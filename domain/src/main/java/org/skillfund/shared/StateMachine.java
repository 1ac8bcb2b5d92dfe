package org.skillfund.shared;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.skillfund.identity.Role;

/**
 * A workflow as data: every allowed (state, action) pair, the state it leads to and the roles that
 * may take it. Anything else is refused with a {@link WorkflowException} saying why in words.
 *
 * @param <S> the states
 * @param <A> the actions
 */
public final class StateMachine<S extends Enum<S>, A extends Enum<A>> {

  /**
   * One allowed step.
   *
   * @param from the state it starts from
   * @param action what is done
   * @param to the state it leads to
   * @param roles who may do it
   */
  public record Transition<S, A>(S from, A action, S to, Set<Role> roles) {}

  private final String thing;
  private final Class<A> actionType;
  private final List<Transition<S, A>> transitions;
  private final Function<S, String> stateWords;
  private final Function<A, String> actionWords;

  /**
   * @param thing what moves through the workflow, in words ("a place application")
   * @param stateWords a state in words ("in draft")
   * @param actionWords an action as a past participle ("submitted")
   */
  public StateMachine(
      String thing,
      Class<A> actionType,
      List<Transition<S, A>> transitions,
      Function<S, String> stateWords,
      Function<A, String> actionWords) {
    this.thing = thing;
    this.actionType = actionType;
    this.transitions = List.copyOf(transitions);
    this.stateWords = stateWords;
    this.actionWords = actionWords;
  }

  public List<Transition<S, A>> transitions() {
    return transitions;
  }

  /** The allowed step from {@code from} by {@code action}, whoever takes it. */
  public Optional<Transition<S, A>> find(S from, A action) {
    return transitions.stream().filter(t -> t.from() == from && t.action() == action).findFirst();
  }

  /**
   * The state {@code action} leads to when a caller holding {@code roles} takes it from {@code
   * from}; refuses, saying why, when the state or the role does not allow it.
   */
  public S next(S from, A action, Set<Role> roles) {
    Transition<S, A> t =
        find(from, action)
            .orElseThrow(
                () ->
                    new WorkflowException(
                        capitalised(thing)
                            + " that is "
                            + stateWords.apply(from)
                            + " cannot be "
                            + actionWords.apply(action)
                            + "; only "
                            + thing
                            + " that is "
                            + transitions.stream()
                                .filter(x -> x.action() == action)
                                .map(x -> stateWords.apply(x.from()))
                                .distinct()
                                .collect(Collectors.joining(" or "))
                            + " can.",
                        false));
    if (roles.stream().noneMatch(t.roles()::contains)) {
      throw new WorkflowException(
          "Only "
              + t.roles().stream().map(Role::name).sorted().collect(Collectors.joining(" or "))
              + " may "
              + action.name().toLowerCase().replace('_', ' ')
              + " "
              + thing
              + ".",
          true);
    }
    return t.to();
  }

  /** The actions {@code roles} may take from {@code from}, for showing only the right buttons. */
  public Set<A> actionsFor(S from, Set<Role> roles) {
    Set<A> actions = EnumSet.noneOf(actionType);
    transitions.stream()
        .filter(t -> t.from() == from && roles.stream().anyMatch(t.roles()::contains))
        .forEach(t -> actions.add(t.action()));
    return actions;
  }

  private static String capitalised(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
