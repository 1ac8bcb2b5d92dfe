package org.skillfund.claim;

/** Where a claim is in its life. */
public enum ClaimStatus {
  SUBMITTED,
  VALIDATED,
  APPROVED,
  PAID,
  REJECTED,
  /** Paid, then found ineligible: the money was taken back by a negative adjustment. */
  RECOVERED;

  public String words() {
    return switch (this) {
      case SUBMITTED -> "submitted";
      case VALIDATED -> "validated";
      case APPROVED -> "approved";
      case PAID -> "paid";
      case REJECTED -> "rejected";
      case RECOVERED -> "recovered";
    };
  }
}
