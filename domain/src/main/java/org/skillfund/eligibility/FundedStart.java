package org.skillfund.eligibility;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One government-funded course start in a learner's entitlement ledger.
 *
 * @param programCode the funding program, e.g. JOBTRAINER
 * @param courseCode the course
 * @param qualification whether it was a qualification (else a skill set or unit)
 * @param aqfLevel its AQF level, null when it has none
 * @param startDate when it started
 * @param endDate when it ended (completed or withdrawn), null while it is still going
 */
public record FundedStart(
    String programCode,
    String courseCode,
    boolean qualification,
    Integer aqfLevel,
    LocalDate startDate,
    LocalDate endDate) {

  public FundedStart {
    Objects.requireNonNull(programCode, "programCode");
    Objects.requireNonNull(courseCode, "courseCode");
    Objects.requireNonNull(startDate, "startDate");
  }

  /** Whether the learner is still in this course on {@code day}. */
  public boolean isActiveOn(LocalDate day) {
    return !startDate.isAfter(day) && (endDate == null || endDate.isAfter(day));
  }
}
