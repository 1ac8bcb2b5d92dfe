package org.skillfund.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.shared.AustralianState;

@DisplayName("A what-if report as the rule-set page draws it")
class WhatIfSummaryTest {

  private static final int PLOT =
      WhatIfSummary.CHART_WIDTH - WhatIfSummary.BARS_X - 56; // the room right of the bars

  private static WhatIf.Report report(
      Map<AustralianState, WhatIf.Counts> byState, Map<String, WhatIf.Counts> byCourse) {
    WhatIf.Counts total =
        byState.values().stream()
            .reduce(
                new WhatIf.Counts(0, 0, 0, 0),
                (a, b) ->
                    new WhatIf.Counts(
                        a.gained() + b.gained(),
                        a.lost() + b.lost(),
                        a.keptEligible() + b.keptEligible(),
                        a.keptIneligible() + b.keptIneligible()));
    return new WhatIf.Report(
        "JOBTRAINER-2022.1",
        total,
        new TreeMap<>(byState),
        new TreeMap<>(byCourse),
        List.of(
            new WhatIf.ChangedCase(
                "0b7c1d2e-0000-4000-8000-000000000001",
                AustralianState.VIC,
                "SIT40521",
                LocalDate.of(2022, 3, 1),
                false,
                List.of())));
  }

  @Test
  @DisplayName("the longest bar fills the plot, a small count still shows, and zero draws nothing")
  void barLengths() {
    WhatIfSummary summary =
        WhatIfSummary.of(
            report(
                Map.of(
                    AustralianState.VIC, new WhatIf.Counts(400, 0, 10, 5),
                    AustralianState.NSW, new WhatIf.Counts(1, 200, 0, 0)),
                Map.of("SIT40521", new WhatIf.Counts(401, 200, 10, 5))),
            Duration.ofMillis(1234));

    WhatIfSummary.StateBars nsw = summary.states().get(0);
    WhatIfSummary.StateBars vic = summary.states().get(1);
    assertEquals(AustralianState.NSW, nsw.state(), "states in their usual order");
    assertEquals(PLOT, vic.gainedWidth());
    assertEquals(0, vic.lostWidth());
    assertEquals(PLOT / 2, nsw.lostWidth());
    assertEquals(2, nsw.gainedWidth());
    assertEquals("1.23", summary.seconds());
    assertEquals(616, summary.totals().evaluated());
  }

  @Test
  @DisplayName("each state's bars sit below the previous state's, inside the chart")
  void barsStackDown() {
    WhatIfSummary summary =
        WhatIfSummary.of(
            report(
                Map.of(
                    AustralianState.NSW, new WhatIf.Counts(1, 1, 0, 0),
                    AustralianState.VIC, new WhatIf.Counts(1, 1, 0, 0),
                    AustralianState.QLD, new WhatIf.Counts(1, 1, 0, 0)),
                Map.of()),
            Duration.ZERO);
    int previousBottom = 0;
    for (WhatIfSummary.StateBars bars : summary.states()) {
      assertTrue(bars.gainedY() > previousBottom, bars.toString());
      assertTrue(bars.lostY() > bars.gainedY(), bars.toString());
      previousBottom = bars.lostY() + WhatIfSummary.BAR_HEIGHT;
    }
    assertTrue(previousBottom <= summary.chartHeight(), "last bar inside the chart");
  }

  @Test
  @DisplayName("courses with a change come first, most changes first, then the others by code")
  void changedCoursesFirst() {
    WhatIfSummary summary =
        WhatIfSummary.of(
            report(
                Map.of(AustralianState.VIC, new WhatIf.Counts(3, 1, 4, 4)),
                Map.of(
                    "AAA10101", new WhatIf.Counts(0, 0, 4, 0),
                    "BBB20202", new WhatIf.Counts(1, 0, 0, 0),
                    "CCC30303", new WhatIf.Counts(2, 1, 0, 0),
                    "AAA00000", new WhatIf.Counts(0, 0, 0, 4))),
            Duration.ZERO);
    assertEquals(
        List.of("CCC30303", "BBB20202", "AAA00000", "AAA10101"),
        summary.courses().stream().map(WhatIfSummary.CourseTally::courseCode).toList());
    assertTrue(summary.isChangedListCut(), "4 checks changed and 1 is listed");
  }
}
