package org.skillfund.credential;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.skillfund.audit.AuditService;
import org.skillfund.identity.Caller;
import org.skillfund.identity.Callers;
import org.skillfund.identity.Role;
import org.skillfund.identity.UserAccount;
import org.skillfund.shared.ConflictException;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.InvalidRequestException.FieldProblem;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.Notifier;
import org.skillfund.shared.Page;
import org.skillfund.shared.PageRequest;
import org.skillfund.shared.PagedQuery;
import org.skillfund.shared.UsiValidator;

/**
 * Completions and the Open Badges 3.0 credentials issued for them: a provider records that a
 * learner completed one of its endorsed micro-credentials (one at a time or as CSV), Skillfund
 * signs an OpenBadgeCredential for it, the learner downloads it, anyone verifies it, and the
 * provider can revoke it through the published Bitstring Status List.
 */
@Stateless
public class CredentialService {

  private static final String PROVIDER_STAFF = Role.Names.PROVIDER_STAFF;
  private static final String PROVIDER_ADMIN = Role.Names.PROVIDER_ADMIN;
  private static final String AUDITOR = Role.Names.AUDITOR;
  private static final String LEARNER = Role.Names.LEARNER;
  private static final String ENTITY = "IssuedCredential";
  private static final int MAX_BULK_ROWS = 1000;

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private AuditService audit;
  @EJB private Callers callers;
  @EJB private Notifier notifier;
  @EJB private IssuerKeys keys;
  @EJB private MicroCredentialService microCredentials;

  /**
   * One learner's completion.
   *
   * @param usi the learner's Unique Student Identifier
   * @param learnerName their name as it appears on the badge
   * @param learnerUsername their Skillfund account, if any (they see the badge on their page)
   * @param completedOn when they completed it
   */
  public record CompletionRequest(
      String usi, String learnerName, String learnerUsername, LocalDate completedOn)
      implements java.io.Serializable {}

  /** Records one completion and issues its credential. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF})
  public IssuedCredential recordCompletion(String microCredentialId, CompletionRequest request) {
    return recordCompletions(microCredentialId, List.of(request), "").get(0);
  }

  /**
   * Records completions from CSV ({@code usi,learnerName,completedOn[,learnerUsername]}, a header
   * line optional): every row is checked first and nothing is issued unless all are good.
   */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF})
  public List<IssuedCredential> recordCompletionsCsv(String microCredentialId, String csv) {
    List<CompletionRequest> rows = new ArrayList<>();
    List<FieldProblem> problems = new ArrayList<>();
    List<String> lines = csv == null ? List.of() : csv.lines().toList();
    int row = 0;
    for (String line : lines) {
      if (line.isBlank() || line.toLowerCase(Locale.ROOT).startsWith("usi,")) {
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length < 3 || f.length > 4) {
        problems.add(
            new FieldProblem(
                "rows[" + row + "]",
                "needs usi,learnerName,completedOn and optionally learnerUsername"));
        rows.add(null);
      } else {
        LocalDate on = null;
        try {
          on = LocalDate.parse(f[2].strip());
        } catch (DateTimeParseException e) {
          problems.add(
              new FieldProblem("rows[" + row + "].completedOn", "must be a date like 2026-11-01"));
        }
        rows.add(
            new CompletionRequest(
                f[0].strip(), f[1].strip(), f.length == 4 ? f[3].strip() : null, on));
      }
      row++;
    }
    if (rows.isEmpty()) {
      throw InvalidRequestException.of("csv", "holds no completions");
    }
    if (rows.size() > MAX_BULK_ROWS) {
      throw InvalidRequestException.of("csv", "holds more than " + MAX_BULK_ROWS + " rows");
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return recordCompletions(microCredentialId, rows, "rows");
  }

  private List<IssuedCredential> recordCompletions(
      String microCredentialId, List<CompletionRequest> requests, String prefix) {
    Caller caller = callers.current();
    MicroCredential mc = microCredentials.find(microCredentialId);
    if (!mc.isCurrent(LocalDate.now())) {
      throw new ConflictException(
          "Completions can be recorded only for an endorsed, current micro-credential.");
    }
    List<FieldProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < requests.size(); i++) {
      CompletionRequest r = requests.get(i);
      String at = prefix.isEmpty() ? "" : prefix + "[" + i + "].";
      String usi = r.usi() == null ? null : r.usi().strip().toUpperCase(Locale.ROOT);
      if (usi == null || !UsiValidator.isValidUsi(usi)) {
        problems.add(
            new FieldProblem(at + "usi", "must be a valid 10-character USI (check character)"));
      } else if (!seen.add(usi)) {
        problems.add(new FieldProblem(at + "usi", "is listed twice"));
      } else if (alreadyIssued(mc.getId(), usi)) {
        problems.add(
            new FieldProblem(at + "usi", "already holds a credential for this micro-credential"));
      }
      if (r.learnerName() == null || r.learnerName().isBlank() || r.learnerName().length() > 120) {
        problems.add(new FieldProblem(at + "learnerName", "is required (up to 120 characters)"));
      }
      if (r.completedOn() == null || r.completedOn().isAfter(LocalDate.now())) {
        problems.add(new FieldProblem(at + "completedOn", "is required and not in the future"));
      }
      String username = blankToNull(r.learnerUsername());
      if (username != null) {
        UserAccount account = em.find(UserAccount.class, username);
        if (account == null || !account.getRoles().contains(Role.LEARNER)) {
          problems.add(new FieldProblem(at + "learnerUsername", "is not a learner's account"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    List<IssuedCredential> issued = new ArrayList<>();
    for (CompletionRequest r : requests) {
      issued.add(issue(caller, mc, r));
    }
    return issued;
  }

  private IssuedCredential issue(Caller caller, MicroCredential mc, CompletionRequest r) {
    String usi = r.usi().strip().toUpperCase(Locale.ROOT);
    String username = blankToNull(r.learnerUsername());
    int index = nextStatusIndex();
    // The counter's row is now locked until commit, so issuances run one at a time from here: a
    // second completion of the same learner sent at the same moment sees the first one now.
    if (alreadyIssued(mc.getId(), usi)) {
      throw new ConflictException(
          "The learner "
              + usi
              + " was given this micro-credential a moment ago by another request; nothing was"
              + " recorded twice.");
    }
    Instant now = Instant.now();
    String id = UUID.randomUUID().toString();
    OpenBadgeCredentials.Issuer issuer = keys.issuer();
    String jwt =
        OpenBadgeCredentials.sign(
            issuer,
            OpenBadgeCredentials.credential(
                issuer,
                new OpenBadgeCredentials.Badge(
                    id,
                    keys.url("microcredential?id=" + mc.getId()),
                    mc.getContent(),
                    mc.getProviderName(),
                    r.learnerName().strip(),
                    usi,
                    now,
                    null,
                    keys.statusListUrl(),
                    index)));
    IssuedCredential credential =
        new IssuedCredential(
            id,
            mc.getId(),
            mc.getProviderId(),
            usi,
            r.learnerName().strip(),
            username,
            r.completedOn(),
            index,
            now,
            caller.username(),
            null,
            jwt);
    em.persist(credential);
    audit.record(
        "CREDENTIAL_ISSUED",
        ENTITY,
        id,
        "Recorded completion of \""
            + mc.getContent().getTitle()
            + "\" on "
            + r.completedOn()
            + " and issued an Open Badges 3.0 credential (status entry "
            + index
            + ")",
        null,
        null);
    if (username != null) {
      UserAccount learner = em.find(UserAccount.class, username);
      notifier.send(
          learner.getEmail(),
          "Your credential: " + mc.getContent().getTitle(),
          "Hello "
              + learner.getDisplayName()
              + ",\n\n"
              + mc.getProviderName()
              + " recorded that you completed \""
              + mc.getContent().getTitle()
              + "\". Your Open Badges credential is on your page in Skillfund: "
              + keys.url("my-credentials")
              + "\n\nSkillfund\n");
    }
    return credential;
  }

  /** Revokes an issued credential; the status list shows it revoked from now on. */
  @RolesAllowed(PROVIDER_ADMIN)
  public IssuedCredential revoke(String id, String reason) {
    IssuedCredential credential = visible(callers.current(), id);
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw InvalidRequestException.of("reason", "is required (up to 2000 characters)");
    }
    if (credential.isRevoked()) {
      throw new ConflictException("The credential was already revoked.");
    }
    credential.revoke(callers.current().username(), Instant.now(), reason.strip());
    audit.record(
        "CREDENTIAL_REVOKED",
        ENTITY,
        id,
        "Revoked status entry " + credential.getStatusIndex(),
        reason.strip(),
        null);
    if (credential.getLearnerUsername() != null) {
      UserAccount learner = em.find(UserAccount.class, credential.getLearnerUsername());
      if (learner != null) {
        notifier.send(
            learner.getEmail(),
            "A credential of yours was revoked",
            "Hello "
                + learner.getDisplayName()
                + ",\n\nThe provider revoked a credential issued to you: "
                + reason.strip()
                + "\n\nSkillfund\n");
      }
    }
    return credential;
  }

  /**
   * One issued credential: the learner it was issued to, the issuing provider's staff and auditors
   * see it; anyone else gets 404 (the learner shares the signed file, not the record).
   */
  @RolesAllowed({LEARNER, PROVIDER_ADMIN, PROVIDER_STAFF, AUDITOR})
  public IssuedCredential find(String id) {
    return visible(callers.current(), id);
  }

  /** The caller's own credentials (learners), newest first. */
  @RolesAllowed(LEARNER)
  public List<IssuedCredential> mine() {
    return em.createQuery(
            "SELECT c FROM IssuedCredential c WHERE c.learnerUsername = :me"
                + " ORDER BY c.issuedAt DESC",
            IssuedCredential.class)
        .setParameter("me", callers.current().username())
        .getResultList();
  }

  /** The micro-credential a credential was issued for, as the credential names it. */
  @RolesAllowed({LEARNER, PROVIDER_ADMIN, PROVIDER_STAFF, AUDITOR})
  public MicroCredentialContent achievement(String credentialId) {
    IssuedCredential credential = visible(callers.current(), credentialId);
    MicroCredential mc = em.find(MicroCredential.class, credential.getMicroCredentialId());
    return mc.getContent();
  }

  /** Credentials the caller's provider issued (auditors: all), optionally for one item. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, AUDITOR})
  public Page<IssuedCredential> issued(String microCredentialId, PageRequest request) {
    Caller caller = callers.current();
    PagedQuery<IssuedCredential> query = PagedQuery.of(em, IssuedCredential.class, "c");
    if (caller.isProviderUser()) {
      query.where(
          "c.providerId = :own", "own", caller.providerId() == null ? "" : caller.providerId());
    }
    query.where("c.microCredentialId = :mc", "mc", microCredentialId);
    return query.page("c.issuedAt DESC, c.id ASC", request);
  }

  /** Checks a credential's signature, dates and revocation, saying why it fails. */
  @PermitAll
  public Verification verify(String compactJwt) {
    CredentialVerifier verifier =
        new CredentialVerifier(
            keys.issuer().key(), url -> keys.statusListUrl().equals(url) ? revocationList() : null);
    Verification result = verifier.verify(compactJwt, Instant.now());
    return result;
  }

  /** The revocation status list credential, signed (VC-JWT), for the stable public URL. */
  @PermitAll
  public String statusListJwt() {
    OpenBadgeCredentials.Issuer issuer = keys.issuer();
    return OpenBadgeCredentials.sign(issuer, statusListCredential());
  }

  /** The revocation status list credential as JSON. */
  @PermitAll
  public Map<String, Object> statusListCredential() {
    return OpenBadgeCredentials.statusListCredential(
        keys.issuer(), keys.statusListUrl(), revocationList(), Instant.now());
  }

  /** The issuer profile with its public key, so others can verify offline. */
  @PermitAll
  public Map<String, Object> issuerProfile() {
    OpenBadgeCredentials.Issuer issuer = keys.issuer();
    return Map.of(
        "@context",
        List.of(OpenBadgeCredentials.VC_CONTEXT, OpenBadgeCredentials.OB_CONTEXT),
        "id",
        issuer.id(),
        "type",
        List.of("Profile"),
        "name",
        issuer.name(),
        "publicKeyJwk",
        issuer.key().toPublicJWK().toJSONObject());
  }

  private BitstringStatusList revocationList() {
    List<Integer> revoked =
        em.createQuery(
                "SELECT c.statusIndex FROM IssuedCredential c WHERE c.revokedAt IS NOT NULL",
                Integer.class)
            .getResultList();
    return BitstringStatusList.of(revoked);
  }

  /** The next free status-list entry; the row lock makes it unique across instances. */
  private int nextStatusIndex() {
    em.createNativeQuery(
            "UPDATE credential_status_counter SET next_index = next_index + 1"
                + " WHERE list_id = 'revocation'")
        .executeUpdate();
    Number next =
        (Number)
            em.createNativeQuery(
                    "SELECT next_index FROM credential_status_counter WHERE list_id = 'revocation'")
                .getSingleResult();
    return next.intValue() - 1;
  }

  private boolean alreadyIssued(String microCredentialId, String usi) {
    return !em.createQuery(
            "SELECT c.id FROM IssuedCredential c WHERE c.microCredentialId = :mc AND c.usi = :usi",
            String.class)
        .setParameter("mc", microCredentialId)
        .setParameter("usi", usi)
        .getResultList()
        .isEmpty();
  }

  private IssuedCredential visible(Caller caller, String id) {
    IssuedCredential c = id == null ? null : em.find(IssuedCredential.class, id);
    boolean mayRead =
        c != null
            && (caller.has(Role.AUDITOR)
                || (caller.isProviderUser() && c.getProviderId().equals(caller.providerId()))
                || (caller.has(Role.LEARNER) && caller.username().equals(c.getLearnerUsername())));
    if (!mayRead) {
      throw new NotFoundException("No credential " + id + ".");
    }
    return c;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
