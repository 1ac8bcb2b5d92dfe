package org.skillfund.eligibility;

import java.util.Optional;

/** One eligibility rule: a pure function from a case and the version's parameters to an outcome. */
public interface Rule {

  /**
   * A simple change of the learner's circumstances that would meet a rule, for "what would change
   * the answer". A remedy changes only facts its rule reads and no other rule reads against the
   * learner, so meeting one rule never makes another fail (a property test holds every rule to it).
   *
   * @param words what would change, in the learner's words ("If you were a job seeker, ...")
   * @param changedCase the case with that change made
   */
  record Remedy(String words, EligibilityCase changedCase) {}

  String id();

  String title();

  String reference();

  /** Decides the case; never throws for a well-formed case. */
  RuleOutcome evaluate(EligibilityCase eligibilityCase, RuleParameters parameters);

  /**
   * The remedy for a case this rule fails, or empty when no simple change of the learner's
   * circumstances would meet it (a different course or start date changes everything).
   */
  default Optional<Remedy> remedy(EligibilityCase eligibilityCase, RuleParameters parameters) {
    return Optional.empty();
  }

  /** An outcome of this rule. */
  default RuleOutcome outcome(boolean passed, String explanation) {
    return new RuleOutcome(id(), title(), passed, explanation, reference());
  }
}
