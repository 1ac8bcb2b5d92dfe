package org.skillfund.catalog;

/** Kinds of training product on the national register. */
public enum ProductType {
  QUALIFICATION("Qualification"),
  SKILL_SET("Skill set"),
  UNIT("Unit of competency"),
  ACCREDITED_COURSE("Accredited course");

  private final String label;

  ProductType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Qualifications and accredited courses sit at an AQF level; skill sets and units do not. */
  public boolean hasAqfLevel() {
    return this == QUALIFICATION || this == ACCREDITED_COURSE;
  }
}
