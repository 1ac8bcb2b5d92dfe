package org.skillfund.eligibility;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.skillfund.shared.AustralianState;

/**
 * A what-if report as the rule-set page shows it: totals, a bar chart of gained and lost by state
 * (geometry for an SVG the page draws, no script), the counts by course with changed courses first,
 * and the changed checks.
 *
 * @param totals over every check evaluated
 * @param seconds how long the run took, e.g. "0.42"
 * @param states counts and bars per state with any check, in the states' order
 * @param chartHeight the chart's height in SVG units (its width is {@link #CHART_WIDTH})
 * @param courses counts per course, courses with a change first (most changes first), then by code
 * @param changed the listed changed checks, oldest course start first
 */
public record WhatIfSummary(
    Tally totals,
    String seconds,
    List<StateBars> states,
    int chartHeight,
    List<CourseTally> courses,
    List<ChangedCheck> changed)
    implements Serializable {

  public static final int CHART_WIDTH = 640;

  /** Left of the bars: room for the state's abbreviation. */
  public static final int BARS_X = 56;

  /** Right of the longest bar: room for its number. */
  private static final int NUMBER_ROOM = 56;

  /** Above the first state: room for the legend. */
  private static final int LEGEND_HEIGHT = 32;

  public static final int BAR_HEIGHT = 14;
  private static final int BAR_GAP = 3;
  private static final int STATE_GAP = 14;
  private static final int STATE_HEIGHT = 2 * BAR_HEIGHT + BAR_GAP + STATE_GAP;

  /**
   * How many gained, lost and kept eligibility.
   *
   * @param gained not eligible when stored, eligible under the version
   * @param lost eligible when stored, not eligible under the version
   * @param keptEligible eligible both times
   * @param keptIneligible not eligible either time
   */
  public record Tally(long gained, long lost, long keptEligible, long keptIneligible)
      implements Serializable {

    static Tally of(WhatIf.Counts counts) {
      return new Tally(
          counts.gained(), counts.lost(), counts.keptEligible(), counts.keptIneligible());
    }

    public long evaluated() {
      return gained + lost + keptEligible + keptIneligible;
    }

    public long changed() {
      return gained + lost;
    }
  }

  /**
   * One state's counts and its two bars.
   *
   * @param state the state
   * @param tally its counts
   * @param gainedY top of the gained bar
   * @param gainedWidth length of the gained bar
   * @param lostWidth length of the lost bar
   */
  public record StateBars(
      AustralianState state, Tally tally, int gainedY, int gainedWidth, int lostWidth)
      implements Serializable {

    public int lostY() {
      return gainedY + BAR_HEIGHT + BAR_GAP;
    }

    /** Baseline of the state's label, between its two bars. */
    public int labelY() {
      return gainedY + BAR_HEIGHT + 5;
    }

    public int gainedNumberX() {
      return BARS_X + gainedWidth + 6;
    }

    public int lostNumberX() {
      return BARS_X + lostWidth + 6;
    }

    /** Baseline of the number written after the gained bar. */
    public int gainedNumberY() {
      return gainedY + BAR_HEIGHT - 3;
    }

    /** Baseline of the number written after the lost bar. */
    public int lostNumberY() {
      return lostY() + BAR_HEIGHT - 3;
    }
  }

  /**
   * One course's counts.
   *
   * @param courseCode the course
   * @param tally its counts
   */
  public record CourseTally(String courseCode, Tally tally) implements Serializable {}

  /**
   * A check whose answer the version would change.
   *
   * @param checkId the stored check
   * @param state where the course is delivered
   * @param courseCode the course
   * @param courseStartDate its start
   * @param wasEligible the stored answer (the version's answer is the other one)
   * @param failedRules the rules the check fails under the version, e.g. "JT-AGE, JT-WINDOW"; empty
   *     when it would be eligible
   */
  public record ChangedCheck(
      String checkId,
      AustralianState state,
      String courseCode,
      LocalDate courseStartDate,
      boolean wasEligible,
      String failedRules)
      implements Serializable {}

  /** The page's view of {@code report}, which took {@code took} to run. */
  public static WhatIfSummary of(WhatIf.Report report, Duration took) {
    long longest =
        report.byState().values().stream()
            .mapToLong(c -> Math.max(c.gained(), c.lost()))
            .max()
            .orElse(0);
    List<Map.Entry<AustralianState, WhatIf.Counts>> states =
        report.byState().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList();
    List<StateBars> bars =
        IntStream.range(0, states.size())
            .mapToObj(
                i -> {
                  WhatIf.Counts c = states.get(i).getValue();
                  return new StateBars(
                      states.get(i).getKey(),
                      Tally.of(c),
                      LEGEND_HEIGHT + i * STATE_HEIGHT,
                      barLength(c.gained(), longest),
                      barLength(c.lost(), longest));
                })
            .toList();
    List<CourseTally> courses =
        report.byCourse().entrySet().stream()
            .map(e -> new CourseTally(e.getKey(), Tally.of(e.getValue())))
            .sorted(
                Comparator.comparingLong((CourseTally c) -> -c.tally().changed())
                    .thenComparing(CourseTally::courseCode))
            .toList();
    List<ChangedCheck> changed =
        report.changed().stream()
            .map(
                c ->
                    new ChangedCheck(
                        c.checkId(),
                        c.state(),
                        c.courseCode(),
                        c.courseStartDate(),
                        c.wasEligible(),
                        String.join(", ", c.failedRules())))
            .toList();
    return new WhatIfSummary(
        Tally.of(report.total()),
        String.format(Locale.ROOT, "%.2f", took.toNanos() / 1e9),
        bars,
        LEGEND_HEIGHT + states.size() * STATE_HEIGHT,
        courses,
        changed);
  }

  /** A bar's length: the longest bar fills the plot, and any count above zero shows. */
  static int barLength(long count, long longest) {
    if (count == 0 || longest == 0) {
      return 0;
    }
    int plot = CHART_WIDTH - BARS_X - NUMBER_ROOM;
    return (int) Math.max(2, Math.round((double) count * plot / longest));
  }

  /** True when more checks changed than are listed. */
  public boolean isChangedListCut() {
    return totals.changed() > changed.size();
  }

  public int getChartWidth() {
    return CHART_WIDTH;
  }

  public int getBarsX() {
    return BARS_X;
  }

  public int getBarHeight() {
    return BAR_HEIGHT;
  }
}
