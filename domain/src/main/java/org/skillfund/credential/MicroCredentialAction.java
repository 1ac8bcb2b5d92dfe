package org.skillfund.credential;

/** What someone can do to a micro-credential. */
public enum MicroCredentialAction {
  /** Save the draft (the provider's own staff), also while changes are requested. */
  SAVE_DRAFT,
  /** Submit for endorsement; the content is frozen as a new version. */
  SUBMIT,
  /** An endorser takes a submitted micro-credential for review. */
  PICK_UP,
  /** An endorser comments on a section. */
  COMMENT,
  /** An endorser sends it back to the provider with the comments. */
  REQUEST_CHANGES,
  /** An endorser endorses it until a review date. */
  ENDORSE,
  /** An endorser declines it with reasons. */
  DECLINE,
  /** The provider withdraws an endorsed micro-credential from the catalogue. */
  RETIRE,
  /** The scheme retires it when its endorsement reaches the review date (a timer, no person). */
  EXPIRE
}
