package org.skillfund.eligibility;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.skillfund.catalog.ProductType;
import org.skillfund.shared.AustralianState;

/**
 * "Fixing a failed rule never makes another rule fail": for any case, applying the remedy of a rule
 * it fails (what the result page tells the learner would change the answer) meets that rule and
 * keeps every rule that passed passing.
 */
class RemedyPropertyTest {

  private static final List<CourseFacts> COURSES =
      List.of(
          new CourseFacts(
              "CHC33021",
              "Certificate III in Individual Support",
              ProductType.QUALIFICATION,
              3,
              "Aged care",
              EnumSet.allOf(AustralianState.class)),
          new CourseFacts(
              "SIT40521",
              "Certificate IV in Kitchen Management",
              ProductType.QUALIFICATION,
              4,
              "Hospitality",
              EnumSet.of(AustralianState.VIC, AustralianState.NSW)),
          new CourseFacts(
              "ICT50220",
              "Diploma of Information Technology",
              ProductType.QUALIFICATION,
              5,
              "Digital",
              EnumSet.of(AustralianState.QLD, AustralianState.TAS)),
          new CourseFacts(
              "HLTSS00065",
              "Infection Control Skill Set",
              ProductType.SKILL_SET,
              null,
              "Health",
              EnumSet.allOf(AustralianState.class)));

  private static final List<RuleSetVersion> VERSIONS =
      List.of(
          new RuleSetVersion(
              JobTrainer.PROGRAM,
              "JOBTRAINER-P",
              LocalDate.of(2020, 7, 1),
              null,
              JobTrainer.initialParameters()),
          new RuleSetVersion(
              StateEntitlement.PROGRAM,
              "STATE_ENTITLEMENT-P",
              LocalDate.of(2019, 1, 1),
              null,
              StateEntitlement.initialParameters()));

  @Provide
  Arbitrary<EligibilityCase> cases() {
    Arbitrary<LocalDate> start =
        Arbitraries.integers().between(0, 1100).map(d -> LocalDate.of(2020, 6, 1).plusDays(d));
    Arbitrary<Integer> ageDays = Arbitraries.integers().between(14 * 365, 70 * 365);
    Arbitrary<LearnerFacts> learner =
        Combinators.combine(
                ageDays,
                Arbitraries.of(Residency.class),
                Arbitraries.of(EmploymentStatus.class),
                Arbitraries.of(true, false),
                Arbitraries.integers().between(1, 6).injectNull(0.4))
            .as(
                (days, residency, status, school, held) ->
                    new LearnerFacts(
                        LocalDate.of(2021, 1, 1).minusDays(days), residency, status, school, held));
    Arbitrary<FundedStart> fundedStart =
        Combinators.combine(
                Arbitraries.of(JobTrainer.CODE, StateEntitlement.CODE),
                Arbitraries.of(COURSES),
                Arbitraries.integers().between(-900, 300),
                Arbitraries.integers().between(1, 700).injectNull(0.5))
            .as(
                (program, course, offset, length) -> {
                  LocalDate from = LocalDate.of(2021, 6, 1).plusDays(offset);
                  return new FundedStart(
                      program,
                      course.code(),
                      course.isQualification(),
                      course.aqfLevel(),
                      from,
                      length == null ? null : from.plusDays(length));
                });
    return Combinators.combine(
            Arbitraries.of(AustralianState.class),
            Arbitraries.of(COURSES),
            start,
            learner,
            fundedStart.list().ofMaxSize(5))
        .as(
            (state, course, day, facts, starts) -> {
              // keep the learner born before the course starts
              LearnerFacts born =
                  facts.dateOfBirth().isBefore(day)
                      ? facts
                      : new LearnerFacts(
                          day.minusYears(15),
                          facts.residency(),
                          facts.employmentStatus(),
                          facts.schoolStudent(),
                          facts.highestAqfLevelHeld());
              return new EligibilityCase(state, course, day, born, starts);
            });
  }

  @Property(tries = 3000)
  @Label("a failed rule's remedy meets it and never makes a passing rule fail")
  void remedyNeverBreaksAnotherRule(@ForAll("cases") EligibilityCase c) {
    for (RuleSetVersion version : VERSIONS) {
      RuleParameters p = version.parameters();
      for (Rule rule : version.program().rules()) {
        if (rule.evaluate(c, p).passed()) {
          continue;
        }
        Optional<Rule.Remedy> remedy = rule.remedy(c, p);
        Statistics.label("remedy").collect(rule.id(), remedy.isPresent());
        if (remedy.isEmpty()) {
          continue;
        }
        EligibilityCase fixed = remedy.get().changedCase();
        assertTrue(
            rule.evaluate(fixed, p).passed(), rule.id() + "'s remedy does not meet it: " + c);
        for (Rule other : version.program().rules()) {
          if (other.evaluate(c, p).passed()) {
            assertTrue(
                other.evaluate(fixed, p).passed(),
                "fixing "
                    + rule.id()
                    + " ("
                    + remedy.get().words()
                    + ") makes "
                    + other.id()
                    + " fail for "
                    + c);
          }
        }
      }
    }
    // The property must not hold vacuously: every rule with a remedy had it applied.
    Statistics.label("remedy")
        .coverage(
            checker -> {
              for (String id :
                  List.of(
                      "JT-AGE",
                      "JT-RESIDENCY",
                      "JT-SCHOOL",
                      "JT-ONE",
                      "SE-RESIDENCY",
                      "SE-SCHOOL",
                      "SE-CONCURRENT")) {
                checker.check(id, true).count(n -> n > 0);
              }
            });
  }

  @Property(tries = 3000)
  @Label("the decision offers a remedy only for failed rules")
  void remediesOnlyForFailedRules(@ForAll("cases") EligibilityCase c) {
    for (RuleSetVersion version : VERSIONS) {
      for (RuleOutcome o : version.decide(c).outcomes()) {
        assertTrue(!o.passed() || o.remedy() == null, o.toString());
      }
    }
  }
}
