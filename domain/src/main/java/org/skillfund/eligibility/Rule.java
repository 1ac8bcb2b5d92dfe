package org.skillfund.eligibility;

/** One eligibility rule: a pure function from a case and the version's parameters to an outcome. */
public interface Rule {

  String id();

  String title();

  String reference();

  /** Decides the case; never throws for a well-formed case. */
  RuleOutcome evaluate(EligibilityCase eligibilityCase, RuleParameters parameters);

  /** An outcome of this rule. */
  default RuleOutcome outcome(boolean passed, String explanation) {
    return new RuleOutcome(id(), title(), passed, explanation, reference());
  }
}
