package org.skillfund.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.placement.ProgramDashboard.BudgetLine;
import org.skillfund.placement.ProgramDashboard.Totals;
import org.skillfund.shared.AustralianState;

class ProgramDashboardTest {

  private final ProgramDashboard dashboard =
      new ProgramDashboard(
          "P",
          "Program",
          1_000,
          Instant.EPOCH,
          List.of(
              new BudgetLine(AustralianState.NSW, "Q", "Quals", 1_000, 400, 100),
              new BudgetLine(AustralianState.NSW, "S", "Short", 500, 0, 0),
              new BudgetLine(AustralianState.VIC, "Q", "Quals", 2_000, 1_000, 0)),
          List.of(
              new ProgramDashboard.StatePlaces(AustralianState.NSW, 40, 1_000),
              new ProgramDashboard.StatePlaces(AustralianState.VIC, 15, 0)),
          List.of(),
          new ProgramDashboard.DecisionTimes(0, 0, 0));

  @Test
  @DisplayName("totals add every budget; remaining is budget less committed")
  void totals() {
    Totals t = dashboard.totals();
    assertEquals(3_500, t.budgetCents());
    assertEquals(1_400, t.committedCents());
    assertEquals(100, t.spentCents());
    assertEquals(2_100, t.remainingCents());
  }

  @Test
  @DisplayName("budgets sum by stream and by state, in the order they first appear")
  void byStreamAndState() {
    assertEquals(
        List.of(new Totals("Quals", 3_000, 1_400, 100), new Totals("Short", 500, 0, 0)),
        dashboard.byStream());
    assertEquals(
        List.of(new Totals("NSW", 1_500, 400, 100), new Totals("VIC", 2_000, 1_000, 0)),
        dashboard.byState());
  }

  @Test
  @DisplayName("places: share of the target to a tenth of a per cent, zero without a target")
  void places() {
    assertEquals(4.0, dashboard.places().get(0).percentOfTarget());
    assertEquals(0.0, dashboard.places().get(1).percentOfTarget());
    assertEquals(55, dashboard.placesAllocated());
    assertEquals(40, dashboard.budgets().get(0).committedPercent());
  }
}
