package org.skillfund.placement;

/** Where an enrolment is in its life. */
public enum EnrolmentStatus {
  /** Enrolled by the provider; the learner has not yet said it is right. */
  PENDING_LEARNER_CONFIRMATION,
  /** The learner confirmed they enrolled. Only now can the provider claim. */
  CONFIRMED,
  /** The learner said "I did not enrol": flagged to the department's officers. */
  DISPUTED,
  COMMENCED,
  COMPLETED,
  WITHDRAWN;

  /** Whether the enrolment still holds its place and the learner's entitlement. */
  public boolean holdsPlace() {
    return this != WITHDRAWN;
  }

  public String words() {
    return switch (this) {
      case PENDING_LEARNER_CONFIRMATION -> "waiting for the learner's confirmation";
      case CONFIRMED -> "confirmed";
      case DISPUTED -> "disputed";
      case COMMENCED -> "commenced";
      case COMPLETED -> "completed";
      case WITHDRAWN -> "withdrawn";
    };
  }
}
