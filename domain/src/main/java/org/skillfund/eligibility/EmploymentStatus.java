package org.skillfund.eligibility;

/** A learner's employment status at the course start, as the eligibility rules ask it. */
public enum EmploymentStatus {
  EMPLOYED("employed"),
  UNDEREMPLOYED("underemployed"),
  UNEMPLOYED("unemployed"),
  INCOME_SUPPORT("on income support"),
  EXPECTING_UNEMPLOYMENT("expecting to become unemployed"),
  NOT_IN_LABOUR_FORCE("not in the labour force");

  private final String words;

  EmploymentStatus(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
