package org.skillfund.provider;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillfund.audit.AuditService;
import org.skillfund.identity.Caller;
import org.skillfund.identity.Callers;
import org.skillfund.identity.NewAccounts;
import org.skillfund.identity.PasswordHash;
import org.skillfund.identity.Role;
import org.skillfund.identity.UserAccount;
import org.skillfund.shared.ConflictException;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.InvalidRequestException.FieldProblem;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.Notifier;

/**
 * A provider admin's staff: invite by e-mail (a one-time link valid for 7 days), list, remove.
 * Accepting an invitation creates a PROVIDER_STAFF account of that provider. Every step audited.
 */
@Stateless
public class StaffService {

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private AuditService audit;

  @EJB private Callers callers;

  @EJB private Notifier notifier;

  @Inject
  @ConfigProperty(name = "skillfund.public-url", defaultValue = "http://localhost:8080/skillfund/")
  private String publicUrl;

  /** The provider's people (admins and staff), enabled ones first. */
  @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_STAFF})
  public List<UserAccount> staff(String providerId) {
    own(callers.current(), providerId);
    return em.createQuery(
            "SELECT u FROM UserAccount u WHERE u.providerId = :p"
                + " ORDER BY u.enabled DESC, u.username",
            UserAccount.class)
        .setParameter("p", providerId)
        .getResultList();
  }

  /** Sends a one-time invitation link to {@code email}; returns the invitation (not the token). */
  @RolesAllowed(Role.Names.PROVIDER_ADMIN)
  public StaffInvitation invite(String providerId, String email) {
    Caller caller = callers.current();
    Provider provider = own(caller, providerId);
    if (!NewAccounts.isEmail(email)) {
      throw InvalidRequestException.of("email", "must be an e-mail address");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    Instant now = Instant.now();
    StaffInvitation invitation =
        new StaffInvitation(
            UUID.randomUUID().toString(),
            providerId,
            email.strip(),
            EvidenceCheck.sha256(token.getBytes(StandardCharsets.US_ASCII)),
            caller.username(),
            now);
    em.persist(invitation);
    audit.record(
        "STAFF_INVITED",
        "Provider",
        providerId,
        caller.username() + " invited " + email.strip() + " as staff of " + provider.getLegalName(),
        null,
        null);
    notifier.send(
        email.strip(),
        "You are invited to " + provider.getLegalName() + " on Skillfund",
        "Hello,\n\n"
            + caller.username()
            + " invited you to join "
            + provider.getLegalName()
            + " on Skillfund as a member of staff.\n\nAccept within 7 days (the link works once):\n"
            + publicUrl
            + (publicUrl.endsWith("/") ? "" : "/")
            + "accept-invitation?token="
            + token
            + "\n\nIf you did not expect this, ignore this e-mail.\n");
    return invitation;
  }

  /** Accepts an invitation: creates the staff account. Anyone holding the token may accept. */
  @PermitAll
  public UserAccount accept(String token, String username, String displayName, char[] password) {
    List<FieldProblem> problems = NewAccounts.problems(em, username, displayName, password);
    StaffInvitation invitation = byToken(token);
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    Instant now = Instant.now();
    if (!invitation.isOpenAt(now)) {
      throw new ConflictException("This invitation was already used or has expired.");
    }
    invitation.accept(username, now);
    UserAccount account =
        new UserAccount(
            username,
            displayName.strip(),
            invitation.getEmail(),
            PasswordHash.of(password),
            EnumSet.of(Role.PROVIDER_STAFF),
            invitation.getProviderId());
    em.persist(account);
    audit.record(
        "STAFF_JOINED",
        "Provider",
        invitation.getProviderId(),
        username + " accepted the invitation sent to " + invitation.getEmail(),
        null,
        null);
    return account;
  }

  /** Removes a member of staff: the account is disabled and can no longer sign in. */
  @RolesAllowed(Role.Names.PROVIDER_ADMIN)
  public void remove(String providerId, String username, String reason) {
    Caller caller = callers.current();
    own(caller, providerId);
    UserAccount account = em.find(UserAccount.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (account == null || !providerId.equals(account.getProviderId().orElse(null))) {
      throw new NotFoundException("No member of staff " + username + ".");
    }
    if (username.equals(caller.username())) {
      throw new ConflictException("You cannot remove yourself; ask another admin.");
    }
    if (account.getRoles().contains(Role.PROVIDER_ADMIN)) {
      throw new ConflictException("Admins cannot be removed here; ask the department.");
    }
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      throw InvalidRequestException.of("reason", "say why (1 to 500 characters)");
    }
    if (!account.isEnabled()) {
      throw new ConflictException(username + " was already removed.");
    }
    account.disable();
    audit.record(
        "STAFF_REMOVED",
        "Provider",
        providerId,
        caller.username() + " removed " + username,
        reason.strip(),
        null);
  }

  private StaffInvitation byToken(String token) {
    if (token == null || token.isBlank()) {
      throw new NotFoundException("This invitation link is not valid.");
    }
    List<StaffInvitation> found =
        em.createQuery(
                "SELECT i FROM StaffInvitation i WHERE i.tokenSha256 = :h", StaffInvitation.class)
            .setParameter(
                "h", EvidenceCheck.sha256(token.strip().getBytes(StandardCharsets.US_ASCII)))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (found.isEmpty()) {
      throw new NotFoundException("This invitation link is not valid.");
    }
    return found.get(0);
  }

  private Provider own(Caller caller, String providerId) {
    Provider provider = providerId == null ? null : em.find(Provider.class, providerId);
    if (provider == null || !providerId.equals(caller.providerId())) {
      throw new NotFoundException("No provider " + providerId + ".");
    }
    return provider;
  }
}
