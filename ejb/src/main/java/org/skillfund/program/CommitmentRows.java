package org.skillfund.program;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Makes sure a provider has its commitment row under a program before anything is committed to it,
 * in a transaction of its own: when two submissions race to create it, one insert fails on the
 * primary key and the row exists either way.
 */
@Stateless
public class CommitmentRows {

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void ensure(String programCode, String providerId) {
    try {
      em.createNativeQuery(
              "INSERT INTO provider_commitment (program_code, provider_id, committed_cents)"
                  + " SELECT ?1, ?2, 0 FROM funding_program f WHERE f.code = ?1 AND NOT EXISTS"
                  + " (SELECT 1 FROM provider_commitment c"
                  + " WHERE c.program_code = ?1 AND c.provider_id = ?2)")
          .setParameter(1, programCode)
          .setParameter(2, providerId)
          .executeUpdate();
    } catch (PersistenceException raced) {
      // another transaction inserted the same row first: it exists, which is all we need
    }
  }
}
