package org.skillfund.placement;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The learner rows enrolments lock: one per USI, created the first time any provider enrols the
 * learner. Locking it ({@code SELECT ... FOR UPDATE}) before the entitlement ledger is read makes
 * two enrolments of the same learner run one after the other, on any number of servers.
 */
@Stateless
@PermitAll
public class LearnerRegister {

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  /**
   * Creates the learner's row unless it exists, in a transaction of its own so it is visible (and
   * lockable) by every enrolment at once. When two callers create it at the same moment one of them
   * fails on the primary key; the row exists either way, which is all the caller needs.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ensure(String usi) {
    Number found =
        (Number)
            em.createNativeQuery("SELECT COUNT(*) FROM learner WHERE usi = ?1")
                .setParameter(1, usi)
                .getSingleResult();
    if (found.longValue() == 0) {
      em.createNativeQuery("INSERT INTO learner (usi, first_seen_at) VALUES (?1, ?2)")
          .setParameter(1, usi)
          .setParameter(2, Timestamp.from(Instant.now()))
          .executeUpdate();
    }
  }

  /**
   * Locks the learner's row until the caller's transaction ends; a second enrolment of the same
   * learner waits here until the first has committed (and then sees its ledger entry).
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void lock(String usi) {
    em.createNativeQuery("SELECT usi FROM learner WHERE usi = ?1 FOR UPDATE")
        .setParameter(1, usi)
        .getResultList();
  }
}
