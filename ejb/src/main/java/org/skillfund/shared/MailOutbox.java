package org.skillfund.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox table as {@link MailSender} works it, each step in a short transaction of its own so
 * no row stays locked while a mail travels to the SMTP server. Rows change only through conditional
 * updates: several servers may work the same table, and whichever update matches a row first wins
 * it.
 */
@Stateless
@LocalBean
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailOutbox {

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  /** Ids of unsent mails due at {@code now}, oldest first. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<String> due(Instant now, int limit) {
    return em.createQuery(
            "SELECT m.id FROM OutboxMail m WHERE m.sentAt IS NULL AND m.nextAttemptAt <= :now"
                + " ORDER BY m.createdAt, m.id",
            String.class)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  /**
   * Takes the mail for one sender run until {@code leaseUntil} if it is still unsent and due: only
   * one of several concurrent callers gets it. Another run may take it again after the lease (when
   * this one died on the way).
   */
  public Optional<OutboxMail> claim(String id, String token, Instant now, Instant leaseUntil) {
    int claimed =
        em.createQuery(
                "UPDATE OutboxMail m SET m.claimToken = :token, m.nextAttemptAt = :leaseUntil"
                    + " WHERE m.id = :id AND m.sentAt IS NULL AND m.nextAttemptAt <= :now")
            .setParameter("token", token)
            .setParameter("leaseUntil", leaseUntil)
            .setParameter("id", id)
            .setParameter("now", now)
            .executeUpdate();
    if (claimed != 1) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(OutboxMail.class, id));
  }

  /** Records that the claimed mail was handed to the SMTP server; false if the claim was lost. */
  public boolean markSent(String id, String token, Instant sentAt) {
    return em.createQuery(
                "UPDATE OutboxMail m SET m.sentAt = :sentAt, m.claimToken = NULL"
                    + " WHERE m.id = :id AND m.claimToken = :token AND m.sentAt IS NULL")
            .setParameter("sentAt", sentAt)
            .setParameter("id", id)
            .setParameter("token", token)
            .executeUpdate()
        == 1;
  }

  /**
   * Records a failed attempt of the claimed mail: the count of failed attempts, the error and when
   * to try again (none: given up); false if the claim was lost.
   */
  public boolean markFailed(
      String id, String token, int attempts, String lastError, Optional<Instant> nextAttempt) {
    // a literal NULL: PostgreSQL cannot type a null parameter bound for a timestamp column
    Query update =
        em.createQuery(
                "UPDATE OutboxMail m SET m.attempts = :attempts, m.lastError = :lastError,"
                    + (nextAttempt.isPresent()
                        ? " m.nextAttemptAt = :nextAttempt,"
                        : " m.nextAttemptAt = NULL,")
                    + " m.claimToken = NULL"
                    + " WHERE m.id = :id AND m.claimToken = :token AND m.sentAt IS NULL")
            .setParameter("attempts", attempts)
            .setParameter("lastError", lastError)
            .setParameter("id", id)
            .setParameter("token", token);
    nextAttempt.ifPresent(at -> update.setParameter("nextAttempt", at));
    return update.executeUpdate() == 1;
  }
}
