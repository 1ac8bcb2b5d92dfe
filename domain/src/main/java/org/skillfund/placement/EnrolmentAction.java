package org.skillfund.placement;

/** What can be done to an enrolment. */
public enum EnrolmentAction {
  /** The learner says the enrolment is theirs. */
  CONFIRM,
  /** The learner says "I did not enrol". */
  DISPUTE,
  COMMENCE,
  COMPLETE,
  /** The provider withdraws the learner (before commencement the place and entitlement return). */
  WITHDRAW,
  /** An officer finds a disputed enrolment was not genuine: it is cancelled, place returned. */
  CANCEL,
  /** An officer finds a disputed enrolment was genuine after all. */
  REINSTATE;

  public String words() {
    return switch (this) {
      case CONFIRM -> "confirmed";
      case DISPUTE -> "disputed";
      case COMMENCE -> "commenced";
      case COMPLETE -> "completed";
      case WITHDRAW -> "withdrawn";
      case CANCEL -> "cancelled";
      case REINSTATE -> "reinstated";
    };
  }
}
