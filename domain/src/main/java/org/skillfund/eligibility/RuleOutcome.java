package org.skillfund.eligibility;

/**
 * How one rule decided one case, in words the learner can follow.
 *
 * @param ruleId stable identifier, e.g. JT-AGE
 * @param title what the rule asks, in plain language
 * @param passed whether the case meets it
 * @param explanation why, from the learner's own facts
 * @param reference the guideline and clause it comes from
 * @param remedy for a failed rule, a simple change of the learner's circumstances that would meet
 *     it ("If you were a job seeker ..."), or null when there is none
 */
public record RuleOutcome(
    String ruleId,
    String title,
    boolean passed,
    String explanation,
    String reference,
    String remedy) {

  /** An outcome with no remedy. */
  public RuleOutcome(
      String ruleId, String title, boolean passed, String explanation, String reference) {
    this(ruleId, title, passed, explanation, reference, null);
  }

  /** The same outcome with what would change it, in words. */
  public RuleOutcome withRemedy(String words) {
    return new RuleOutcome(ruleId, title, passed, explanation, reference, words);
  }
}
