package org.skillfund.placement;

/** What can be done to a place application. */
public enum PlaceAction {
  SAVE_DRAFT,
  SUBMIT,
  WITHDRAW,
  ASSESS,
  /** A delegate approves above their own limit: the approval waits for a second delegate. */
  REFER,
  APPROVE,
  PARTIALLY_APPROVE,
  DECLINE,
  /** A delegate reduces the places of an approved application; the money is released. */
  REDUCE;

  public String words() {
    return switch (this) {
      case SAVE_DRAFT -> "edited";
      case SUBMIT -> "submitted";
      case WITHDRAW -> "withdrawn";
      case ASSESS -> "assessed";
      case REFER -> "referred to a second delegate";
      case APPROVE -> "approved";
      case PARTIALLY_APPROVE -> "partially approved";
      case DECLINE -> "declined";
      case REDUCE -> "reduced";
    };
  }
}
