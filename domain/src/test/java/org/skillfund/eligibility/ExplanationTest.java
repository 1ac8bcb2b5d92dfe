package org.skillfund.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.catalog.ProductType;
import org.skillfund.shared.AustralianState;

class ExplanationTest {

  private static final CourseFacts HOSPITALITY =
      new CourseFacts(
          "SIT40521",
          "Certificate IV in Kitchen Management",
          ProductType.QUALIFICATION,
          4,
          "Hospitality",
          EnumSet.allOf(AustralianState.class));

  private static final RuleSetVersion VERSION =
      new RuleSetVersion(
          JobTrainer.PROGRAM,
          "JOBTRAINER-1",
          LocalDate.of(2020, 8, 1),
          null,
          JobTrainer.initialParameters());

  /** A Victorian citizen, employed, starting the hospitality course on 1 March 2021. */
  private static EligibilityCase employedCitizenInHospitality(LocalDate dateOfBirth) {
    return new EligibilityCase(
        AustralianState.VIC,
        HOSPITALITY,
        LocalDate.of(2021, 3, 1),
        new LearnerFacts(dateOfBirth, Residency.CITIZEN, EmploymentStatus.EMPLOYED, false, null),
        List.of());
  }

  @Test
  @DisplayName(
      "the age rule explains itself from the learner's own facts and says what would change it")
  void ageRuleExplainsWithFacts() {
    EligibilityCase c = employedCitizenInHospitality(LocalDate.of(1994, 12, 1));
    RuleOutcome age = VERSION.decide(c).outcomes().get(1);
    assertEquals("JT-AGE", age.ruleId());
    assertTrue(
        age.explanation().startsWith("You are 26 on 1 March 2021 and employed."),
        age.explanation());
    assertTrue(age.explanation().contains("needs an age of 17 to 24"), age.explanation());
    assertTrue(
        age.explanation().contains("You would be eligible for a course in aged care"),
        age.explanation());
  }

  @Test
  @DisplayName(
      "a draft with a changed parameter decides differently, and the published version does not change")
  void draftParametersDecide() {
    EligibilityCase c = employedCitizenInHospitality(LocalDate.of(1995, 1, 15));
    RuleSetVersion draft =
        new RuleSetVersion(
            JobTrainer.PROGRAM,
            "JOBTRAINER-2-draft",
            LocalDate.of(2020, 8, 1),
            null,
            VERSION.parameters().with("age.max", "29", "what-if: raise the age limit to 29"));
    assertEquals(List.of("JT-AGE"), VERSION.decide(c).failedRuleIds());
    assertEquals(List.of(), draft.decide(c).failedRuleIds());
    assertEquals("24", VERSION.parameters().asMap().get("age.max").value());
  }

  @Test
  @DisplayName("a version is in force from its first day up to the day before its end")
  void versionPeriod() {
    RuleSetVersion v =
        new RuleSetVersion(
            JobTrainer.PROGRAM,
            "v",
            LocalDate.of(2021, 1, 1),
            LocalDate.of(2021, 10, 1),
            JobTrainer.initialParameters());
    assertTrue(v.isInForceOn(LocalDate.of(2021, 1, 1)));
    assertTrue(v.isInForceOn(LocalDate.of(2021, 9, 30)));
    assertTrue(!v.isInForceOn(LocalDate.of(2021, 10, 1)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new RuleSetVersion(
                JobTrainer.PROGRAM,
                "w",
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 1, 1),
                v.parameters()));
  }
}
