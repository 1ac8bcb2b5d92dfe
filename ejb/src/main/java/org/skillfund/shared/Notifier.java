package org.skillfund.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.skillfund.identity.Role;
import org.skillfund.identity.UserAccount;

/**
 * E-mails people about decisions. A mail goes into the outbox in the caller's transaction: it is
 * sent (by {@link MailSender}, within seconds) only if the decision commits, and is not lost if the
 * server stops after that. Local view only: other services call it, nothing outside the application
 * can.
 */
@Stateless
@LocalBean
public class Notifier {

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @Inject private Validator validator;

  /**
   * Queues a plain-text mail in the caller's transaction, which must exist; a bad recipient,
   * subject or body is refused with {@link InvalidRequestException} and rolls the caller back.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void send(String recipient, String subject, String body) {
    OutboxMail mail = OutboxMail.queue(recipient, subject, body, Instant.now());
    Set<ConstraintViolation<OutboxMail>> violations = validator.validate(mail);
    if (!violations.isEmpty()) {
      List<InvalidRequestException.FieldProblem> problems =
          violations.stream()
              .map(
                  v ->
                      new InvalidRequestException.FieldProblem(
                          v.getPropertyPath().toString(), v.getMessage()))
              .sorted(Comparator.comparing(InvalidRequestException.FieldProblem::field))
              .toList();
      throw new InvalidRequestException(problems);
    }
    em.persist(mail);
  }

  /**
   * Queues the same message to every enabled admin of a provider, each greeted by name, in the
   * caller's transaction.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void sendToProviderAdmins(String providerId, String subject, String body) {
    greetEach(
        em.createQuery(
                "SELECT u FROM UserAccount u WHERE u.providerId = :p AND u.enabled = TRUE",
                UserAccount.class)
            .setParameter("p", providerId)
            .getResultList(),
        Role.PROVIDER_ADMIN,
        subject,
        body);
  }

  /**
   * Queues the same message to every enabled department user holding {@code role} (e.g. the
   * officers, when something waits in their queue), each greeted by name, in the caller's
   * transaction.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void sendToDepartment(Role role, String subject, String body) {
    greetEach(
        em.createQuery(
                "SELECT u FROM UserAccount u WHERE u.providerId IS NULL AND u.enabled = TRUE",
                UserAccount.class)
            .getResultList(),
        role,
        subject,
        body);
  }

  private void greetEach(List<UserAccount> users, Role role, String subject, String body) {
    users.stream()
        .filter(u -> u.getRoles().contains(role))
        .forEach(
            u ->
                send(
                    u.getEmail(),
                    subject,
                    "Hello " + u.getDisplayName() + ",\n\n" + body + "\n\nSkillfund\n"));
  }
}
