package org.skillfund.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.params.provider.MethodSource;
import org.skillfund.identity.Role;
import org.skillfund.shared.WorkflowException;

class ProviderWorkflowTest {

  /** The hand-written table of allowed steps: "STATE ACTION ROLE" to the next state. */
  private static Map<String, ProviderStatus> expected() throws IOException {
    Map<String, ProviderStatus> allowed = new HashMap<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                ProviderWorkflowTest.class.getResourceAsStream("/provider/transitions.csv"),
                StandardCharsets.UTF_8))) {
      in.lines()
          .filter(l -> !l.startsWith("#") && !l.startsWith("from,") && !l.isBlank())
          .forEach(
              l -> {
                String[] f = l.split(",");
                allowed.put(f[0] + " " + f[1] + " " + f[2], ProviderStatus.valueOf(f[3]));
              });
    }
    return allowed;
  }

  static Stream<Arguments> everyTriple() throws IOException {
    Map<String, ProviderStatus> allowed = expected();
    List<Arguments> triples = new ArrayList<>();
    for (ProviderStatus from : ProviderStatus.values()) {
      for (ProviderAction action : ProviderAction.values()) {
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
      ProviderStatus from, ProviderAction action, Role role, ProviderStatus to) {
    if (to == null) {
      WorkflowException refused =
          assertThrows(
              WorkflowException.class, () -> ProviderWorkflow.next(from, action, Set.of(role)));
      assertTrue(!refused.getMessage().isBlank());
      assertEquals(!ProviderWorkflow.find(from, action).isEmpty(), refused.isRoleRefused());
    } else {
      assertEquals(to, ProviderWorkflow.next(from, action, Set.of(role)));
      assertTrue(ProviderWorkflow.actionsFor(from, Set.of(role)).contains(action));
    }
  }

  @Test
  @DisplayName("the machine allows no step the table does not list")
  void noExtraTransitions() throws IOException {
    int listed = 0;
    for (ProviderWorkflow.Transition t : ProviderWorkflow.TRANSITIONS) {
      listed += t.roles().size();
    }
    assertEquals(expected().size(), listed);
  }

  @Test
  @DisplayName("a refusal says what state the provider is in and which states allow the step")
  void refusalsAreExplained() {
    WorkflowException e =
        assertThrows(
            WorkflowException.class,
            () ->
                ProviderWorkflow.next(
                    ProviderStatus.APPROVED,
                    ProviderAction.SUBMIT,
                    EnumSet.of(Role.PROVIDER_ADMIN)));
    assertEquals(
        "A provider that is approved cannot be submitted; only a provider that is in draft can.",
        e.getMessage());
    WorkflowException role =
        assertThrows(
            WorkflowException.class,
            () ->
                ProviderWorkflow.next(
                    ProviderStatus.UNDER_ASSESSMENT,
                    ProviderAction.APPROVE,
                    EnumSet.of(Role.OFFICER)));
    assertEquals("Only DELEGATE may approve a provider application.", role.getMessage());
  }
}
