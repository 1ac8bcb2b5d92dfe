package org.skillfund.credential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillfund.identity.Role;
import org.skillfund.shared.WorkflowException;

class MicroCredentialWorkflowTest {

  /** The hand-written table of allowed steps: "STATE ACTION ROLE" to the next state. */
  private static Map<String, MicroCredentialStatus> expected() throws IOException {
    Map<String, MicroCredentialStatus> allowed = new HashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                MicroCredentialWorkflowTest.class.getResourceAsStream(
                    "/credential/transitions.csv"),
                StandardCharsets.UTF_8))) {
      in.lines()
          .filter(l -> !l.startsWith("#") && !l.startsWith("from,") && !l.isBlank())
          .forEach(
              l -> {
                String[] f = l.split(",");
                allowed.put(f[0] + " " + f[1] + " " + f[2], MicroCredentialStatus.valueOf(f[3]));
              });
    }
    return allowed;
  }

  static Stream<Arguments> everyTriple() throws IOException {
    Map<String, MicroCredentialStatus> allowed = expected();
    List<Arguments> triples = new ArrayList<>();
    for (MicroCredentialStatus from : MicroCredentialStatus.values()) {
      for (MicroCredentialAction action : MicroCredentialAction.values()) {
        for (Role role : Role.values()) {
          triples.add(
              Arguments.of(from, action, role, allowed.get(from + " " + action + " " + role)));
        }
      }
    }
    return triples.stream();
  }

  @ParameterizedTest(name = "{0} {1} by {2} -> {3}")
  @MethodSource("everyTriple")
  @DisplayName("every (state, action, role) is allowed exactly as the table says")
  void everyTripleFollowsTheTable(
      MicroCredentialStatus from,
      MicroCredentialAction action,
      Role role,
      MicroCredentialStatus to) {
    if (to == null) {
      WorkflowException refused =
          assertThrows(
              WorkflowException.class,
              () -> MicroCredentialWorkflow.next(from, action, Set.of(role)));
      assertFalse(refused.getMessage().isBlank());
      assertEquals(MicroCredentialWorkflow.find(from, action).isPresent(), refused.isRoleRefused());
      assertFalse(MicroCredentialWorkflow.actionsFor(from, Set.of(role)).contains(action));
    } else {
      assertEquals(to, MicroCredentialWorkflow.next(from, action, Set.of(role)));
      assertTrue(MicroCredentialWorkflow.actionsFor(from, Set.of(role)).contains(action));
    }
  }

  @Test
  @DisplayName("the machine allows no step the table does not list")
  void noExtraTransitions() throws IOException {
    int listed = 0;
    for (MicroCredentialWorkflow.Transition t : MicroCredentialWorkflow.TRANSITIONS) {
      listed += t.roles().size();
    }
    assertEquals(expected().size(), listed);
  }

  @ParameterizedTest
  @EnumSource(MicroCredentialStatus.class)
  @DisplayName("only the expiry timer retires an endorsed micro-credential on its own")
  void expiryIsTheSchemesOnly(MicroCredentialStatus from) {
    if (from == MicroCredentialStatus.ENDORSED) {
      assertEquals(
          MicroCredentialStatus.RETIRED,
          MicroCredentialWorkflow.nextByScheme(from, MicroCredentialAction.EXPIRE));
    } else {
      assertThrows(
          WorkflowException.class,
          () -> MicroCredentialWorkflow.nextByScheme(from, MicroCredentialAction.EXPIRE));
    }
    assertThrows(
        WorkflowException.class,
        () -> MicroCredentialWorkflow.nextByScheme(from, MicroCredentialAction.ENDORSE));
  }

  @Test
  @DisplayName("a refusal says what state it is in, which states allow the step, or who may")
  void refusalsAreExplained() {
    WorkflowException state =
        assertThrows(
            WorkflowException.class,
            () ->
                MicroCredentialWorkflow.next(
                    MicroCredentialStatus.ENDORSED,
                    MicroCredentialAction.SUBMIT,
                    EnumSet.of(Role.PROVIDER_ADMIN)));
    assertEquals(
        "A micro-credential that is endorsed cannot be submitted; only one that is in draft or"
            + " back with the provider for changes can.",
        state.getMessage());
    WorkflowException role =
        assertThrows(
            WorkflowException.class,
            () ->
                MicroCredentialWorkflow.next(
                    MicroCredentialStatus.IN_REVIEW,
                    MicroCredentialAction.ENDORSE,
                    EnumSet.of(Role.PROVIDER_ADMIN)));
    assertEquals("Only ENDORSER may endorse a micro-credential.", role.getMessage());
  }
}
