package org.skillfund.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skillfund.catalog.ProductType;
import org.skillfund.shared.AustralianState;

class RuleSetEditingTest {

  @Test
  @DisplayName("the shipped parameters of both programs are complete and well formed")
  void shippedParametersAreValid() {
    assertEquals(List.of(), JobTrainer.PROGRAM.problemsWith(JobTrainer.initialParameters()));
    assertEquals(
        List.of(), StateEntitlement.PROGRAM.problemsWith(StateEntitlement.initialParameters()));
  }

  @ParameterizedTest(name = "{0} = \"{1}\" -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "age.max|abc|must be a whole number from 0 to 120",
        "age.max|121|must be a whole number from 0 to 120",
        "window.opens|2021-02-30|must be a date as YYYY-MM-DD",
        "fee.capCents|-1|must be an amount in cents from 0 to 10000000 (e.g. 40000 for $400)",
        "residency.eligible|CITIZEN,ALIEN|\"ALIEN\" is not one of CITIZEN, PERMANENT_RESIDENT,"
            + " NZ_CITIZEN, HUMANITARIAN_VISA, PR_PATHWAY_VISA, TEMPORARY_VISA",
        "anyAge.areas|Aged care,,Digital|must be a comma-separated list with no empty entries",
        "age.max|16|must not be below age.min",
        "window.closes|2020-01-01|must not be before window.opens"
      })
  @DisplayName("a bad JobTrainer parameter value is named with what it must be")
  void badValuesAreNamed(String name, String value, String message) {
    RuleParameters changed = JobTrainer.initialParameters().with(name, value, "test");
    List<Map.Entry<String, String>> problems = JobTrainer.PROGRAM.problemsWith(changed);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals(message, problems.get(0).getValue());
  }

  @Test
  @DisplayName("an unknown or missing parameter is a problem")
  void unknownAndMissingParameters() {
    RuleParameters extra = StateEntitlement.initialParameters().with("no.such", "1", "test");
    assertEquals(
        List.of(Map.entry("no.such", "is not a parameter of STATE_ENTITLEMENT")),
        StateEntitlement.PROGRAM.problemsWith(extra));
    assertTrue(
        JobTrainer.PROGRAM.problemsWith(StateEntitlement.initialParameters()).stream()
            .anyMatch(p -> p.getKey().equals("age.max") && p.getValue().equals("is missing")));
  }

  @Test
  @DisplayName(
      "a what-if of raising the JobTrainer age to 30 counts who gains, by state and course, and"
          + " lists them")
  void whatIfCountsGainsAndLosses() {
    CourseFacts hospitality =
        new CourseFacts(
            "SIT40521",
            "Certificate IV in Kitchen Management",
            ProductType.QUALIFICATION,
            4,
            "Hospitality",
            EnumSet.allOf(AustralianState.class));
    RuleSetVersion current =
        new RuleSetVersion(
            JobTrainer.PROGRAM,
            "JT-1",
            LocalDate.of(2020, 7, 1),
            null,
            JobTrainer.initialParameters());
    RuleSetVersion draft =
        new RuleSetVersion(
            JobTrainer.PROGRAM,
            "JT-2",
            LocalDate.of(2020, 7, 1),
            null,
            JobTrainer.initialParameters()
                .with("age.max", "30", "test")
                .with("age.min", "18", "t"));
    LocalDate start = LocalDate.of(2021, 3, 1);
    List<WhatIf.StoredCheck> checks =
        List.of(
            stored("a", AustralianState.VIC, hospitality, start, 27, current), // gains
            stored("b", AustralianState.NSW, hospitality, start, 17, current), // loses
            stored("c", AustralianState.VIC, hospitality, start, 20, current), // keeps
            stored("d", AustralianState.VIC, hospitality, start, 45, current)); // keeps out
    WhatIf.Report report = WhatIf.run(draft, checks, 10);
    assertEquals(new WhatIf.Counts(1, 1, 1, 1), report.total());
    assertEquals(4, report.evaluated());
    assertEquals(new WhatIf.Counts(1, 0, 1, 1), report.byState().get(AustralianState.VIC));
    assertEquals(new WhatIf.Counts(0, 1, 0, 0), report.byState().get(AustralianState.NSW));
    assertEquals(new WhatIf.Counts(1, 1, 1, 1), report.byCourse().get("SIT40521"));
    assertEquals(List.of("a", "b"), report.changed().stream().map(c -> c.checkId()).toList());
    assertEquals(List.of("JT-AGE"), report.changed().get(1).failedRules());
    assertEquals(1, WhatIf.run(draft, checks, 1).changed().size());
  }

  private static WhatIf.StoredCheck stored(
      String id,
      AustralianState state,
      CourseFacts course,
      LocalDate start,
      int age,
      RuleSetVersion decidedBy) {
    EligibilityCase c =
        new EligibilityCase(
            state,
            course,
            start,
            new LearnerFacts(
                start.minusYears(age).minusDays(10),
                Residency.CITIZEN,
                EmploymentStatus.EMPLOYED,
                false,
                null),
            List.of());
    return new WhatIf.StoredCheck(id, c, decidedBy.decide(c).eligible());
  }
}
