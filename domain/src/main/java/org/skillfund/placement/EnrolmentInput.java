package org.skillfund.placement;

import java.time.LocalDate;
import org.skillfund.eligibility.EmploymentStatus;
import org.skillfund.eligibility.Residency;

/**
 * What a provider sends to enrol a learner into one place of an allocation: who the learner is, the
 * facts the program's eligibility rules need, and the course start date.
 *
 * @param allocationId the allocation (course, state and program come from it)
 * @param learner who is enrolled
 * @param startDate the course start date, within the allocation's period
 * @param residency residency status
 * @param employmentStatus employment status at the course start
 * @param schoolStudent whether the learner is still at school
 * @param highestAqfLevelHeld AQF level of the highest qualification held, or null for none
 */
public record EnrolmentInput(
    String allocationId,
    LearnerIdentity learner,
    LocalDate startDate,
    Residency residency,
    EmploymentStatus employmentStatus,
    boolean schoolStudent,
    Integer highestAqfLevelHeld) {}
