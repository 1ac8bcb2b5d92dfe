package org.skillfund.program;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of the program API. Amounts are whole cents. */
public final class ProgramJson {

  private ProgramJson() {}

  /** A new program and the reason it is created. */
  @Schema(name = "ProgramCreation")
  public record Creation(ProgramDefinition program, String reason) {}

  /** A budget's new amount. */
  @Schema(name = "BudgetChangeRequest")
  public record BudgetChangeRequest(Long cents, String reason) {}

  /** A program as listed. */
  @Schema(name = "ProgramSummary")
  public record Summary(
      String code,
      String name,
      String ruleProgramCode,
      LocalDate opensOn,
      LocalDate closesOn,
      boolean openToday,
      String feeRule,
      long providerCapCents,
      List<Stream> streams) {

    static Summary of(FundingProgram p, LocalDate today) {
      return new Summary(
          p.getCode(),
          p.getName(),
          p.getRuleProgramCode(),
          p.getOpensOn(),
          p.getClosesOn(),
          p.isOpenOn(today),
          p.getFeeRule().words(p.getFeeCapCents()),
          p.getProviderCapCents(),
          p.getStreams().stream().map(s -> new Stream(s.getCode(), s.getName())).toList());
    }
  }

  /** A funding stream. */
  public record Stream(String code, String name) {}

  /** A program with its courses, prices, targets and budgets. */
  @Schema(name = "ProgramDetail")
  public record Detail(
      Summary program,
      long feeCapCents,
      List<Course> courses,
      List<Price> prices,
      List<Target> targets,
      List<Budget> budgets) {

    static Detail of(FundingProgram p, List<ProgramBudget> budgets, LocalDate today) {
      return new Detail(
          Summary.of(p, today),
          p.getFeeCapCents(),
          p.getCourses().stream()
              .map(c -> new Course(c.getCourseCode(), c.getState().name(), c.isPriority()))
              .toList(),
          p.getPrices().stream()
              .map(
                  c ->
                      new Price(
                          c.getCourseCode(),
                          c.getCommencementCents(),
                          c.getCompletionCents(),
                          c.perPlaceCents()))
              .toList(),
          p.getPlaceTargets().stream()
              .map(t -> new Target(t.getState().name(), t.getPlaces()))
              .toList(),
          budgets.stream().map(Budget::of).toList());
    }
  }

  /** An eligible course in a state. */
  public record Course(String courseCode, String state, boolean priority) {}

  /** The subsidy per place. */
  public record Price(
      String courseCode, long commencementCents, long completionCents, long perPlaceCents) {}

  /** Places aimed for in a state. */
  public record Target(String state, int places) {}

  /** A budget with its counters. */
  @Schema(name = "Budget")
  public record Budget(
      String state,
      String streamCode,
      long budgetCents,
      long committedCents,
      long spentCents,
      long remainingCents,
      int version) {

    static Budget of(ProgramBudget b) {
      return new Budget(
          b.getKey().getState().name(),
          b.getKey().getStreamCode(),
          b.getBudgetCents(),
          b.getCommittedCents(),
          b.getSpentCents(),
          b.getRemainingCents(),
          b.getVersionNo());
    }
  }

  /** One version of a budget. */
  @Schema(name = "BudgetVersion")
  public record Version(
      String state,
      String streamCode,
      int version,
      long cents,
      String changedBy,
      Instant changedAt,
      String reason) {

    static Version of(BudgetChange c) {
      return new Version(
          c.getState(),
          c.getStreamCode(),
          c.getVersionNo(),
          c.getNewCents(),
          c.getChangedBy(),
          c.getChangedAt(),
          c.getReason());
    }
  }
}
