package org.skillfund.placement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.skillfund.audit.AuditService;
import org.skillfund.identity.Callers;
import org.skillfund.identity.Role;
import org.skillfund.identity.UserAccount;
import org.skillfund.program.Money;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.NotFoundException;

/** Financial delegates' dollar limits: administrators set them, every change audited. */
@Stateless
public class DelegationService {

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private AuditService audit;

  @EJB private Callers callers;

  /** Sets a delegate's limit for one approval. */
  @RolesAllowed(Role.Names.ADMIN)
  public DelegationLimit setLimit(String username, long limitCents, String reason) {
    UserAccount account = username == null ? null : em.find(UserAccount.class, username);
    if (account == null) {
      throw new NotFoundException("No user " + username + ".");
    }
    if (!account.getRoles().contains(Role.DELEGATE)) {
      throw InvalidRequestException.of("username", "is not a financial delegate");
    }
    if (limitCents < 0) {
      throw InvalidRequestException.of("limitCents", "must not be negative");
    }
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw InvalidRequestException.of("reason", "give a reason (1 to 2000 characters)");
    }
    String admin = callers.current().username();
    Instant now = Instant.now();
    DelegationLimit limit = em.find(DelegationLimit.class, username);
    Long before = limit == null ? null : limit.getLimitCents();
    if (limit == null) {
      limit = new DelegationLimit(username, limitCents, admin, now);
      em.persist(limit);
    } else {
      limit.change(limitCents, admin, now);
    }
    audit.record(
        "DELEGATION_LIMIT_SET",
        "UserAccount",
        username,
        username
            + "'s approval limit "
            + (before == null ? "set to " : "changed from " + Money.format(before) + " to ")
            + Money.format(limitCents),
        reason.strip(),
        null);
    return limit;
  }

  /** Every delegate's limit. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.DELEGATE, Role.Names.AUDITOR})
  public List<DelegationLimit> limits() {
    return em.createQuery(
            "SELECT d FROM DelegationLimit d ORDER BY d.username", DelegationLimit.class)
        .getResultList();
  }

  /** A delegate's limit; zero when none was set, so an unconfigured delegate approves nothing. */
  @RolesAllowed({Role.Names.ADMIN, Role.Names.DELEGATE, Role.Names.AUDITOR})
  public long limitOf(String username) {
    DelegationLimit limit = em.find(DelegationLimit.class, username);
    return limit == null ? 0 : limit.getLimitCents();
  }
}
