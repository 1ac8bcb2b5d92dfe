package org.skillfund.placement;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.skillfund.placement.ProgramDashboard.Totals;

/** The JSON of the program dashboard. Amounts are whole cents, times are days. */
public final class DashboardJson {

  private DashboardJson() {}

  /** A program's dashboard. */
  @Schema(name = "ProgramDashboard")
  public record Program(
      String programCode,
      String programName,
      Instant asOf,
      long providerCapCents,
      Money totals,
      List<Money> byStream,
      List<Money> byState,
      List<Budget> budgets,
      List<Places> places,
      long placesAllocated,
      long placesTargeted,
      List<Applications> applications,
      Decisions timeToDecision) {

    static Program of(ProgramDashboard d) {
      return new Program(
          d.programCode(),
          d.programName(),
          d.asOf(),
          d.providerCapCents(),
          Money.of(d.totals()),
          d.byStream().stream().map(Money::of).toList(),
          d.byState().stream().map(Money::of).toList(),
          d.budgets().stream().map(Budget::of).toList(),
          d.places().stream()
              .map(
                  p -> new Places(p.state().name(), p.allocated(), p.target(), p.percentOfTarget()))
              .toList(),
          d.placesAllocated(),
          d.placesTargeted(),
          d.applications().stream()
              .map(a -> new Applications(a.status().name(), a.count()))
              .toList(),
          new Decisions(
              d.decisions().decided(), d.decisions().meanDays(), d.decisions().medianDays()));
    }
  }

  /** Money summed over budgets (a stream, a state, or every budget when the label is empty). */
  @Schema(name = "DashboardMoney")
  public record Money(
      String label, long budgetCents, long committedCents, long spentCents, long remainingCents) {

    static Money of(Totals t) {
      return new Money(
          t.label(), t.budgetCents(), t.committedCents(), t.spentCents(), t.remainingCents());
    }
  }

  /** One budget of a state and stream. */
  @Schema(name = "DashboardBudget")
  public record Budget(
      String state,
      String streamCode,
      String streamName,
      long budgetCents,
      long committedCents,
      long spentCents,
      long remainingCents) {

    static Budget of(ProgramDashboard.BudgetLine b) {
      return new Budget(
          b.state().name(),
          b.streamCode(),
          b.streamName(),
          b.budgetCents(),
          b.committedCents(),
          b.spentCents(),
          b.remainingCents());
    }
  }

  /** Places allocated and targeted in a state. */
  @Schema(name = "DashboardPlaces")
  public record Places(String state, long allocated, long target, double percentOfTarget) {}

  /** Applications in one workflow state. */
  @Schema(name = "DashboardApplications")
  public record Applications(String status, long count) {}

  /** Days from submission to a final decision. */
  @Schema(name = "DashboardDecisionTimes")
  public record Decisions(long decided, double meanDays, double medianDays) {}
}
