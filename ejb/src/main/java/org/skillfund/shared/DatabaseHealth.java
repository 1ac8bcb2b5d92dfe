package org.skillfund.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Answers whether the database takes queries, for the readiness check. */
@Stateless
@PermitAll
public class DatabaseHealth {

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  /** Runs a trivial query; throws when the database does not answer. */
  public void ping() {
    em.createNativeQuery("SELECT 1").getSingleResult();
  }
}
