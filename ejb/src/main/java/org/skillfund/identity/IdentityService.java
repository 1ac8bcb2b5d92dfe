package org.skillfund.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.TreeSet;
import org.skillfund.audit.AuditRecord;
import org.skillfund.audit.AuditService;

/** Checks sign-in credentials against the stored PBKDF2 hashes and audits every attempt. */
@Stateless
@PermitAll
public class IdentityService {

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  /**
   * Checked when the user name is unknown, so that a wrong name takes as long as a wrong password
   * and response times do not tell which user names exist.
   */
  private static final String UNKNOWN_USER_HASH = PasswordHash.of("no such user".toCharArray());

  @EJB private AuditService audit;

  @EJB private VerifiedPasswords verifiedPasswords;

  /**
   * The account whose password this is, if it is enabled; {@code channel} says how the person
   * signed in ("form" or "api") and goes into the audit trail, as does every failure.
   */
  public Optional<UserAccount> authenticate(
      String username, char[] password, String channel, boolean auditSuccess) {
    UserAccount account =
        username == null || username.isBlank() ? null : em.find(UserAccount.class, username);
    boolean passwordMatches;
    if (account == null) {
      PasswordHash.matches(password, UNKNOWN_USER_HASH); // as slow as a wrong password
      passwordMatches = false;
    } else {
      passwordMatches = verifiedPasswords.matches(password, account.getPasswordHash());
    }
    boolean valid = account != null && account.isEnabled() && passwordMatches;
    if (!valid) {
      String reason =
          account == null ? "unknown user" : account.isEnabled() ? "wrong password" : "disabled";
      audit.recordIndependently(
          new AuditRecord(
              "anonymous",
              "",
              "SIGN_IN_FAILED",
              "UserAccount",
              truncate(username),
              "Failed " + channel + " sign-in as '" + truncate(username) + "': " + reason,
              null,
              null));
      return Optional.empty();
    }
    if (auditSuccess) {
      audit.recordIndependently(
          new AuditRecord(
              account.getUsername(),
              String.join(",", new TreeSet<>(account.roleNames())),
              "SIGN_IN",
              "UserAccount",
              account.getUsername(),
              "Signed in through the " + channel,
              null,
              null));
    }
    return Optional.of(account);
  }

  private static String truncate(String username) {
    if (username == null) {
      return "";
    }
    return username.length() > 60 ? username.substring(0, 60) : username;
  }
}
