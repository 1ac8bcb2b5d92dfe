package org.skillfund.provider;

/** Work-based learning formats (REFERENCE.md, "Delivery models"). */
public enum WorkBasedFormat {
  APPRENTICESHIP("Apprenticeship"),
  TRAINEESHIP("Traineeship"),
  INTERNSHIP("Internship"),
  WORK_PLACEMENT("Practicum / work placement"),
  WORK_STUDY("Work-study"),
  CO_OP("Co-op");

  private final String words;

  WorkBasedFormat(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
