package org.skillfund.placement;

/** What an officer should look at more closely, computed when a place application is submitted. */
public enum RiskFlag {
  PREVIOUSLY_SUSPENDED("The provider has been suspended before."),
  LOW_COMPLETION_RATE("Fewer than half of the provider's commenced places have been completed."),
  COURSE_SUPERSEDED("A requested course has been superseded in the national register."),
  UNUSUALLY_HIGH_REQUEST(
      "The request is more than twice the places the provider was ever allocated before."),
  SHARED_LEARNERS("Learners of this provider also hold funded places with other providers.");

  private final String explanation;

  RiskFlag(String explanation) {
    this.explanation = explanation;
  }

  public String explanation() {
    return explanation;
  }
}
