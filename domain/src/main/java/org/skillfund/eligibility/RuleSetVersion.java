package org.skillfund.eligibility;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated version of a program's rule parameters. Published versions are immutable; the version
 * whose period contains the course start date decides a case.
 *
 * @param program the program whose rules read these parameters
 * @param version label, e.g. JOBTRAINER-2021.10
 * @param effectiveFrom first day in force
 * @param effectiveTo first day no longer in force, or null while open-ended
 * @param parameters the values the rules read
 */
public record RuleSetVersion(
    Program program,
    String version,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    RuleParameters parameters) {

  public RuleSetVersion {
    Objects.requireNonNull(program, "program");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    Objects.requireNonNull(parameters, "parameters");
    if (effectiveTo != null && !effectiveTo.isAfter(effectiveFrom)) {
      throw new IllegalArgumentException("a version must be in force for at least one day");
    }
  }

  public boolean isInForceOn(LocalDate day) {
    return !day.isBefore(effectiveFrom) && (effectiveTo == null || day.isBefore(effectiveTo));
  }

  /** Evaluates every rule against the case and reports all of them. */
  public EligibilityDecision decide(EligibilityCase eligibilityCase) {
    var outcomes = program.rules().stream().map(rule -> explained(rule, eligibilityCase)).toList();
    boolean eligible = outcomes.stream().allMatch(RuleOutcome::passed);
    return new EligibilityDecision(
        eligible,
        program.code(),
        version,
        program.maxStudentFeeCents(eligibilityCase, parameters),
        outcomes);
  }

  /** The rule's outcome with its remedy, when it fails and a remedy really meets it. */
  private RuleOutcome explained(Rule rule, EligibilityCase eligibilityCase) {
    RuleOutcome outcome = rule.evaluate(eligibilityCase, parameters);
    if (outcome.passed()) {
      return outcome;
    }
    return rule.remedy(eligibilityCase, parameters)
        .filter(r -> rule.evaluate(r.changedCase(), parameters).passed())
        .map(r -> outcome.withRemedy(r.words()))
        .orElse(outcome);
  }
}
