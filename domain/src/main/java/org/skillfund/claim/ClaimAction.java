package org.skillfund.claim;

/** What can be done to a claim. */
public enum ClaimAction {
  /** An officer runs the automatic checks and finds the claim sound. */
  VALIDATE,
  APPROVE,
  REJECT,
  /** The claim goes into a payment batch. */
  PAY,
  /** A paid claim found ineligible later: the payment is taken back. */
  RECOVER;

  public String words() {
    return switch (this) {
      case VALIDATE -> "validated";
      case APPROVE -> "approved";
      case REJECT -> "rejected";
      case PAY -> "paid";
      case RECOVER -> "recovered";
    };
  }
}
