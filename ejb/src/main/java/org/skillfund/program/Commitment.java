package org.skillfund.program;

/**
 * Money an approval commits to (or a reduction releases from) one budget.
 *
 * @param key which budget
 * @param cents how much, positive
 */
public record Commitment(BudgetKey key, long cents) {}
