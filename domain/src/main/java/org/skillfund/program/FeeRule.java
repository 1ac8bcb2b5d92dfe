package org.skillfund.program;

/** What a program lets a provider charge an eligible learner. */
public enum FeeRule {
  /** No fee for any course. */
  NO_FEE,
  /** No fee for Certificate III and below; at most the program's cap from Certificate IV up. */
  FREE_TO_CERT_III_CAPPED_ABOVE,
  /** At most the program's cap for any course. */
  CAPPED;

  /**
   * The most a learner may be charged for a course at {@code aqfLevel} (null for a skill set or
   * short course), in cents.
   */
  public long maxFeeCents(Integer aqfLevel, long capCents) {
    return switch (this) {
      case NO_FEE -> 0;
      case CAPPED -> capCents;
      case FREE_TO_CERT_III_CAPPED_ABOVE -> aqfLevel != null && aqfLevel >= 4 ? capCents : 0;
    };
  }

  /** The rule in words, for pages and exports. */
  public String words(long capCents) {
    return switch (this) {
      case NO_FEE -> "No fee";
      case CAPPED -> "At most " + Money.format(capCents);
      case FREE_TO_CERT_III_CAPPED_ABOVE ->
          "No fee to Certificate III; at most " + Money.format(capCents) + " from Certificate IV";
    };
  }
}
