package org.skillfund.eligibility;

/**
 * How one rule decided one case, in words the learner can follow.
 *
 * @param ruleId stable identifier, e.g. JT-AGE
 * @param title what the rule asks, in plain language
 * @param passed whether the case meets it
 * @param explanation why, from the learner's own facts
 * @param reference the guideline and clause it comes from
 */
public record RuleOutcome(
    String ruleId, String title, boolean passed, String explanation, String reference) {}
