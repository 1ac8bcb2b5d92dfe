package org.skillfund.claim;

/** Which part of a funded place a claim is for. */
public enum ClaimKind {
  /** Paid once the learner has confirmed the enrolment. */
  COMMENCEMENT,
  /** Paid once the learner has completed. */
  COMPLETION
}
