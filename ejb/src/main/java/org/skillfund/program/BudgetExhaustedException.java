package org.skillfund.program;

import jakarta.ejb.ApplicationException;
import org.skillfund.shared.ConflictException;

/**
 * An approval that needs more money than a budget or a provider cap has left; nothing was
 * committed. REST answers 409 problem+json with the remaining amount.
 */
@ApplicationException(rollback = true)
public class BudgetExhaustedException extends ConflictException {

  private static final long serialVersionUID = 1L;

  private final long remainingCents;
  private final long neededCents;

  public BudgetExhaustedException(String what, long remainingCents, long neededCents) {
    super(
        "Budget exhausted: "
            + what
            + " has "
            + Money.format(remainingCents)
            + " left; this needs "
            + Money.format(neededCents)
            + ". Nothing was committed.");
    this.remainingCents = remainingCents;
    this.neededCents = neededCents;
  }

  public long remainingCents() {
    return remainingCents;
  }

  public long neededCents() {
    return neededCents;
  }
}
