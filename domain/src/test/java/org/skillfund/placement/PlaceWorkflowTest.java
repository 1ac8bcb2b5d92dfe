package org.skillfund.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.skillfund.identity.Role;
import org.skillfund.shared.WorkflowException;

/** Every (state, action, role) triple: allowed exactly when DESIGN.md's workflow says so. */
class PlaceWorkflowTest {

  /** The workflow written out independently of the table under test: "FROM ACTION TO ROLES". */
  private static final String EXPECTED =
      """
      DRAFT SAVE_DRAFT DRAFT PROVIDER_ADMIN,PROVIDER_STAFF
      DRAFT SUBMIT SUBMITTED PROVIDER_ADMIN
      DRAFT WITHDRAW WITHDRAWN PROVIDER_ADMIN
      SUBMITTED WITHDRAW WITHDRAWN PROVIDER_ADMIN
      SUBMITTED ASSESS ASSESSED OFFICER
      ASSESSED ASSESS ASSESSED OFFICER
      ASSESSED APPROVE APPROVED DELEGATE
      ASSESSED PARTIALLY_APPROVE PARTIALLY_APPROVED DELEGATE
      ASSESSED DECLINE DECLINED DELEGATE
      ASSESSED REFER AWAITING_SECOND_APPROVAL DELEGATE
      AWAITING_SECOND_APPROVAL APPROVE APPROVED DELEGATE
      AWAITING_SECOND_APPROVAL PARTIALLY_APPROVE PARTIALLY_APPROVED DELEGATE
      AWAITING_SECOND_APPROVAL DECLINE DECLINED DELEGATE
      APPROVED REDUCE PARTIALLY_APPROVED DELEGATE
      PARTIALLY_APPROVED REDUCE PARTIALLY_APPROVED DELEGATE
      """;

  private static String expectedTo(PlaceApplicationStatus from, PlaceAction action, Role role) {
    for (String line : EXPECTED.strip().split("\n")) {
      String[] f = line.strip().split(" ");
      if (f[0].equals(from.name())
          && f[1].equals(action.name())
          && Set.of(f[3].split(",")).contains(role.name())) {
        return f[2];
      }
    }
    return null;
  }

  @Test
  void everyTripleIsAllowedExactlyAsDesigned() {
    int checked = 0;
    int allowed = 0;
    for (PlaceApplicationStatus from : PlaceApplicationStatus.values()) {
      for (PlaceAction action : PlaceAction.values()) {
        for (Role role : Role.values()) {
          String expected = expectedTo(from, action, role);
          checked++;
          if (expected == null) {
            assertThrows(
                WorkflowException.class,
                () -> PlaceWorkflow.next(from, action, EnumSet.of(role)),
                from + " " + action + " " + role);
          } else {
            allowed++;
            assertEquals(expected, PlaceWorkflow.next(from, action, EnumSet.of(role)).name());
          }
        }
      }
    }
    assertEquals(8 * 9 * 9, checked);
    assertEquals(16, allowed); // 15 transitions, one open to two roles
  }

  @Test
  void refusalsSayWhyInWords() {
    WorkflowException state =
        assertThrows(
            WorkflowException.class,
            () ->
                PlaceWorkflow.next(
                    PlaceApplicationStatus.DRAFT, PlaceAction.APPROVE, EnumSet.of(Role.DELEGATE)));
    assertEquals(
        "A place application that is in draft cannot be approved; only a place application that"
            + " is assessed or awaiting a second delegate can.",
        state.getMessage());
    assertTrue(!state.isRoleRefused());
    WorkflowException role =
        assertThrows(
            WorkflowException.class,
            () ->
                PlaceWorkflow.next(
                    PlaceApplicationStatus.ASSESSED,
                    PlaceAction.APPROVE,
                    EnumSet.of(Role.OFFICER)));
    assertEquals("Only DELEGATE may approve a place application.", role.getMessage());
    assertTrue(role.isRoleRefused());
  }

  @Test
  void buttonsShownAreTheActionsOfTheRole() {
    assertEquals(
        EnumSet.of(
            PlaceAction.APPROVE,
            PlaceAction.PARTIALLY_APPROVE,
            PlaceAction.DECLINE,
            PlaceAction.REFER),
        PlaceWorkflow.actionsFor(PlaceApplicationStatus.ASSESSED, EnumSet.of(Role.DELEGATE)));
    assertEquals(
        EnumSet.of(PlaceAction.SAVE_DRAFT),
        PlaceWorkflow.actionsFor(PlaceApplicationStatus.DRAFT, EnumSet.of(Role.PROVIDER_STAFF)));
  }
}
