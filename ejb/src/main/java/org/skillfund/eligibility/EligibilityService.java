package org.skillfund.eligibility;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.skillfund.catalog.CatalogService;
import org.skillfund.catalog.TrainingProduct;
import org.skillfund.shared.AustralianState;
import org.skillfund.shared.InvalidRequestException;

/**
 * Checks a learner's eligibility for a program under the rule-set version in force on the course
 * start date, and stores the decision with its full trace. Anyone may check, signed in or not.
 */
@Stateless
@PermitAll
public class EligibilityService {

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private CatalogService catalog;

  @EJB private PublishedVersions published;

  /** Decides and stores one check; refuses an unknown program or course, or impossible dates. */
  public EligibilityCheck check(
      String programCode,
      AustralianState state,
      String courseCode,
      LocalDate courseStartDate,
      LearnerFacts learner,
      String usi) {
    Decided decided = decide(programCode, state, courseCode, courseStartDate, learner, usi);
    EligibilityCheck check =
        EligibilityCheck.record(
            UUID.randomUUID().toString(),
            Instant.now(),
            decided.eligibilityCase(),
            usi,
            decided.decision());
    em.persist(check);
    return check;
  }

  /**
   * Decides as {@link #check} does without storing anything: for showing what the rules say now
   * (e.g. a claim's checks before an officer validates it), not for a decision of record.
   */
  public EligibilityDecision preview(
      String programCode,
      AustralianState state,
      String courseCode,
      LocalDate courseStartDate,
      LearnerFacts learner,
      String usi) {
    return decide(programCode, state, courseCode, courseStartDate, learner, usi).decision();
  }

  private record Decided(EligibilityCase eligibilityCase, EligibilityDecision decision) {}

  private Decided decide(
      String programCode,
      AustralianState state,
      String courseCode,
      LocalDate courseStartDate,
      LearnerFacts learner,
      String usi) {
    Program program =
        Programs.find(programCode)
            .orElseThrow(
                () ->
                    InvalidRequestException.of(
                        "programCode",
                        "must be one of "
                            + String.join(
                                ", ", Programs.ALL.stream().map(Program::code).toList())));
    TrainingProduct course =
        catalog
            .find(courseCode)
            .orElseThrow(
                () ->
                    InvalidRequestException.of(
                        "courseCode", "no training product in the catalogue has this code"));
    if (!learner.dateOfBirth().isBefore(LocalDate.now())) {
      throw InvalidRequestException.of("learner.dateOfBirth", "must be a date in the past");
    }
    if (!learner.dateOfBirth().isBefore(courseStartDate)) {
      throw InvalidRequestException.of(
          "courseStartDate", "must be after the learner's date of birth");
    }
    RuleSetVersion version =
        inForceOn(program, courseStartDate)
            .orElseThrow(
                () ->
                    InvalidRequestException.of(
                        "courseStartDate",
                        "no " + program.code() + " rules are in force on " + courseStartDate));
    EligibilityCase eligibilityCase =
        new EligibilityCase(
            state, CourseFacts.of(course), courseStartDate, learner, fundedStartsOf(usi));
    return new Decided(eligibilityCase, version.decide(eligibilityCase));
  }

  /** A stored check, as it was decided. */
  public Optional<EligibilityCheck> find(String id) {
    return Optional.ofNullable(em.find(EligibilityCheck.class, id));
  }

  /** The published version of the program's rules in force on {@code day}. */
  public Optional<RuleSetVersion> inForceOn(Program program, LocalDate day) {
    return published.inForceOn(program, day);
  }

  private List<FundedStart> fundedStartsOf(String usi) {
    if (usi == null) {
      return List.of();
    }
    return em
        .createQuery("SELECT e FROM LedgerEntry e WHERE e.usi = :usi", LedgerEntry.class)
        .setParameter("usi", usi)
        .getResultList()
        .stream()
        .map(LedgerEntry::toFundedStart)
        .toList();
  }
}
