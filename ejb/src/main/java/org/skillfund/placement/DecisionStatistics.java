package org.skillfund.placement;

import java.util.Arrays;

/** Count, mean and median of decision times, to one decimal of a day. */
final class DecisionStatistics {

  private DecisionStatistics() {}

  static ProgramDashboard.DecisionTimes of(double[] days) {
    if (days.length == 0) {
      return new ProgramDashboard.DecisionTimes(0, 0, 0);
    }
    double[] sorted = days.clone();
    Arrays.sort(sorted);
    double mean = Arrays.stream(sorted).sum() / sorted.length;
    int middle = sorted.length / 2;
    double median =
        sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    return new ProgramDashboard.DecisionTimes(sorted.length, round(mean), round(median));
  }

  private static double round(double days) {
    return Math.round(days * 10) / 10.0;
  }
}
