package org.skillfund.eligibility;

import java.util.List;

/**
 * The result of one check: every rule's outcome, not just the first failure, and the rule-set
 * version that decided it.
 *
 * @param eligible whether every rule passed
 * @param programCode the program checked against
 * @param ruleSetVersion the version in force on the course start date
 * @param maxStudentFeeCents the most the learner may be charged, in cents
 * @param outcomes each rule's outcome, in the rule set's order
 */
public record EligibilityDecision(
    boolean eligible,
    String programCode,
    String ruleSetVersion,
    long maxStudentFeeCents,
    List<RuleOutcome> outcomes) {

  public EligibilityDecision {
    outcomes = List.copyOf(outcomes);
  }

  /** The ids of the rules that failed, in order. */
  public List<String> failedRuleIds() {
    return outcomes.stream().filter(o -> !o.passed()).map(RuleOutcome::ruleId).toList();
  }
}
