package org.skillfund.placement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillfund.audit.AuditService;
import org.skillfund.catalog.CatalogService;
import org.skillfund.catalog.TrainingProduct;
import org.skillfund.eligibility.EligibilityCheck;
import org.skillfund.eligibility.EligibilityDecision;
import org.skillfund.eligibility.EligibilityService;
import org.skillfund.eligibility.LearnerFacts;
import org.skillfund.eligibility.LedgerEntry;
import org.skillfund.eligibility.LedgerService;
import org.skillfund.identity.Caller;
import org.skillfund.identity.Callers;
import org.skillfund.identity.NewAccounts;
import org.skillfund.identity.Role;
import org.skillfund.identity.UserAccount;
import org.skillfund.program.FundingProgram;
import org.skillfund.program.ProgramService;
import org.skillfund.provider.EvidenceCheck;
import org.skillfund.provider.Provider;
import org.skillfund.provider.ProviderStatus;
import org.skillfund.shared.ConflictException;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.InvalidRequestException.FieldProblem;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.Notifier;
import org.skillfund.shared.Page;
import org.skillfund.shared.PageRequest;
import org.skillfund.shared.PagedQuery;
import org.skillfund.shared.SchemeDate;
import org.skillfund.shared.UsiValidator;
import org.skillfund.shared.WorkflowSteps;

/**
 * Enrolments: a provider enrols a learner into one place of its allocation; the learner confirms or
 * disputes from a one-time mailed link; the provider records commencement, completion or
 * withdrawal; officers resolve disputes.
 *
 * <p>An enrolment runs the program's eligibility rules as of the course start date (which read the
 * entitlement ledger), consumes one place with a conditional update and records the learner's
 * funded start, all in one transaction. Enrolments of one learner are serialised on the learner's
 * row, so two providers enrolling the same learner at once cannot both pass the ledger check.
 *
 * <p>Every method checks role and tenancy: provider users reach only their own provider's
 * allocations and enrolments (others are not found), learners only their own. Every step is
 * audited.
 */
@Stateless
public class EnrolmentService {

  private static final String PROVIDER_ADMIN = Role.Names.PROVIDER_ADMIN;
  private static final String PROVIDER_STAFF = Role.Names.PROVIDER_STAFF;
  private static final String OFFICER = Role.Names.OFFICER;
  private static final String DELEGATE = Role.Names.DELEGATE;
  private static final String MANAGER = Role.Names.PROGRAM_MANAGER;
  private static final String AUDITOR = Role.Names.AUDITOR;
  private static final String LEARNER = Role.Names.LEARNER;
  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private AuditService audit;

  @EJB private Callers callers;

  @EJB private Notifier notifier;

  @EJB private ProgramService programs;

  @EJB private CatalogService catalog;

  @EJB private EligibilityService eligibility;

  @EJB private LedgerService ledger;

  @EJB private LearnerRegister learners;

  @Inject
  @ConfigProperty(name = "skillfund.public-url", defaultValue = "http://localhost:8080/skillfund/")
  private String publicUrl;

  // ---------------------------------------------------------------------------------------------
  // The provider's work
  // ---------------------------------------------------------------------------------------------

  /**
   * Enrols a learner into one place of the caller's own allocation, and mails the learner a
   * one-time link to confirm or dispute it. Refuses, naming the rule or the field: the learner is
   * not eligible on the start date (409, the failed rules), already holds a place the ledger counts
   * (409), no place is left (409), a field is wrong (400).
   */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF})
  public Enrolment enrol(EnrolmentInput input) {
    return enrol(input, null).enrolment();
  }

  /**
   * As {@link #enrol(EnrolmentInput)}, with the client's Idempotency-Key: when the caller's
   * provider already made an enrolment with this key for the same allocation, learner and start
   * date, answers that one unchanged (not created); the same key for another enrolment is refused
   * (409).
   */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF})
  public EnrolmentSubmission enrol(EnrolmentInput input, String idempotencyKey) {
    String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
    if (key != null && key.length() > 100) {
      throw InvalidRequestException.of("Idempotency-Key", "must be at most 100 characters");
    }
    if (input == null) {
      throw InvalidRequestException.of("body", "send the enrolment as a JSON object");
    }
    // The learner's lock row first, before this transaction holds a database connection: its own
    // transaction then never waits for a second connection while this one holds the first.
    String lockUsi = input.learner() == null ? null : input.learner().usi();
    if (lockUsi != null && UsiValidator.isValidUsi(lockUsi.strip().toUpperCase())) {
      try {
        learners.ensure(lockUsi.strip().toUpperCase());
      } catch (EJBException createdByAnotherAtTheSameMoment) {
        // the row exists now; the lock below waits for the other enrolment if it still runs
      }
    }
    Caller caller = callers.current();
    Allocation allocation = ownAllocation(caller, input.allocationId());
    approvedProvider(em, caller);
    LearnerIdentity learner = checked(input, allocation);
    FundingProgram program = programs.find(allocation.getProgramCode());
    TrainingProduct course =
        catalog
            .find(allocation.getCourseCode())
            .orElseThrow(() -> new IllegalStateException("allocated course not in catalogue"));

    // One learner at a time, whichever provider or server enrols them.
    learners.lock(learner.usi());
    if (key != null) {
      // after the learner's lock: a retry waits for the first attempt and then sees its enrolment
      Enrolment same = byKey(caller, key);
      if (same != null) {
        if (same.getAllocationId().equals(allocation.getId())
            && same.getUsi().equals(learner.usi())
            && same.getStartDate().equals(input.startDate())) {
          return new EnrolmentSubmission(same, false);
        }
        throw new ConflictException(
            "This Idempotency-Key was already used for another enrolment (" + same.getId() + ").");
      }
    }

    EligibilityCheck check;
    try {
      check =
          eligibility.check(
              program.getRuleProgramCode(),
              allocation.getState(),
              allocation.getCourseCode(),
              input.startDate(),
              new LearnerFacts(
                  learner.dateOfBirth(),
                  input.residency(),
                  input.employmentStatus(),
                  input.schoolStudent(),
                  input.highestAqfLevelHeld()),
              learner.usi());
    } catch (InvalidRequestException e) {
      throw new InvalidRequestException(
          e.problems().stream()
              .map(
                  p ->
                      new FieldProblem(
                          p.field().equals("courseStartDate") ? "startDate" : p.field(),
                          p.message()))
              .toList());
    }
    EligibilityDecision decision = check.decision();
    if (!decision.eligible()) {
      throw notEligible(decision, course);
    }

    LedgerEntry start =
        ledger.startForEnrolment(
            learner.usi(), program.getRuleProgramCode(), course, input.startDate());
    Instant now = Instant.now();
    Enrolment enrolment =
        new Enrolment(
            UUID.randomUUID().toString(),
            allocation,
            learner,
            input.startDate(),
            check.getId(),
            decision.ruleSetVersion(),
            start.getId(),
            caller.username(),
            now);
    enrolment.keyedBy(key);
    em.persist(enrolment);
    sendLink(enrolment, course, now);
    // Everything that concerns this learner only is written now, before the shared rows are
    // touched: the allocation's row and the audit chain head are then held only from their update
    // to the commit, so enrolments into one hot allocation queue as briefly as the database allows.
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (key != null && violates(e, "enrolment_idempotency_uq")) {
        throw new ConflictException(
            "This Idempotency-Key was used at the same moment for another enrolment.");
      }
      throw e;
    }
    int consumed =
        em.createNativeQuery(
                "UPDATE allocation SET places_used = places_used + 1"
                    + " WHERE id = ?1 AND places_used < places")
            .setParameter(1, allocation.getId())
            .executeUpdate();
    if (consumed == 0) {
      // the exception rolls the whole transaction back: no enrolment, start, link or mail stays
      throw new ConflictException(
          "No places left: all "
              + allocation.getPlaces()
              + " places of this allocation ("
              + allocation.getCourseCode()
              + " in "
              + allocation.getState()
              + ") are used.");
    }
    audit.record(
        created(
            caller.username(),
            learner.usi(),
            allocation,
            input.startDate(),
            enrolment.getId(),
            start.getId(),
            decision.ruleSetVersion(),
            check.getId()));
    return new EnrolmentSubmission(enrolment, true);
  }

  /**
   * Withdraws a learner. Before commencement the place and the entitlement come back; after it the
   * funded start ends today and the place stays used.
   */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF})
  public Enrolment withdraw(String id, String reason) {
    Caller caller = callers.current();
    String why = requireReason(reason);
    Enrolment enrolment = locked(caller, id);
    return end(enrolment, EnrolmentAction.WITHDRAW, caller, why, "ENROLMENT_WITHDRAWN");
  }

  /**
   * Records that the learner has started the course (only after they confirmed, and not before the
   * course's start date: 409 naming it).
   */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF})
  public Enrolment commence(String id) {
    Caller caller = callers.current();
    Enrolment enrolment = locked(caller, id);
    EnrolmentStatus to = step(enrolment, EnrolmentAction.COMMENCE, caller);
    refuseBeforeStart(enrolment, EnrolmentAction.COMMENCE);
    enrolment.moveTo(to, caller.username(), Instant.now(), SchemeDate.today(), null);
    audit.record(
        "ENROLMENT_COMMENCED",
        "Enrolment",
        id,
        caller.username() + " recorded that " + enrolment.getUsi() + " commenced",
        null,
        null);
    return enrolment;
  }

  /**
   * Records completion: the allocation counts one place completed, the funded start ends. Not
   * before the course's start date (409 naming it).
   */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF})
  public Enrolment complete(String id) {
    Caller caller = callers.current();
    Enrolment enrolment = locked(caller, id);
    EnrolmentStatus to = step(enrolment, EnrolmentAction.COMPLETE, caller);
    refuseBeforeStart(enrolment, EnrolmentAction.COMPLETE);
    int counted =
        em.createNativeQuery(
                "UPDATE allocation SET places_completed = places_completed + 1"
                    + " WHERE id = ?1 AND places_completed < places_used")
            .setParameter(1, enrolment.getAllocationId())
            .executeUpdate();
    if (counted == 0) {
      throw new IllegalStateException("allocation counters disagree with enrolment " + id);
    }
    if (enrolment.getLedgerEntryId() != null) {
      ledger.endForEnrolment(enrolment.getLedgerEntryId(), SchemeDate.today());
    }
    enrolment.moveTo(to, caller.username(), Instant.now(), SchemeDate.today(), "Completed");
    audit.record(
        "ENROLMENT_COMPLETED",
        "Enrolment",
        id,
        caller.username() + " recorded that " + enrolment.getUsi() + " completed",
        null,
        null);
    return enrolment;
  }

  // ---------------------------------------------------------------------------------------------
  // The learner's answer
  // ---------------------------------------------------------------------------------------------

  /**
   * The enrolment a confirmation link points to, for the signed-in learner it belongs to; a link
   * that is unknown or another learner's is not found.
   */
  @RolesAllowed(LEARNER)
  public Enrolment byLink(String token) {
    Caller caller = callers.current();
    return ownByLink(caller, token, false).enrolment();
  }

  /** The learner confirms the enrolment is theirs; the link is used up. */
  @RolesAllowed(LEARNER)
  public Enrolment confirmByLearner(String token) {
    return answer(token, EnrolmentAction.CONFIRM, null);
  }

  /** The learner says "I did not enrol": the enrolment is flagged to the officers. */
  @RolesAllowed(LEARNER)
  public Enrolment disputeByLearner(String token, String reason) {
    String why =
        reason == null || reason.isBlank()
            ? "The learner says they did not enrol."
            : requireReason(reason);
    return answer(token, EnrolmentAction.DISPUTE, why);
  }

  /** The signed-in learner's own enrolments (by the USI their account is tied to), newest first. */
  @RolesAllowed(LEARNER)
  public List<Enrolment> mine() {
    String usi = usiOf(callers.current());
    if (usi == null) {
      return List.of();
    }
    return em.createQuery(
            "SELECT e FROM Enrolment e WHERE e.usi = :usi ORDER BY e.createdAt DESC",
            Enrolment.class)
        .setParameter("usi", usi)
        .getResultList();
  }

  // ---------------------------------------------------------------------------------------------
  // The department's work
  // ---------------------------------------------------------------------------------------------

  /**
   * An officer resolves a disputed enrolment: {@code CANCEL} (not genuine; the place and the
   * entitlement come back) or {@code REINSTATE} (genuine after all; it counts as confirmed).
   */
  @RolesAllowed(OFFICER)
  public Enrolment resolveDispute(String id, EnrolmentAction action, String reason) {
    Caller caller = callers.current();
    String why = requireReason(reason);
    if (action != EnrolmentAction.CANCEL && action != EnrolmentAction.REINSTATE) {
      throw InvalidRequestException.of("action", "must be CANCEL or REINSTATE");
    }
    Enrolment enrolment = locked(caller, id);
    if (action == EnrolmentAction.CANCEL) {
      return end(enrolment, action, caller, why, "ENROLMENT_CANCELLED");
    }
    EnrolmentStatus to = step(enrolment, action, caller);
    enrolment.moveTo(to, caller.username(), Instant.now(), SchemeDate.today(), why);
    audit.record(
        "ENROLMENT_REINSTATED",
        "Enrolment",
        id,
        caller.username() + " found the disputed enrolment of " + enrolment.getUsi() + " genuine",
        why,
        null);
    return enrolment;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading
  // ---------------------------------------------------------------------------------------------

  /** One enrolment: provider users their own, learners theirs, the department any. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, OFFICER, DELEGATE, MANAGER, AUDITOR, LEARNER})
  public Enrolment find(String id) {
    Caller caller = callers.current();
    Enrolment enrolment = visible(caller, id);
    em.refresh(enrolment);
    return enrolment;
  }

  /**
   * What the caller may do to the enrolment now: neither commencement nor completion before the
   * course's start date.
   */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, OFFICER, DELEGATE, MANAGER, AUDITOR, LEARNER})
  public Set<EnrolmentAction> actions(String id) {
    Caller caller = callers.current();
    Enrolment enrolment = visible(caller, id);
    return EnrolmentWorkflow.actionsFor(
        enrolment.getStatus(), caller.roles(), enrolment.getStartDate(), SchemeDate.today());
  }

  /**
   * Enrolments a page at a time, oldest first: provider users their own provider's, the department
   * all (the officers' dispute queue is {@code status = DISPUTED}).
   */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, OFFICER, DELEGATE, MANAGER, AUDITOR})
  public Page<Enrolment> list(
      EnrolmentStatus status, String allocationId, String usi, PageRequest request) {
    Caller caller = callers.current();
    PagedQuery<Enrolment> query = PagedQuery.of(em, Enrolment.class, "e");
    if (caller.isProviderUser()) {
      query.where("e.providerId = :own", "own", ownId(caller));
    }
    if (status != null) {
      query.where("e.status = :status", "status", status);
    }
    if (allocationId != null && !allocationId.isBlank()) {
      query.where("e.allocationId = :allocation", "allocation", allocationId);
    }
    if (usi != null && !usi.isBlank()) {
      query.where("e.usi = :usi", "usi", usi);
    }
    Page<Enrolment> page = query.page("e.createdAt ASC, e.id ASC", request);
    page.items().forEach(em::refresh);
    return page;
  }

  // ---------------------------------------------------------------------------------------------

  private Enrolment answer(String token, EnrolmentAction action, String reason) {
    Caller caller = callers.current();
    Linked linked = ownByLink(caller, token, true);
    Instant now = Instant.now();
    String refusal = linked.link().refusalAt(now);
    if (refusal != null) {
      throw new ConflictException(refusal);
    }
    Enrolment enrolment = linked.enrolment();
    EnrolmentStatus to = step(enrolment, action, caller);
    linked.link().use(now);
    enrolment.moveTo(to, caller.username(), now, SchemeDate.today(), reason);
    boolean confirmed = action == EnrolmentAction.CONFIRM;
    audit.record(
        confirmed ? "ENROLMENT_CONFIRMED" : "ENROLMENT_DISPUTED",
        "Enrolment",
        enrolment.getId(),
        "The learner "
            + enrolment.getUsi()
            + (confirmed ? " confirmed" : " disputed")
            + " the enrolment in "
            + enrolment.getCourseCode()
            + " by provider "
            + enrolment.getProviderId(),
        reason,
        null);
    if (!confirmed) {
      notifier.sendToProviderAdmins(
          enrolment.getProviderId(),
          "A learner disputed an enrolment",
          "The learner with USI "
              + enrolment.getUsi()
              + " says they did not enrol in "
              + enrolment.getCourseCode()
              + " (enrolment "
              + enrolment.getId()
              + "). The department's officers will look into it; the enrolment cannot be"
              + " claimed meanwhile.");
      notifier.sendToDepartment(
          Role.OFFICER,
          "Disputed enrolment waiting: " + enrolment.getCourseCode(),
          "The learner with USI "
              + enrolment.getUsi()
              + " says they did not enrol in "
              + enrolment.getCourseCode()
              + " with provider "
              + enrolment.getProviderId()
              + " (enrolment "
              + enrolment.getId()
              + "). It is in the disputed enrolments queue: cancel it if it is not genuine, or"
              + " reinstate it.");
    }
    return enrolment;
  }

  private record Linked(EnrolmentLink link, Enrolment enrolment) {}

  private Linked ownByLink(Caller caller, String token, boolean lock) {
    if (token == null || token.isBlank() || token.length() > 100) {
      throw new NotFoundException("This confirmation link is not valid.");
    }
    String hash = EvidenceCheck.sha256(token.strip().getBytes(StandardCharsets.US_ASCII));
    EnrolmentLink link =
        lock
            ? em.find(EnrolmentLink.class, hash, LockModeType.PESSIMISTIC_WRITE)
            : em.find(EnrolmentLink.class, hash);
    if (link == null) {
      throw new NotFoundException("This confirmation link is not valid.");
    }
    if (lock) {
      em.refresh(link);
    }
    Enrolment enrolment =
        lock
            ? em.find(Enrolment.class, link.getEnrolmentId(), LockModeType.PESSIMISTIC_WRITE)
            : em.find(Enrolment.class, link.getEnrolmentId());
    String usi = usiOf(caller);
    if (enrolment == null || usi == null || !usi.equals(enrolment.getUsi())) {
      // another learner's link: as if it did not exist
      throw new NotFoundException("This confirmation link is not valid.");
    }
    em.refresh(enrolment);
    return new Linked(link, enrolment);
  }

  /** Withdrawal or cancellation: gives the place and entitlement back when not yet commenced. */
  private Enrolment end(
      Enrolment enrolment, EnrolmentAction action, Caller caller, String why, String event) {
    EnrolmentStatus from = enrolment.getStatus();
    EnrolmentStatus to = step(enrolment, action, caller);
    String what;
    if (EnrolmentWorkflow.returnsPlace(from)) {
      int returned =
          em.createNativeQuery(
                  "UPDATE allocation SET places_used = places_used - 1"
                      + " WHERE id = ?1 AND places_used > places_completed")
              .setParameter(1, enrolment.getAllocationId())
              .executeUpdate();
      if (returned == 0) {
        throw new IllegalStateException("allocation counters disagree with enrolment");
      }
      String ledgerId = enrolment.getLedgerEntryId();
      if (ledgerId != null) {
        ledger.cancelForEnrolment(ledgerId);
        enrolment.releaseEntitlement();
      }
      what = "; the place and the funded start " + ledgerId + " were given back";
    } else {
      if (enrolment.getLedgerEntryId() != null) {
        ledger.endForEnrolment(enrolment.getLedgerEntryId(), SchemeDate.today());
      }
      what = "; the course had commenced, so the place stays used and the funded start ended";
    }
    enrolment.moveTo(to, caller.username(), Instant.now(), SchemeDate.today(), why);
    audit.record(
        event,
        "Enrolment",
        enrolment.getId(),
        caller.username()
            + " "
            + action.words()
            + " the enrolment of "
            + enrolment.getUsi()
            + " in "
            + enrolment.getCourseCode()
            + " (was "
            + from.words()
            + ")"
            + what,
        why,
        null);
    return enrolment;
  }

  private void sendLink(Enrolment enrolment, TrainingProduct course, Instant now) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    em.persist(
        new EnrolmentLink(
            EvidenceCheck.sha256(token.getBytes(StandardCharsets.US_ASCII)),
            enrolment.getId(),
            now));
    notifier.send(
        enrolment.getEmail(),
        EnrolmentMail.subject(course),
        EnrolmentMail.body(
            enrolment.getGivenName(), course, enrolment.getStartDate(), publicUrl, token));
  }

  private ConflictException notEligible(EligibilityDecision decision, TrainingProduct course) {
    return new ConflictException(EnrolmentRefusals.notEligible(decision, course));
  }

  private LearnerIdentity checked(EnrolmentInput input, Allocation allocation) {
    List<FieldProblem> problems = new ArrayList<>();
    LearnerIdentity l = input.learner();
    if (l == null) {
      throw InvalidRequestException.of("learner", "is required");
    }
    String usi = l.usi() == null ? null : l.usi().strip().toUpperCase();
    if (usi == null || !UsiValidator.isValidUsi(usi)) {
      problems.add(new FieldProblem("learner.usi", "must be a valid USI"));
    }
    name(problems, "learner.givenName", l.givenName());
    name(problems, "learner.familyName", l.familyName());
    LocalDate today = SchemeDate.today();
    if (l.dateOfBirth() == null) {
      problems.add(new FieldProblem("learner.dateOfBirth", "is required"));
    } else if (!l.dateOfBirth().isBefore(today)) {
      problems.add(new FieldProblem("learner.dateOfBirth", "must be a date in the past"));
    }
    if (l.email() == null || !NewAccounts.isEmail(l.email().strip())) {
      problems.add(new FieldProblem("learner.email", "must be an e-mail address"));
    }
    LocalDate start = input.startDate();
    if (start == null) {
      problems.add(new FieldProblem("startDate", "is required"));
    } else if (start.isBefore(allocation.getPeriodFrom())
        || start.isAfter(allocation.getPeriodTo())) {
      problems.add(
          new FieldProblem(
              "startDate",
              "must be within the allocation's period, "
                  + allocation.getPeriodFrom()
                  + " to "
                  + allocation.getPeriodTo()));
    } else if (l.dateOfBirth() != null && !l.dateOfBirth().isBefore(start)) {
      problems.add(new FieldProblem("learner.dateOfBirth", "must be before the start date"));
    }
    if (input.residency() == null) {
      problems.add(new FieldProblem("residency", "is required"));
    }
    if (input.employmentStatus() == null) {
      problems.add(new FieldProblem("employmentStatus", "is required"));
    }
    if (input.highestAqfLevelHeld() != null
        && (input.highestAqfLevelHeld() < 1 || input.highestAqfLevelHeld() > 10)) {
      problems.add(new FieldProblem("highestAqfLevelHeld", "must be an AQF level from 1 to 10"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return new LearnerIdentity(
        usi, l.givenName().strip(), l.familyName().strip(), l.dateOfBirth(), l.email().strip());
  }

  private static void name(List<FieldProblem> problems, String field, String value) {
    if (value == null || value.isBlank() || value.strip().length() > 100) {
      problems.add(new FieldProblem(field, "is required (1 to 100 characters)"));
    }
  }

  private Allocation ownAllocation(Caller caller, String id) {
    Allocation allocation = id == null || id.isBlank() ? null : em.find(Allocation.class, id);
    if (allocation == null || !allocation.getProviderId().equals(caller.providerId())) {
      if (id == null || id.isBlank()) {
        throw InvalidRequestException.of("allocationId", "is required");
      }
      throw new NotFoundException("No allocation " + id + ".");
    }
    em.refresh(allocation);
    return allocation;
  }

  /** The audit event of an enrolment made, single or from a bulk file: the same words for both. */
  static AuditService.Entry created(
      String username,
      String usi,
      Allocation allocation,
      LocalDate startDate,
      String enrolmentId,
      String ledgerEntryId,
      String ruleSetVersion,
      String checkId) {
    return new AuditService.Entry(
        "ENROLMENT_CREATED",
        "Enrolment",
        enrolmentId,
        username
            + " enrolled "
            + usi
            + " in "
            + allocation.getCourseCode()
            + " ("
            + allocation.getState()
            + ", "
            + allocation.getProgramCode()
            + ") from "
            + startDate
            + "; one place of allocation "
            + allocation.getId()
            + " and funded start "
            + ledgerEntryId
            + " taken",
        "Eligible under " + ruleSetVersion + " (check " + checkId + ")",
        ruleSetVersion);
  }

  /** The caller's provider, refused (409) unless it is approved: only those may enrol. */
  static Provider approvedProvider(EntityManager em, Caller caller) {
    Provider provider =
        caller.providerId() == null ? null : em.find(Provider.class, caller.providerId());
    if (provider == null || provider.getStatus() != ProviderStatus.APPROVED) {
      throw new ConflictException(
          "Only an approved provider may enrol learners; yours is "
              + (provider == null
                  ? "unknown"
                  : provider.getStatus().name().toLowerCase().replace('_', ' '))
              + ".");
    }
    return provider;
  }

  private String usiOf(Caller caller) {
    UserAccount account = em.find(UserAccount.class, caller.username());
    return account == null ? null : account.getUsi().orElse(null);
  }

  private Enrolment visible(Caller caller, String id) {
    Enrolment enrolment = id == null ? null : em.find(Enrolment.class, id);
    if (enrolment == null || !caller.maySee(enrolment.getProviderId())) {
      throw new NotFoundException("No enrolment " + id + ".");
    }
    if (caller.roles().equals(Set.of(Role.LEARNER)) && !enrolment.getUsi().equals(usiOf(caller))) {
      throw new NotFoundException("No enrolment " + id + ".");
    }
    return enrolment;
  }

  private Enrolment byKey(Caller caller, String key) {
    List<Enrolment> found =
        em.createQuery(
                "SELECT e FROM Enrolment e WHERE e.providerId = :p AND e.idempotencyKey = :k",
                Enrolment.class)
            .setParameter("p", ownId(caller))
            .setParameter("k", key)
            .getResultList();
    if (found.isEmpty()) {
      return null;
    }
    em.refresh(found.get(0));
    return found.get(0);
  }

  /** Whether the database refused a write for the named unique index (any database's wording). */
  private static boolean violates(Throwable e, String index) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().toLowerCase().contains(index)) {
        return true;
      }
    }
    return false;
  }

  private Enrolment locked(Caller caller, String id) {
    visible(caller, id);
    Enrolment enrolment = em.find(Enrolment.class, id, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(enrolment);
    return enrolment;
  }

  /**
   * Refuses (409, before anything is written) to record commencement or completion before the
   * course's start date: a claim must never rest on training that cannot have happened yet.
   */
  private static void refuseBeforeStart(Enrolment enrolment, EnrolmentAction action) {
    String refusal =
        EnrolmentWorkflow.tooEarly(action, enrolment.getStartDate(), SchemeDate.today());
    if (refusal != null) {
      throw new ConflictException(refusal);
    }
  }

  private static EnrolmentStatus step(Enrolment enrolment, EnrolmentAction action, Caller caller) {
    return WorkflowSteps.next(
        EnrolmentWorkflow.MACHINE, enrolment.getStatus(), action, caller.roles());
  }

  private static String requireReason(String reason) {
    return WorkflowSteps.requireReason(reason);
  }

  private static String ownId(Caller caller) {
    return caller.providerId() == null ? "" : caller.providerId();
  }
}
