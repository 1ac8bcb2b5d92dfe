package org.skillfund.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.skillfund.shared.AustralianState;

/**
 * Everything one eligibility check is decided on: who, which course, where, from when, and the
 * learner's earlier funded starts.
 *
 * @param state where the course is delivered
 * @param course the course
 * @param courseStartDate when it starts; the rule version in force on this day decides
 * @param learner the learner's facts
 * @param fundedStarts the learner's entitlement ledger (empty when unknown or none)
 */
public record EligibilityCase(
    AustralianState state,
    CourseFacts course,
    LocalDate courseStartDate,
    LearnerFacts learner,
    List<FundedStart> fundedStarts) {

  public EligibilityCase {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(course, "course");
    Objects.requireNonNull(courseStartDate, "courseStartDate");
    Objects.requireNonNull(learner, "learner");
    fundedStarts = List.copyOf(fundedStarts);
  }
}
