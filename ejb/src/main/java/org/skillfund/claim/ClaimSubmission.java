package org.skillfund.claim;

/**
 * The answer to a claim's submission.
 *
 * @param claim the claim
 * @param created false when the same Idempotency-Key had already submitted it (a replay)
 */
public record ClaimSubmission(Claim claim, boolean created) {}
