package org.skillfund.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.skillfund.shared.AustralianState;

/**
 * Runs a draft rule-set version over stored checks and says who would gain, lose or keep
 * eligibility compared with the decision they were given. Pure: stored decisions are never
 * rewritten (grandfathering), the report only describes what the draft would do.
 */
public final class WhatIf {

  private WhatIf() {}

  /**
   * A stored check: its facts as they are now, and the decision it was given.
   *
   * @param id the check's id
   * @param eligibilityCase the facts
   * @param wasEligible the stored decision
   */
  public record StoredCheck(String id, EligibilityCase eligibilityCase, boolean wasEligible) {
    public StoredCheck {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(eligibilityCase, "eligibilityCase");
    }
  }

  /** How many gained, lost and kept eligibility. */
  public record Counts(long gained, long lost, long keptEligible, long keptIneligible) {
    public long total() {
      return gained + lost + keptEligible + keptIneligible;
    }

    public long changed() {
      return gained + lost;
    }

    Counts plus(Counts o) {
      return new Counts(
          gained + o.gained,
          lost + o.lost,
          keptEligible + o.keptEligible,
          keptIneligible + o.keptIneligible);
    }

    static Counts of(boolean was, boolean now) {
      return new Counts(
          !was && now ? 1 : 0, was && !now ? 1 : 0, was && now ? 1 : 0, !was && !now ? 1 : 0);
    }
  }

  /**
   * One check whose answer the draft would change.
   *
   * @param checkId the stored check
   * @param state where the course is delivered
   * @param courseCode the course
   * @param courseStartDate its start
   * @param wasEligible the stored decision
   * @param failedRules the rule ids the draft fails (empty when it would now be eligible)
   */
  public record ChangedCase(
      String checkId,
      AustralianState state,
      String courseCode,
      LocalDate courseStartDate,
      boolean wasEligible,
      List<String> failedRules) {}

  /**
   * The outcome of a what-if run.
   *
   * @param version the draft that was run
   * @param total counts over every check evaluated
   * @param byState counts per state, in the states' order
   * @param byCourse counts per course code, by code
   * @param changed the first {@code maxListed} changed cases, oldest course start first
   */
  public record Report(
      String version,
      Counts total,
      Map<AustralianState, Counts> byState,
      Map<String, Counts> byCourse,
      List<ChangedCase> changed) {

    public long evaluated() {
      return total.total();
    }
  }

  /** Decides every check under {@code draft}; lists at most {@code maxListed} changed cases. */
  public static Report run(RuleSetVersion draft, List<StoredCheck> checks, int maxListed) {
    Tally tally =
        checks.parallelStream()
            .collect(
                () -> new Tally(maxListed),
                (t, check) -> t.add(check, draft.decide(check.eligibilityCase())),
                Tally::merge);
    tally.changed.sort(
        Comparator.comparing(ChangedCase::courseStartDate).thenComparing(ChangedCase::checkId));
    List<ChangedCase> listed =
        tally.changed.size() > maxListed ? tally.changed.subList(0, maxListed) : tally.changed;
    return new Report(
        draft.version(),
        tally.total,
        Collections.unmodifiableMap(tally.byState),
        Collections.unmodifiableMap(tally.byCourse),
        List.copyOf(listed));
  }

  /** Mutable accumulator for one thread's share of the checks. */
  private static final class Tally {
    private final int maxListed;
    private Counts total = new Counts(0, 0, 0, 0);
    private final Map<AustralianState, Counts> byState = new TreeMap<>();
    private final Map<String, Counts> byCourse = new TreeMap<>();
    private final List<ChangedCase> changed = new ArrayList<>();

    Tally(int maxListed) {
      this.maxListed = maxListed;
    }

    void add(StoredCheck check, EligibilityDecision decision) {
      EligibilityCase c = check.eligibilityCase();
      Counts one = Counts.of(check.wasEligible(), decision.eligible());
      total = total.plus(one);
      byState.merge(c.state(), one, Counts::plus);
      byCourse.merge(c.course().code(), one, Counts::plus);
      if (one.changed() > 0) {
        changed.add(
            new ChangedCase(
                check.id(),
                c.state(),
                c.course().code(),
                c.courseStartDate(),
                check.wasEligible(),
                decision.outcomes().stream()
                    .filter(o -> !o.passed())
                    .map(RuleOutcome::ruleId)
                    .toList()));
        // Keep memory bounded: only the earliest maxListed can be listed in the end.
        if (changed.size() > 4 * Math.max(maxListed, 1)) {
          trim();
        }
      }
    }

    void merge(Tally other) {
      total = total.plus(other.total);
      other.byState.forEach((k, v) -> byState.merge(k, v, Counts::plus));
      other.byCourse.forEach((k, v) -> byCourse.merge(k, v, Counts::plus));
      changed.addAll(other.changed);
      trim();
    }

    private void trim() {
      changed.sort(
          Comparator.comparing(ChangedCase::courseStartDate).thenComparing(ChangedCase::checkId));
      if (changed.size() > maxListed) {
        changed.subList(maxListed, changed.size()).clear();
      }
    }
  }
}
