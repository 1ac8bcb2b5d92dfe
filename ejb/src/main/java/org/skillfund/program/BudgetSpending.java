package org.skillfund.program;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.skillfund.identity.Role;
import org.skillfund.shared.ConflictException;

/**
 * Money paid out of a budget: payment batches add to a budget's spent counter and recoveries take
 * it back, each by one conditional update in the caller's transaction, so the budget never spends
 * more than it committed, with any number of servers.
 */
@Stateless
public class BudgetSpending {

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  /** Adds {@code cents} to the budget's spent counter while that much is committed but unspent. */
  @RolesAllowed(Role.Names.DELEGATE)
  public void spend(String programCode, String state, String streamCode, long cents) {
    int changed =
        em.createNativeQuery(
                "UPDATE program_budget SET spent_cents = spent_cents + ?1"
                    + " WHERE program_code = ?2 AND state = ?3 AND stream_code = ?4"
                    + " AND committed_cents - spent_cents >= ?1")
            .setParameter(1, cents)
            .setParameter(2, programCode)
            .setParameter(3, state)
            .setParameter(4, streamCode)
            .executeUpdate();
    if (changed == 0) {
      throw new ConflictException(
          "The "
              + programCode
              + " "
              + state
              + " "
              + streamCode
              + " budget has less committed-but-unspent money than "
              + Money.format(cents)
              + "; nothing was paid.");
    }
  }

  /** Takes {@code cents} back off the budget's spent counter (a recovered payment). */
  @RolesAllowed(Role.Names.DELEGATE)
  public void refund(String programCode, String state, String streamCode, long cents) {
    int changed =
        em.createNativeQuery(
                "UPDATE program_budget SET spent_cents = spent_cents - ?1"
                    + " WHERE program_code = ?2 AND state = ?3 AND stream_code = ?4"
                    + " AND spent_cents >= ?1")
            .setParameter(1, cents)
            .setParameter(2, programCode)
            .setParameter(3, state)
            .setParameter(4, streamCode)
            .executeUpdate();
    if (changed == 0) {
      throw new IllegalStateException("the budget spent less than is recovered");
    }
  }
}
