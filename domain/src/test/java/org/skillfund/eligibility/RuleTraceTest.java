package org.skillfund.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RuleTraceTest {

  private static final List<RuleOutcome> TRACE =
      List.of(
          new RuleOutcome(
              "JT-AGE",
              "You are a young person or a job seeker",
              true,
              "You are 21 on 4 December 2026 and unemployed.",
              "JobTrainer Fund: eligible learners aged 17-24"),
          new RuleOutcome(
                  "JT-RESIDENCY",
                  "You live in Australia \"for good\"",
                  false,
                  "Line one\nline two \\ tab\t, é ü 日本 \u200f",
                  "Ref: <b>&amp;</b>")
              .withRemedy("If you were a permanent resident, you would meet it."));

  @Test
  @DisplayName("a trace is stored as one JSON array and read back equal, in order, remedy or not")
  void roundTrip() {
    String json = RuleTrace.json(TRACE);
    assertTrue(json.startsWith("[{\"rule\":\"JT-AGE\""), json);
    assertFalse(json.contains("\"remedy\":null"), "no remedy is left out: " + json);
    assertEquals(TRACE, RuleTrace.outcomes(json));
    assertEquals(List.of(), RuleTrace.outcomes(RuleTrace.json(List.of())));
  }

  @Property(tries = 200)
  void anyTextComesBackUnchanged(
      @ForAll String title, @ForAll String explanation, @ForAll boolean passed) {
    List<RuleOutcome> trace =
        List.of(new RuleOutcome("R-1", title, passed, explanation, "ref").withRemedy(title));
    assertEquals(trace, RuleTrace.outcomes(RuleTrace.json(trace)));
  }
}
