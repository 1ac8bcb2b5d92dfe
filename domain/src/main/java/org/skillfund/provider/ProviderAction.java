package org.skillfund.provider;

/** What someone can do to a provider's registration (DESIGN.md, provider workflow). */
public enum ProviderAction {
  /** Save the draft application (the provider's own staff). */
  SAVE_DRAFT,
  /** Submit the application for assessment; freezes it. */
  SUBMIT,
  /** An officer takes a submitted application from the work queue. */
  PICK_UP,
  /** An officer records the assessment: checklist, risk and recommendations. */
  ASSESS,
  /** A delegate approves, naming the products on scope. */
  APPROVE,
  /** A delegate rejects, with reasons. */
  REJECT,
  /** A delegate returns the application for more information; the provider edits a new version. */
  RETURN,
  /** A delegate suspends an approved provider from a date, with reasons. */
  SUSPEND,
  /** A delegate lifts a suspension. */
  REINSTATE,
  /** A delegate revokes an approved or suspended provider for good. */
  REVOKE
}
