package org.skillfund.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FeeRuleTest {

  @Test
  void jobTrainerChargesNothingToCertificateIiiAndAtMostTheCapAbove() {
    FeeRule rule = FeeRule.FREE_TO_CERT_III_CAPPED_ABOVE;
    assertEquals(0, rule.maxFeeCents(3, 40_000));
    assertEquals(0, rule.maxFeeCents(null, 40_000));
    assertEquals(40_000, rule.maxFeeCents(4, 40_000));
    assertEquals(
        "No fee to Certificate III; at most $400.00 from Certificate IV", rule.words(40_000));
  }

  @Test
  void moneyIsShownInAustralianDollars() {
    assertEquals("$1,234.56", Money.format(123_456));
    assertEquals("$0.00", Money.format(0));
  }
}
