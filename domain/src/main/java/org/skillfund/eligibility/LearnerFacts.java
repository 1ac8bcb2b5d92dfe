package org.skillfund.eligibility;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * What a learner tells the eligibility check about themselves.
 *
 * @param dateOfBirth date of birth
 * @param residency residency status
 * @param employmentStatus employment status at the course start
 * @param schoolStudent whether they are still at school
 * @param highestAqfLevelHeld the AQF level of the highest qualification held, or null for none
 */
public record LearnerFacts(
    LocalDate dateOfBirth,
    Residency residency,
    EmploymentStatus employmentStatus,
    boolean schoolStudent,
    Integer highestAqfLevelHeld) {

  public LearnerFacts {
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(residency, "residency");
    Objects.requireNonNull(employmentStatus, "employmentStatus");
  }

  /** Age in whole years on {@code day} (a birthday on that day counts). */
  public int ageOn(LocalDate day) {
    return Period.between(dateOfBirth, day).getYears();
  }
}
