package org.skillfund.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.skillfund.catalog.ProductType;
import org.skillfund.shared.AustralianState;

/** The rules as data: every line of eligibility/cases.csv is one case and its expected decision. */
class RuleCasesTest {

  private static final Set<AustralianState> ALL = EnumSet.allOf(AustralianState.class);

  /** The catalogue entries the cases use, as the catalogue describes them. */
  private static final Map<String, CourseFacts> COURSES =
      Map.of(
          "CHC30121",
          new CourseFacts(
              "CHC30121",
              "Certificate III in Early Childhood Education and Care",
              ProductType.QUALIFICATION,
              3,
              "Child care",
              ALL),
          "CHC43121",
          new CourseFacts(
              "CHC43121",
              "Certificate IV in Disability Support",
              ProductType.QUALIFICATION,
              4,
              "Disability care",
              ALL),
          "CHC33021",
          new CourseFacts(
              "CHC33021",
              "Certificate III in Individual Support",
              ProductType.QUALIFICATION,
              3,
              "Aged care",
              ALL),
          "ICT30120",
          new CourseFacts(
              "ICT30120",
              "Certificate III in Information Technology",
              ProductType.QUALIFICATION,
              3,
              "Digital",
              ALL),
          "BSB50120",
          new CourseFacts(
              "BSB50120",
              "Diploma of Business",
              ProductType.QUALIFICATION,
              5,
              "Business",
              EnumSet.of(AustralianState.NSW, AustralianState.VIC, AustralianState.QLD)),
          "SIT40521",
          new CourseFacts(
              "SIT40521",
              "Certificate IV in Kitchen Management",
              ProductType.QUALIFICATION,
              4,
              "Hospitality",
              ALL),
          "HLTSS00064",
          new CourseFacts(
              "HLTSS00064",
              "Infection Control Skill Set",
              ProductType.SKILL_SET,
              null,
              "Health",
              ALL),
          "CPC30220",
          new CourseFacts(
              "CPC30220",
              "Certificate III in Carpentry",
              ProductType.QUALIFICATION,
              3,
              "Construction",
              EnumSet.complementOf(EnumSet.of(AustralianState.NT))),
          "AUR30620",
          new CourseFacts(
              "AUR30620",
              "Certificate III in Light Vehicle Mechanical Technology",
              ProductType.QUALIFICATION,
              3,
              "Automotive",
              Set.of()));

  private static final Map<String, RuleSetVersion> VERSIONS =
      Map.of(
          JobTrainer.CODE,
          new RuleSetVersion(
              JobTrainer.PROGRAM,
              "JOBTRAINER-1",
              LocalDate.of(2020, 8, 1),
              null,
              JobTrainer.initialParameters()),
          StateEntitlement.CODE,
          new RuleSetVersion(
              StateEntitlement.PROGRAM,
              "STATE_ENTITLEMENT-1",
              LocalDate.of(2019, 1, 1),
              null,
              StateEntitlement.initialParameters()));

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    try (InputStream in = RuleCasesTest.class.getResourceAsStream("/eligibility/cases.csv")) {
      List<String> lines =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("id;"))
              .toList();
      for (String line : lines) {
        String[] f = line.split(";", -1);
        cases.add(Arguments.of(f[0] + " " + f[14], f));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void decidesAsExpected(String name, String[] f) {
    EligibilityCase eligibilityCase =
        new EligibilityCase(
            AustralianState.valueOf(f[2]),
            COURSES.get(f[3]),
            LocalDate.parse(f[4]),
            new LearnerFacts(
                LocalDate.parse(f[5]),
                Residency.valueOf(f[6]),
                EmploymentStatus.valueOf(f[7]),
                Boolean.parseBoolean(f[8]),
                f[9].isEmpty() ? null : Integer.valueOf(f[9])),
            fundedStarts(f[10]));
    RuleSetVersion version = VERSIONS.get(f[1]);
    EligibilityDecision decision = version.decide(eligibilityCase);

    assertEquals(Boolean.parseBoolean(f[11]), decision.eligible(), name);
    assertEquals(
        f[12].isEmpty() ? List.of() : Arrays.asList(f[12].split(",")),
        decision.failedRuleIds(),
        name);
    assertEquals(Long.parseLong(f[13]), decision.maxStudentFeeCents(), name);
    assertEquals(
        version.program().rules().size(), decision.outcomes().size(), "every rule reported");
    for (RuleOutcome outcome : decision.outcomes()) {
      assertFalse(outcome.explanation().isBlank(), outcome.ruleId());
      assertFalse(outcome.reference().isBlank(), outcome.ruleId());
      assertFalse(outcome.explanation().contains("null"), outcome.explanation());
    }
  }

  private static List<FundedStart> fundedStarts(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(text.split("\\|"))
        .map(s -> s.split(":", -1))
        .map(
            p ->
                new FundedStart(
                    p[0],
                    p[1],
                    p[2].equals("Q"),
                    p[3].isEmpty() ? null : Integer.valueOf(p[3]),
                    LocalDate.parse(p[4]),
                    p[5].isEmpty() ? null : LocalDate.parse(p[5])))
        .toList();
  }
}
