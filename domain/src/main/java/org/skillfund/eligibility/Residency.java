package org.skillfund.eligibility;

/** A learner's residency status, as the eligibility rules ask it. */
public enum Residency {
  CITIZEN("an Australian citizen"),
  PERMANENT_RESIDENT("a permanent resident"),
  NZ_CITIZEN("a New Zealand citizen"),
  HUMANITARIAN_VISA("a humanitarian visa holder"),
  PR_PATHWAY_VISA("on a visa with a pathway to permanent residency"),
  TEMPORARY_VISA("on a temporary visa");

  private final String words;

  Residency(String words) {
    this.words = words;
  }

  /** The status in plain words, e.g. "a permanent resident". */
  public String words() {
    return words;
  }
}
