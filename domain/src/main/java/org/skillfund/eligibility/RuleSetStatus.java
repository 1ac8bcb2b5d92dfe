package org.skillfund.eligibility;

/** A rule-set version is drafted, then published; a published version never changes. */
public enum RuleSetStatus {
  DRAFT,
  PUBLISHED
}
