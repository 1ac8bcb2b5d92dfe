package org.skillfund.placement;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.skillfund.audit.AuditRecord;
import org.skillfund.audit.AuditService;
import org.skillfund.identity.NewAccounts;
import org.skillfund.identity.PasswordHash;
import org.skillfund.identity.Role;
import org.skillfund.identity.UserAccount;
import org.skillfund.provider.EvidenceCheck;
import org.skillfund.shared.ConflictException;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.InvalidRequestException.FieldProblem;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.UsiValidator;

/**
 * A learner enrolled by a provider who has no Skillfund account yet creates one from the
 * confirmation link mailed to them, so that they can sign in and confirm or dispute the enrolment.
 *
 * <p>The link alone is not enough: whoever holds it must also give the USI and date of birth the
 * provider enrolled the learner under (so a mail read by someone else cannot be used to take the
 * learner's place). The account is tied to that USI (one account per USI), gets the learner role
 * only and the e-mail address the link was sent to. The link itself stays unused: the learner
 * answers with it after signing in.
 */
@Stateless
@PermitAll
public class LearnerAccounts {

  /** Said for any mismatch, so the page does not reveal which of the two facts was wrong. */
  static final String MISMATCH =
      "does not match, with the date of birth, the enrolment this link was sent for";

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private AuditService audit;

  /**
   * What is wrong with the fields of a new learner account, leaving aside the link and whether the
   * USI and date of birth are the enrolment's: a user name taken or badly formed, a blank display
   * name, a short password, a USI that is not one. Empty if nothing; changes nothing.
   */
  public List<FieldProblem> problems(
      String username, String displayName, String usi, char[] password) {
    List<FieldProblem> problems = NewAccounts.problems(em, username, displayName, password);
    if (!UsiValidator.isValidUsi(givenUsi(usi))) {
      problems.add(new FieldProblem("usi", "must be a valid USI (10 letters and digits)"));
    }
    return problems;
  }

  private static String givenUsi(String usi) {
    return usi == null ? "" : usi.strip().toUpperCase();
  }

  /**
   * Creates the learner's account: 400 naming the fields (user name taken, short password, USI and
   * date of birth not those of the enrolment), 404 for an unknown link, 409 for a used or expired
   * link or a USI that already has an account.
   */
  public UserAccount createFromLink(
      String token,
      String username,
      String displayName,
      String usi,
      LocalDate dateOfBirth,
      char[] password) {
    List<FieldProblem> problems = problems(username, displayName, usi, password);
    String givenUsi = givenUsi(usi);
    if (dateOfBirth == null) {
      problems.add(new FieldProblem("dateOfBirth", "is required"));
    }
    EnrolmentLink link = link(token);
    Instant now = Instant.now();
    String refusal = link.refusalAt(now);
    if (refusal != null) {
      throw new ConflictException(refusal);
    }
    Enrolment enrolment = em.find(Enrolment.class, link.getEnrolmentId());
    if (problems.isEmpty()
        && (!givenUsi.equals(enrolment.getUsi())
            || !dateOfBirth.equals(enrolment.getDateOfBirth()))) {
      problems.add(new FieldProblem("usi", MISMATCH));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    if (!em.createQuery("SELECT a.username FROM UserAccount a WHERE a.usi = :usi", String.class)
        .setParameter("usi", givenUsi)
        .getResultList()
        .isEmpty()) {
      throw new ConflictException(
          "A Skillfund account for this USI exists already: sign in with it to answer.");
    }
    UserAccount account =
        new UserAccount(
            username,
            displayName.strip(),
            enrolment.getEmail(),
            PasswordHash.of(password),
            EnumSet.of(Role.LEARNER),
            null);
    account.linkUsi(givenUsi);
    em.persist(account);
    try {
      em.flush();
    } catch (PersistenceException sameUsiOrNameAtTheSameMoment) {
      throw new ConflictException(
          "An account with this user name or USI was created at the same moment; sign in or"
              + " choose another user name.");
    }
    audit.recordAs(
        AuditRecord.of(
            username,
            Role.LEARNER.name(),
            "LEARNER_ACCOUNT_CREATED",
            "UserAccount",
            username,
            "Learner account created for USI "
                + givenUsi
                + " from the confirmation link of enrolment "
                + enrolment.getId()
                + " (USI and date of birth matched the enrolment)"));
    return account;
  }

  private EnrolmentLink link(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw new NotFoundException("This confirmation link is not valid.");
    }
    String hash = EvidenceCheck.sha256(token.strip().getBytes(StandardCharsets.US_ASCII));
    EnrolmentLink link = em.find(EnrolmentLink.class, hash);
    if (link == null) {
      throw new NotFoundException("This confirmation link is not valid.");
    }
    return link;
  }
}
