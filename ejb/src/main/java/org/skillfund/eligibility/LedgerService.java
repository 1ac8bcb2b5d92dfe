package org.skillfund.eligibility;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.skillfund.audit.AuditService;
import org.skillfund.catalog.CatalogService;
import org.skillfund.catalog.TrainingProduct;
import org.skillfund.identity.Role;
import org.skillfund.shared.ConflictException;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.InvalidRequestException.FieldProblem;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.UsiValidator;

/**
 * The entitlement ledger: every government-funded course start of a learner, keyed by USI, across
 * providers and programs. The eligibility rules read it ("one JobTrainer qualification at a time",
 * the state program's limits). Enrolments will write it; until then an administrator records starts
 * known from other systems. Every write is audited.
 */
@Stateless
public class LedgerService {

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private AuditService audit;

  @EJB private CatalogService catalog;

  /** A learner's funded starts, oldest first. */
  @RolesAllowed({Role.Names.OFFICER, Role.Names.DELEGATE, Role.Names.AUDITOR, Role.Names.ADMIN})
  public List<LedgerEntry> startsOf(String usi) {
    if (usi == null || !UsiValidator.isValidUsi(usi)) {
      throw InvalidRequestException.of("usi", "must be a valid USI");
    }
    return em.createQuery(
            "SELECT e FROM LedgerEntry e WHERE e.usi = :usi ORDER BY e.startDate, e.id",
            LedgerEntry.class)
        .setParameter("usi", usi)
        .getResultList();
  }

  /** Records a funded start; the course's type and AQF level come from the catalogue. */
  @RolesAllowed(Role.Names.ADMIN)
  public LedgerEntry recordStart(
      String usi,
      String programCode,
      String courseCode,
      LocalDate startDate,
      LocalDate endDate,
      String reason) {
    List<FieldProblem> problems = new ArrayList<>();
    if (usi == null || !UsiValidator.isValidUsi(usi)) {
      problems.add(new FieldProblem("usi", "must be a valid USI"));
    }
    if (Programs.find(programCode).isEmpty()) {
      problems.add(new FieldProblem("programCode", "is not a program Skillfund knows"));
    }
    TrainingProduct course = courseCode == null ? null : catalog.find(courseCode).orElse(null);
    if (course == null) {
      problems.add(
          new FieldProblem("courseCode", "no training product in the catalogue has this code"));
    }
    if (startDate == null) {
      problems.add(new FieldProblem("startDate", "is required"));
    } else if (endDate != null && endDate.isBefore(startDate)) {
      problems.add(new FieldProblem("endDate", "must not be before the start date"));
    }
    if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
      problems.add(new FieldProblem("reason", "must say where the start is known from"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    CourseFacts facts = CourseFacts.of(course);
    LedgerEntry entry =
        new LedgerEntry(
            UUID.randomUUID().toString(),
            usi,
            new FundedStart(
                programCode,
                facts.code(),
                facts.isQualification(),
                facts.aqfLevel(),
                startDate,
                endDate));
    em.persist(entry);
    audit.record(
        "LEDGER_START_RECORDED",
        "LedgerEntry",
        entry.getId(),
        "Funded start of "
            + usi
            + " in "
            + facts.code()
            + " under "
            + programCode
            + " from "
            + startDate
            + (endDate == null ? "" : " to " + endDate),
        reason.strip(),
        null);
    return entry;
  }

  /** Records the day a funded start ended (completion or withdrawal). */
  @RolesAllowed(Role.Names.ADMIN)
  public LedgerEntry endStart(String id, LocalDate endDate, String reason) {
    LedgerEntry entry = em.find(LedgerEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (entry == null) {
      throw new NotFoundException("No ledger entry " + id + ".");
    }
    if (entry.getEndDate() != null) {
      throw new ConflictException("This start already ended on " + entry.getEndDate() + ".");
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (endDate == null || endDate.isBefore(entry.getStartDate())) {
      problems.add(new FieldProblem("endDate", "must be on or after " + entry.getStartDate()));
    }
    if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
      problems.add(new FieldProblem("reason", "must say why the start ended"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    entry.end(endDate);
    audit.record(
        "LEDGER_START_ENDED",
        "LedgerEntry",
        id,
        "Funded start of " + entry.getUsi() + " in " + entry.getCourseCode() + " ended " + endDate,
        reason.strip(),
        null);
    return entry;
  }

  /**
   * Records the funded start an enrolment takes, in the enrolment's transaction (the enrolment
   * service has locked the learner and audits the enrolment as a whole).
   */
  @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_STAFF})
  public LedgerEntry startForEnrolment(
      String usi, String programCode, TrainingProduct course, LocalDate startDate) {
    LedgerEntry entry =
        new LedgerEntry(
            UUID.randomUUID().toString(),
            usi,
            new FundedStart(
                programCode,
                course.getCode(),
                CourseFacts.of(course).isQualification(),
                CourseFacts.of(course).aqfLevel(),
                startDate,
                null));
    em.persist(entry);
    return entry;
  }

  /**
   * Gives back the funded start of an enrolment withdrawn before commencement: the start never
   * happened, so it no longer counts against any limit. The caller audits it.
   */
  @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_STAFF, Role.Names.OFFICER})
  public void cancelForEnrolment(String id) {
    LedgerEntry entry = em.find(LedgerEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (entry != null) {
      em.remove(entry);
    }
  }

  /** Ends the funded start of an enrolment completed or withdrawn after commencement. */
  @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_STAFF})
  public void endForEnrolment(String id, LocalDate endDate) {
    LedgerEntry entry = em.find(LedgerEntry.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (entry != null && entry.getEndDate() == null) {
      entry.end(endDate.isBefore(entry.getStartDate()) ? entry.getStartDate() : endDate);
    }
  }
}
