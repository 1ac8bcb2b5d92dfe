package org.skillfund.placement;

/** Where a place application is in its workflow (DESIGN.md, place application). */
public enum PlaceApplicationStatus {
  DRAFT,
  SUBMITTED,
  ASSESSED,
  /** A delegate approved above their limit; a second delegate with a higher limit must confirm. */
  AWAITING_SECOND_APPROVAL,
  APPROVED,
  PARTIALLY_APPROVED,
  DECLINED,
  WITHDRAWN;

  /** Whether the application holds an allocation (and so commits money). */
  public boolean isApproved() {
    return this == APPROVED || this == PARTIALLY_APPROVED;
  }

  public String words() {
    return switch (this) {
      case DRAFT -> "in draft";
      case SUBMITTED -> "submitted";
      case ASSESSED -> "assessed";
      case AWAITING_SECOND_APPROVAL -> "awaiting a second delegate";
      case APPROVED -> "approved";
      case PARTIALLY_APPROVED -> "partially approved";
      case DECLINED -> "declined";
      case WITHDRAWN -> "withdrawn";
    };
  }
}
