package org.skillfund.eligibility;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published rule-set versions, parsed once: a published version never changes, so its evaluator
 * can be kept for the life of the server. Which versions exist is still read from the database at
 * every call (one small query), so a version published on another server decides checks here at
 * once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PublishedVersions {

  private final Map<String, RuleSetVersion> parsed = new ConcurrentHashMap<>();

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  /** The published version of the program's rules in force on {@code day}. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<RuleSetVersion> inForceOn(Program program, LocalDate day) {
    List<String> candidates =
        em.createQuery(
                "SELECT r.version FROM RuleSet r WHERE r.programCode = :program"
                    + " AND r.status = :published AND r.effectiveFrom <= :day"
                    + " AND (r.effectiveTo IS NULL OR r.effectiveTo > :day)"
                    + " ORDER BY r.effectiveFrom DESC",
                String.class)
            .setParameter("program", program.code())
            .setParameter("published", RuleSetStatus.PUBLISHED)
            .setParameter("day", day)
            .setMaxResults(1)
            .getResultList();
    return candidates.stream().findFirst().map(this::parsed);
  }

  private RuleSetVersion parsed(String version) {
    return parsed.computeIfAbsent(version, v -> em.find(RuleSet.class, v).toVersion());
  }
}
