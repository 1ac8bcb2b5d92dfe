package org.skillfund.provider;

/** The four CET delivery models (REFERENCE.md, "Delivery models"). */
public enum CetModel {
  WHOLLY_WORK_BASED("Wholly work-based learning", true),
  WORK_BASED_WITH_GUIDANCE("Work-based learning with direct guidance", true),
  WORK_BASED_WITH_INTERVENTIONS("Work-based learning with educational interventions", true),
  INSTITUTION_BASED("Wholly educational-institution based", false);

  private final String words;
  private final boolean workBased;

  CetModel(String words, boolean workBased) {
    this.words = words;
    this.workBased = workBased;
  }

  public String words() {
    return words;
  }

  /** Whether learners learn at work, so the offering must name a work-based learning format. */
  public boolean isWorkBased() {
    return workBased;
  }
}
