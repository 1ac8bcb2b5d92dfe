package org.skillfund.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RiskFactsTest {

  @Test
  void aCleanFirstRequestRaisesNothing() {
    assertEquals(
        EnumSet.noneOf(RiskFlag.class), new RiskFacts(false, 0, 0, false, 500, 0, 0).flags());
  }

  @Test
  void eachFactRaisesItsFlag() {
    assertEquals(
        EnumSet.of(RiskFlag.PREVIOUSLY_SUSPENDED),
        new RiskFacts(true, 0, 0, false, 10, 0, 0).flags());
    assertEquals(
        EnumSet.of(RiskFlag.COURSE_SUPERSEDED), new RiskFacts(false, 0, 0, true, 10, 0, 0).flags());
    assertEquals(
        EnumSet.of(RiskFlag.SHARED_LEARNERS), new RiskFacts(false, 0, 0, false, 10, 0, 3).flags());
  }

  @Test
  void completionRateIsJudgedOnlyWithEnoughCommencements() {
    assertEquals(
        EnumSet.noneOf(RiskFlag.class), new RiskFacts(false, 19, 0, false, 10, 0, 0).flags());
    assertEquals(
        EnumSet.of(RiskFlag.LOW_COMPLETION_RATE),
        new RiskFacts(false, 20, 9, false, 10, 0, 0).flags());
    assertEquals(
        EnumSet.noneOf(RiskFlag.class), new RiskFacts(false, 20, 10, false, 10, 0, 0).flags());
  }

  @Test
  void aRequestAboveTwiceTheLargestEarlierAllocationIsHigh() {
    assertEquals(
        EnumSet.of(RiskFlag.UNUSUALLY_HIGH_REQUEST),
        new RiskFacts(false, 0, 0, false, 501, 0, 0).flags());
    assertEquals(
        EnumSet.noneOf(RiskFlag.class), new RiskFacts(false, 0, 0, false, 80, 40, 0).flags());
    assertEquals(
        EnumSet.of(RiskFlag.UNUSUALLY_HIGH_REQUEST),
        new RiskFacts(false, 0, 0, false, 81, 40, 0).flags());
  }
}
