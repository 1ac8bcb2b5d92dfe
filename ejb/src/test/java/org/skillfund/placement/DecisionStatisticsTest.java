package org.skillfund.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DecisionStatisticsTest {

  @Test
  @DisplayName("no decisions yet: count, mean and median are zero")
  void none() {
    assertEquals(new ProgramDashboard.DecisionTimes(0, 0, 0), DecisionStatistics.of(new double[0]));
  }

  @Test
  @DisplayName("an odd number of decisions: the median is the middle one")
  void odd() {
    assertEquals(
        new ProgramDashboard.DecisionTimes(3, 5.0, 2.0),
        DecisionStatistics.of(new double[] {12, 1, 2}));
  }

  @Test
  @DisplayName("an even number: the median is halfway between the middle two, to a tenth of a day")
  void even() {
    assertEquals(
        new ProgramDashboard.DecisionTimes(4, 3.6, 2.3),
        DecisionStatistics.of(new double[] {0.5, 2.0, 2.5, 9.25}));
  }
}
