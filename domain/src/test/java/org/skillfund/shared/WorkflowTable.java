package org.skillfund.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Set;
import org.skillfund.identity.Role;

/**
 * A workflow written out independently of the table under test, one "FROM ACTION TO ROLES" line per
 * allowed step, checked against a {@link StateMachine} for every (state, action, role) triple.
 */
public final class WorkflowTable {

  private WorkflowTable() {}

  /**
   * Asserts that the machine allows exactly the expected steps, each to the expected state, and
   * refuses every other triple; returns how many triples were allowed.
   */
  public static <S extends Enum<S>, A extends Enum<A>> int assertExactly(
      StateMachine<S, A> machine, String expected, Class<S> states, Class<A> actions) {
    int allowed = 0;
    for (S from : states.getEnumConstants()) {
      for (A action : actions.getEnumConstants()) {
        for (Role role : Role.values()) {
          String to = expectedTo(expected, from, action, role);
          if (to == null) {
            assertThrows(
                WorkflowException.class,
                () -> machine.next(from, action, EnumSet.of(role)),
                from + " " + action + " " + role);
          } else {
            allowed++;
            assertEquals(to, machine.next(from, action, EnumSet.of(role)).name());
          }
        }
      }
    }
    return allowed;
  }

  private static String expectedTo(String expected, Enum<?> from, Enum<?> action, Role role) {
    for (String line : expected.strip().split("\n")) {
      String[] f = line.strip().split(" ");
      if (f[0].equals(from.name())
          && f[1].equals(action.name())
          && Set.of(f[3].split(",")).contains(role.name())) {
        return f[2];
      }
    }
    return null;
  }
}
