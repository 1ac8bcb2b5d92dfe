package org.skillfund.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.skillfund.identity.Role;
import org.skillfund.shared.Page;
import org.skillfund.shared.PageRequest;
import org.skillfund.shared.PagedQuery;

/**
 * The append-only, hash-chained audit trail. Events are written in the caller's transaction, so a
 * change and its audit entry commit or roll back together.
 */
@Stateless
public class AuditService {

  /** Events per round trip when the whole chain is verified. */
  private static final int VERIFY_BATCH = 500;

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @Resource private SessionContext session;

  /**
   * Appends an event for the signed-in caller (or {@code anonymous}) in the current transaction.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public AuditEvent record(
      String action,
      String entityType,
      String entityId,
      String summary,
      String reason,
      String ruleVersion) {
    return append(
        new AuditRecord(
            callerName(),
            callerRoles(),
            action,
            entityType,
            entityId,
            summary,
            reason,
            ruleVersion));
  }

  /** As {@link #record(String, String, String, String, String, String)}, from an entry. */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public AuditEvent record(Entry e) {
    return record(
        e.action(), e.entityType(), e.entityId(), e.summary(), e.reason(), e.ruleVersion());
  }

  /**
   * Appends an event for an actor named explicitly (the system at start-up), in the current
   * transaction.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public AuditEvent recordAs(AuditRecord record) {
    return append(record);
  }

  /**
   * Appends an event in a transaction of its own, so it stays even when the caller's work fails
   * (sign-in attempts). The caller must not hold the chain head in its own transaction.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AuditEvent recordIndependently(AuditRecord record) {
    return append(record);
  }

  /**
   * Appends many events for the signed-in caller in the current transaction, taking the chain head
   * once (a bulk import audits every row it accepted without locking the head per row). Each entry
   * is {@code action, entityType, entityId, summary, reason, ruleVersion} as for {@link #record}.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public List<AuditEvent> recordAll(List<Entry> entries) {
    String actor = callerName();
    String roles = callerRoles();
    if (entries.isEmpty()) {
      return List.of();
    }
    AuditChainHead head =
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    Instant now = Instant.now();
    List<AuditEvent> events = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      AuditEvent event =
          AuditEvent.append(
              new AuditRecord(
                  actor,
                  roles,
                  e.action(),
                  e.entityType(),
                  e.entityId(),
                  e.summary(),
                  e.reason(),
                  e.ruleVersion()),
              head.getLastSeq() + 1,
              now,
              head.getLastHash());
      em.persist(event);
      head.advanceTo(event);
      events.add(event);
    }
    em.flush();
    return events;
  }

  /** One event of {@link #recordAll}, for the signed-in caller. */
  public record Entry(
      String action,
      String entityType,
      String entityId,
      String summary,
      String reason,
      String ruleVersion) {}

  private AuditEvent append(AuditRecord record) {
    AuditChainHead head =
        em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    AuditEvent event =
        AuditEvent.append(record, head.getLastSeq() + 1, Instant.now(), head.getLastHash());
    em.persist(event);
    head.advanceTo(event);
    em.flush();
    return event;
  }

  /** How many times {@code action} was recorded on an entity (e.g. a provider's suspensions). */
  @PermitAll
  public long count(String entityType, String entityId, String action) {
    return em.createQuery(
            "SELECT COUNT(e) FROM AuditEvent e WHERE e.entityType = :t AND e.entityId = :i"
                + " AND e.action = :a",
            Long.class)
        .setParameter("t", entityType)
        .setParameter("i", entityId)
        .setParameter("a", action)
        .getSingleResult();
  }

  /** Events matching the filter, newest first (auditors only). */
  @RolesAllowed(Role.Names.AUDITOR)
  public Page<AuditEvent> find(AuditFilter filter, PageRequest request) {
    return PagedQuery.of(em, AuditEvent.class, "e")
        .where("e.actor = :actor", "actor", filter.actor())
        .where("e.action = :action", "action", filter.action())
        .where("e.entityType = :entityType", "entityType", filter.entityType())
        .where("e.occurredAt >= :from", "from", filter.from())
        .where("e.occurredAt < :to", "to", filter.to())
        .page("e.seq DESC", request);
  }

  /** Re-computes every hash from the first event and checks each link (auditors only). */
  @RolesAllowed(Role.Names.AUDITOR)
  public ChainVerification verifyChain() {
    AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
    AuditChain.Verifier verifier = AuditChain.verifier();
    long after = 0;
    while (true) {
      List<AuditEvent> batch =
          em.createQuery(
                  "SELECT e FROM AuditEvent e WHERE e.seq > :after ORDER BY e.seq",
                  AuditEvent.class)
              .setParameter("after", after)
              .setMaxResults(VERIFY_BATCH)
              .getResultList();
      for (AuditEvent event : batch) {
        if (!verifier.accept(event)) {
          return verifier.result(head.getLastSeq(), head.getLastHash());
        }
      }
      if (batch.size() < VERIFY_BATCH) {
        return verifier.result(head.getLastSeq(), head.getLastHash());
      }
      after = batch.get(batch.size() - 1).getSeq();
      em.clear();
    }
  }

  private String callerName() {
    Principal principal = session.getCallerPrincipal();
    String name = principal == null ? null : principal.getName();
    return name == null || name.equals("ANONYMOUS") ? "anonymous" : name;
  }

  private String callerRoles() {
    return Arrays.stream(Role.values())
        .map(Role::name)
        .filter(session::isCallerInRole)
        .collect(Collectors.joining(","));
  }
}
