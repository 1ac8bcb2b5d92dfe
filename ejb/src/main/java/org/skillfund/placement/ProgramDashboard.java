package org.skillfund.placement;

import java.io.Serializable;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.skillfund.shared.AustralianState;

/**
 * A program's figures as the program dashboard and its exports show them, read at one moment.
 *
 * @param programCode the program
 * @param programName its name
 * @param providerCapCents the most one provider may be committed under it
 * @param asOf when the figures were read
 * @param budgets every budget by state and stream with its counters
 * @param places places allocated and targeted, by state
 * @param applications applications in each state of the workflow (every state, zero included)
 * @param decisions how long decisions took from submission
 */
public record ProgramDashboard(
    String programCode,
    String programName,
    long providerCapCents,
    Instant asOf,
    List<BudgetLine> budgets,
    List<StatePlaces> places,
    List<StatusCount> applications,
    DecisionTimes decisions)
    implements Serializable {

  /**
   * One budget's counters.
   *
   * @param state the state
   * @param streamCode the funding stream
   * @param streamName the stream in words
   * @param budgetCents the budget
   * @param committedCents what approvals committed
   * @param spentCents what claims paid out of the committed money
   */
  public record BudgetLine(
      AustralianState state,
      String streamCode,
      String streamName,
      long budgetCents,
      long committedCents,
      long spentCents)
      implements Serializable {

    /** What is still free to commit. */
    public long remainingCents() {
      return budgetCents - committedCents;
    }

    /** The committed share of the budget in whole per cent (0 for an empty budget). */
    public int committedPercent() {
      return budgetCents == 0 ? 0 : (int) Math.round(100.0 * committedCents / budgetCents);
    }
  }

  /**
   * Places in one state.
   *
   * @param state the state
   * @param allocated places allocated to providers (sum of the allocations)
   * @param target the program's target for the state
   */
  public record StatePlaces(AustralianState state, long allocated, long target)
      implements Serializable {

    /** The allocated share of the target in per cent, to one decimal (0 without a target). */
    public double percentOfTarget() {
      return target == 0 ? 0 : Math.round(1000.0 * allocated / target) / 10.0;
    }
  }

  /**
   * How many applications are in one state of the workflow.
   *
   * @param status the workflow state
   * @param count how many
   */
  public record StatusCount(PlaceApplicationStatus status, long count) implements Serializable {}

  /**
   * Time from submission to the final decision (approved, partially approved or declined).
   *
   * @param decided how many applications were decided
   * @param meanDays their mean time in days (0 when none)
   * @param medianDays their median time in days (0 when none)
   */
  public record DecisionTimes(long decided, double meanDays, double medianDays)
      implements Serializable {}

  /** The sum of every budget. */
  public Totals totals() {
    long budget = 0;
    long committed = 0;
    long spent = 0;
    for (BudgetLine b : budgets) {
      budget += b.budgetCents();
      committed += b.committedCents();
      spent += b.spentCents();
    }
    return new Totals("", budget, committed, spent);
  }

  /** The budgets summed by stream, in the order the streams first appear. */
  public List<Totals> byStream() {
    Map<String, Totals> sums = new LinkedHashMap<>();
    for (BudgetLine b : budgets) {
      sums.merge(
          b.streamCode(),
          new Totals(b.streamName(), b.budgetCents(), b.committedCents(), b.spentCents()),
          Totals::plus);
    }
    return List.copyOf(sums.values());
  }

  /** The budgets summed by state, in the states' order. */
  public List<Totals> byState() {
    Map<AustralianState, Totals> sums = new LinkedHashMap<>();
    for (BudgetLine b : budgets) {
      sums.merge(
          b.state(),
          new Totals(b.state().name(), b.budgetCents(), b.committedCents(), b.spentCents()),
          Totals::plus);
    }
    return List.copyOf(sums.values());
  }

  /** Places allocated in every state. */
  public long placesAllocated() {
    return places.stream().mapToLong(StatePlaces::allocated).sum();
  }

  /** The program's place target in every state. */
  public long placesTargeted() {
    return places.stream().mapToLong(StatePlaces::target).sum();
  }

  /** Applications in any state. */
  public long applicationCount() {
    return applications.stream().mapToLong(StatusCount::count).sum();
  }

  /**
   * Money summed over several budgets.
   *
   * @param label the stream's name or the state's abbreviation (empty for the grand total)
   */
  public record Totals(String label, long budgetCents, long committedCents, long spentCents)
      implements Serializable {

    public long remainingCents() {
      return budgetCents - committedCents;
    }

    Totals plus(Totals other) {
      return new Totals(
          label,
          budgetCents + other.budgetCents,
          committedCents + other.committedCents,
          spentCents + other.spentCents);
    }
  }
}
