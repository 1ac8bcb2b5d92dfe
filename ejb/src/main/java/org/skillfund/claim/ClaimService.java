package org.skillfund.claim;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.skillfund.audit.AuditService;
import org.skillfund.eligibility.EligibilityCheck;
import org.skillfund.eligibility.EligibilityDecision;
import org.skillfund.eligibility.EligibilityService;
import org.skillfund.identity.Caller;
import org.skillfund.identity.Callers;
import org.skillfund.identity.Role;
import org.skillfund.placement.Allocation;
import org.skillfund.placement.DelegationService;
import org.skillfund.placement.Enrolment;
import org.skillfund.placement.EnrolmentService;
import org.skillfund.placement.EnrolmentStatus;
import org.skillfund.placement.PlacementService;
import org.skillfund.program.BudgetSpending;
import org.skillfund.program.CoursePrice;
import org.skillfund.program.FundingProgram;
import org.skillfund.program.Money;
import org.skillfund.program.ProgramService;
import org.skillfund.provider.ProviderService;
import org.skillfund.provider.ProviderStatus;
import org.skillfund.shared.ConflictException;
import org.skillfund.shared.ForbiddenException;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.Page;
import org.skillfund.shared.PageRequest;
import org.skillfund.shared.PagedQuery;
import org.skillfund.shared.SchemeDate;
import org.skillfund.shared.WorkflowSteps;

/**
 * Claims and payments: a provider claims the commencement part of a confirmed enrolment from the
 * course's start date on and the completion part of a completed one; an officer validates with
 * automatic checks; a delegate approves within their limit (never a claim they validated); a
 * payment batch pays every approved claim, adding to the budgets' spent counters; a paid claim
 * found ineligible later is recovered. A part is claimed at most once (unique constraint); a
 * repeated submission with the same idempotency key answers the same claim. Provider users reach
 * only their own claims.
 */
@Stateless
public class ClaimService {

  private static final String PROVIDER_ADMIN = Role.Names.PROVIDER_ADMIN;
  private static final String PROVIDER_STAFF = Role.Names.PROVIDER_STAFF;
  private static final String OFFICER = Role.Names.OFFICER;
  private static final String DELEGATE = Role.Names.DELEGATE;
  private static final String MANAGER = Role.Names.PROGRAM_MANAGER;
  private static final String AUDITOR = Role.Names.AUDITOR;

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private AuditService audit;

  @EJB private Callers callers;

  @EJB private EnrolmentService enrolments;

  @EJB private PlacementService placements;

  @EJB private ProgramService programs;

  @EJB private ProviderService providers;

  @EJB private EligibilityService eligibility;

  @EJB private DelegationService delegations;

  @EJB private BudgetSpending spending;

  /**
   * Claims one part of the caller's enrolment. With an idempotency key already used for the same
   * enrolment and part, answers that claim unchanged; used for another enrolment or part, refuses
   * (409). Refuses an unconfirmed enrolment, a completion before completion, a part claimed before,
   * and any part before the course's start date (today in Australia/Sydney), naming that date
   * (409); nothing is written then.
   *
   * <p>Submissions for one enrolment are serialised on the enrolment's row, taken before the key is
   * looked up: of simultaneous identical requests the first makes the claim and each later one,
   * once the first is committed, finds it by its key and answers it too. A request that waits
   * longer than the database's lock timeout is refused as in progress (409), never half done.
   */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF})
  public ClaimSubmission submit(String enrolmentId, ClaimKind kind, String idempotencyKey) {
    Caller caller = callers.current();
    if (kind == null) {
      throw InvalidRequestException.of("kind", "must be COMMENCEMENT or COMPLETION");
    }
    String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
    if (key != null && key.length() > 100) {
      throw InvalidRequestException.of("Idempotency-Key", "must be at most 100 characters");
    }
    // tenancy first (another provider's enrolment is not found), then the row lock
    Enrolment enrolment = enrolments.find(enrolmentId);
    try {
      em.refresh(enrolment, LockModeType.PESSIMISTIC_WRITE);
    } catch (PessimisticLockException | LockTimeoutException waitedTooLong) {
      throw inProgress();
    } catch (PersistenceException e) {
      if (lockNotGranted(e)) {
        throw inProgress();
      }
      throw e;
    }
    if (key != null) {
      List<Claim> replay =
          em.createQuery(
                  "SELECT c FROM Claim c WHERE c.providerId = :p AND c.idempotencyKey = :k",
                  Claim.class)
              .setParameter("p", caller.providerId())
              .setParameter("k", key)
              .getResultList();
      if (!replay.isEmpty()) {
        Claim same = replay.get(0);
        if (!same.getEnrolmentId().equals(enrolmentId) || same.getKind() != kind) {
          throw keyUsed(same.getId());
        }
        em.refresh(same);
        return new ClaimSubmission(same, false);
      }
    }
    if (enrolment.getConfirmedAt() == null
        || enrolment.getStatus() == EnrolmentStatus.DISPUTED
        || enrolment.getStatus() == EnrolmentStatus.WITHDRAWN
            && enrolment.getLedgerEntryId() == null) {
      throw new ConflictException(
          "The learner has not confirmed this enrolment (it is "
              + enrolment.getStatus().words()
              + "), so it cannot be claimed.");
    }
    if (kind == ClaimKind.COMPLETION && enrolment.getStatus() != EnrolmentStatus.COMPLETED) {
      throw new ConflictException(
          "The completion part can be claimed once the learner has completed; the enrolment is "
              + enrolment.getStatus().words()
              + ".");
    }
    List<Claim> before = claimsOf(enrolmentId, kind);
    if (!before.isEmpty()) {
      throw new ConflictException(
          "The "
              + kind.name().toLowerCase()
              + " part of this enrolment was already claimed (claim "
              + before.get(0).getId()
              + ").");
    }
    // the department pays for no training that has not begun
    String tooEarly = ClaimChecks.tooEarly(kind, enrolment.getStartDate(), SchemeDate.today());
    if (tooEarly != null) {
      throw new ConflictException(tooEarly);
    }
    Allocation allocation = placements.allocation(enrolment.getAllocationId());
    long amount = price(enrolment, kind);
    Claim claim =
        new Claim(
            UUID.randomUUID().toString(),
            enrolmentId,
            enrolment.getProviderId(),
            enrolment.getProgramCode(),
            allocation.getState().name(),
            allocation.getStreamCode(),
            kind,
            amount,
            key,
            caller.username(),
            Instant.now());
    em.persist(claim);
    try {
      em.flush();
    } catch (PersistenceException sameMoment) {
      // another enrolment's claim took the same key at the same moment (the part itself is
      // guarded by the enrolment's lock, and by claim_once_uq)
      if (key != null && violated(sameMoment, "CLAIM_IDEMPOTENCY_UQ")) {
        throw keyUsed(null);
      }
      throw new ConflictException(
          "The " + kind.name().toLowerCase() + " part of this enrolment was already claimed.");
    }
    audit.record(
        "CLAIM_SUBMITTED",
        "Claim",
        claim.getId(),
        caller.username()
            + " claimed the "
            + kind.name().toLowerCase()
            + " part of enrolment "
            + enrolmentId
            + ": "
            + Money.format(amount),
        null,
        null);
    return new ClaimSubmission(claim, true);
  }

  /**
   * An officer runs the automatic checks; when all pass the claim is validated, otherwise it is
   * refused naming each failed check (the officer may then reject it).
   */
  @RolesAllowed(OFFICER)
  public Claim validate(String id) {
    Caller caller = callers.current();
    Claim claim = locked(caller, id);
    ClaimStatus to = step(claim, ClaimAction.VALIDATE, caller);
    ClaimChecks checks = checks(claim, true);
    if (!checks.allPass()) {
      throw new ConflictException("The claim fails its checks: " + checks.summary());
    }
    claim.validated(caller.username(), Instant.now(), checks.summary());
    if (claim.getStatus() != to) {
      throw new IllegalStateException("workflow and claim disagree");
    }
    audit.record(
        "CLAIM_VALIDATED",
        "Claim",
        id,
        caller.username() + " validated the claim: " + checks.summary(),
        null,
        null);
    return claim;
  }

  /** The automatic checks as they come out now, for showing before validation. */
  @RolesAllowed({OFFICER, DELEGATE, AUDITOR})
  public List<ClaimChecks.Check> checksOf(String id) {
    return checks(visible(callers.current(), id), false).run();
  }

  /** A delegate approves a validated claim, within their limit, unless they validated it. */
  @RolesAllowed(DELEGATE)
  public Claim approve(String id, String reason) {
    Caller caller = callers.current();
    Claim claim = locked(caller, id);
    ClaimStatus to = step(claim, ClaimAction.APPROVE, caller);
    if (caller.username().equals(claim.getValidatedBy())) {
      throw new ForbiddenException("You validated this claim; another delegate must approve it.");
    }
    long limit = delegations.limitOf(caller.username());
    if (claim.getAmountCents() > limit) {
      throw new ForbiddenException(
          "The claim of "
              + Money.format(claim.getAmountCents())
              + " is above your delegation limit of "
              + Money.format(limit)
              + ".");
    }
    String why = reason == null || reason.isBlank() ? "Checks passed" : reason.strip();
    claim.decided(to, caller.username(), Instant.now(), why);
    audit.record(
        "CLAIM_APPROVED",
        "Claim",
        id,
        caller.username() + " approved " + Money.format(claim.getAmountCents()),
        why,
        null);
    return claim;
  }

  /** An officer (before validation) or a delegate (after) rejects a claim, saying why. */
  @RolesAllowed({OFFICER, DELEGATE})
  public Claim reject(String id, String reason) {
    Caller caller = callers.current();
    String why = requireReason(reason);
    Claim claim = locked(caller, id);
    ClaimStatus to = step(claim, ClaimAction.REJECT, caller);
    claim.decided(to, caller.username(), Instant.now(), why);
    audit.record(
        "CLAIM_REJECTED", "Claim", id, caller.username() + " rejected the claim", why, null);
    return claim;
  }

  /**
   * Pays every approved claim in one batch: each budget's spent counter grows by a conditional
   * update (budgets in a fixed order), every claim is marked paid, the batch carries count and
   * total. Refuses when nothing is approved, and pays nothing when a budget has too little left.
   */
  @RolesAllowed(DELEGATE)
  public PaymentBatch pay() {
    Caller caller = callers.current();
    List<Claim> approved =
        em.createQuery(
                "SELECT c FROM Claim c WHERE c.status = :s ORDER BY c.submittedAt, c.id",
                Claim.class)
            .setParameter("s", ClaimStatus.APPROVED)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    approved.forEach(em::refresh);
    approved = approved.stream().filter(c -> c.getStatus() == ClaimStatus.APPROVED).toList();
    if (approved.isEmpty()) {
      throw new ConflictException("No approved claims are waiting for payment.");
    }
    Map<String, Long> perBudget = new TreeMap<>();
    for (Claim c : approved) {
      step(c, ClaimAction.PAY, caller);
      perBudget.merge(
          c.getProgramCode() + "|" + c.getBudgetState() + "|" + c.getStreamCode(),
          c.getAmountCents(),
          Long::sum);
    }
    Instant now = Instant.now();
    PaymentBatch batch = new PaymentBatch(UUID.randomUUID().toString(), caller.username(), now);
    approved.forEach(batch::add);
    em.persist(batch);
    em.flush(); // the batch row first: the claims refer to it
    for (Claim c : approved) {
      c.paid(batch.getId(), now);
      audit.record(
          "CLAIM_PAID",
          "Claim",
          c.getId(),
          Money.format(c.getAmountCents()) + " paid in batch " + batch.getId(),
          null,
          null);
    }
    audit.record(
        "PAYMENT_BATCH_CREATED",
        "PaymentBatch",
        batch.getId(),
        caller.username()
            + " paid "
            + batch.getClaimCount()
            + " claims, "
            + Money.format(batch.getTotalCents())
            + " in all",
        null,
        null);
    // the budget rows last, after the audit chain head, in the order approvals take them
    perBudget.forEach(
        (key, cents) -> {
          String[] k = key.split("\\|");
          spending.spend(k[0], k[1], k[2], cents);
        });
    return batch;
  }

  /**
   * Recovers a paid claim found ineligible later: a negative adjustment of its whole amount, the
   * budget's spent counter reduced, the claim marked recovered.
   */
  @RolesAllowed(DELEGATE)
  public ClaimAdjustment recover(String id, String reason) {
    Caller caller = callers.current();
    String why = requireReason(reason);
    Claim claim = locked(caller, id);
    step(claim, ClaimAction.RECOVER, caller);
    Instant now = Instant.now();
    ClaimAdjustment adjustment =
        ClaimAdjustment.recovering(
            UUID.randomUUID().toString(), claim, why, caller.username(), now);
    em.persist(adjustment);
    claim.recovered(caller.username(), now, why);
    audit.record(
        "CLAIM_RECOVERED",
        "Claim",
        id,
        caller.username()
            + " recovered "
            + Money.format(claim.getAmountCents())
            + " paid in batch "
            + claim.getBatchId()
            + " (adjustment "
            + Money.format(adjustment.getAmountCents())
            + ")",
        why,
        null);
    // the budget row last, after the audit chain head, in the order approvals take them
    spending.refund(
        claim.getProgramCode(),
        claim.getBudgetState(),
        claim.getStreamCode(),
        claim.getAmountCents());
    return adjustment;
  }

  /** One claim: provider users only their own. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, OFFICER, DELEGATE, MANAGER, AUDITOR})
  public Claim find(String id) {
    Claim claim = visible(callers.current(), id);
    em.refresh(claim);
    return claim;
  }

  /** What the caller may do to the claim now. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, OFFICER, DELEGATE, MANAGER, AUDITOR})
  public Set<ClaimAction> actions(String id) {
    Caller caller = callers.current();
    return ClaimWorkflow.actionsFor(visible(caller, id).getStatus(), caller.roles());
  }

  /**
   * The parts already claimed of each of the given enrolments ("enrolmentId|KIND"), whatever the
   * claim's status (a part is claimed once): provider users see only their own provider's.
   */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, OFFICER, DELEGATE, MANAGER, AUDITOR})
  public Set<String> claimedParts(Collection<String> enrolmentIds) {
    if (enrolmentIds.isEmpty()) {
      return Set.of();
    }
    Caller caller = callers.current();
    String jpql = "SELECT c.enrolmentId, c.kind FROM Claim c WHERE c.enrolmentId IN :ids";
    if (caller.isProviderUser()) {
      jpql += " AND c.providerId = :own";
    }
    var query = em.createQuery(jpql, Object[].class).setParameter("ids", enrolmentIds);
    if (caller.isProviderUser()) {
      query.setParameter("own", caller.providerId() == null ? "" : caller.providerId());
    }
    Set<String> parts = new HashSet<>();
    for (Object[] row : query.getResultList()) {
      parts.add(row[0] + "|" + row[1]);
    }
    return parts;
  }

  /** Claims oldest first, a page at a time: provider users their own, the department all. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, OFFICER, DELEGATE, MANAGER, AUDITOR})
  public Page<Claim> list(ClaimStatus status, String batchId, PageRequest request) {
    Caller caller = callers.current();
    PagedQuery<Claim> query = PagedQuery.of(em, Claim.class, "c");
    if (caller.isProviderUser()) {
      query.where(
          "c.providerId = :own", "own", caller.providerId() == null ? "" : caller.providerId());
    }
    if (status != null) {
      query.where("c.status = :status", "status", status);
    }
    if (batchId != null && !batchId.isBlank()) {
      query.where("c.batchId = :batch", "batch", batchId);
    }
    Page<Claim> page = query.page("c.submittedAt ASC, c.id ASC", request);
    page.items().forEach(em::refresh);
    return page;
  }

  /** One payment batch (department only). */
  @RolesAllowed({OFFICER, DELEGATE, MANAGER, AUDITOR})
  public PaymentBatch batch(String id) {
    PaymentBatch batch = id == null ? null : em.find(PaymentBatch.class, id);
    if (batch == null) {
      throw new NotFoundException("No payment batch " + id + ".");
    }
    return batch;
  }

  /** Payment batches, newest first (department only). */
  @RolesAllowed({OFFICER, DELEGATE, MANAGER, AUDITOR})
  public Page<PaymentBatch> batches(PageRequest request) {
    return PagedQuery.of(em, PaymentBatch.class, "b").page("b.createdAt DESC, b.id ASC", request);
  }

  /**
   * The batch's payment file: a header record, one detail record per claim and a trailer with the
   * count and the total, as CSV in the manner of an ABA direct-entry file.
   */
  @RolesAllowed({OFFICER, DELEGATE, MANAGER, AUDITOR})
  public String paymentFile(String id) {
    PaymentBatch batch = batch(id);
    List<Claim> claims =
        em.createQuery(
                "SELECT c FROM Claim c WHERE c.batchId = :b ORDER BY c.providerId, c.id",
                Claim.class)
            .setParameter("b", id)
            .getResultList();
    StringBuilder file = new StringBuilder();
    file.append("record,batch,created_at,created_by\n")
        .append("H,")
        .append(batch.getId())
        .append(',')
        .append(batch.getCreatedAt())
        .append(',')
        .append(batch.getCreatedBy())
        .append('\n')
        .append("record,claim,provider_id,program,kind,enrolment,amount_cents\n");
    long total = 0;
    for (Claim c : claims) {
      total += c.getAmountCents();
      file.append("D,")
          .append(c.getId())
          .append(',')
          .append(c.getProviderId())
          .append(',')
          .append(c.getProgramCode())
          .append(',')
          .append(c.getKind())
          .append(',')
          .append(c.getEnrolmentId())
          .append(',')
          .append(c.getAmountCents())
          .append('\n');
    }
    file.append("record,count,total_cents\n")
        .append("T,")
        .append(claims.size())
        .append(',')
        .append(total)
        .append('\n');
    return file.toString();
  }

  // ---------------------------------------------------------------------------------------------

  private static ConflictException keyUsed(String claimId) {
    return new ConflictException(
        "This Idempotency-Key was already used for another claim"
            + (claimId == null ? "" : " (" + claimId + ")")
            + "; send a new key for a new claim.");
  }

  private static ConflictException inProgress() {
    return new ConflictException(
        "A request for this enrolment is in progress; nothing was changed. Send the same request"
            + " with the same Idempotency-Key again in a moment to get its claim.");
  }

  /**
   * Whether the database gave up waiting for a lock: H2's lock timeout (HYT00) and PostgreSQL's
   * lock_not_available (55P03), which EclipseLink does not always translate to a lock exception.
   */
  private static boolean lockNotGranted(Throwable failure) {
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      if (t instanceof SQLException sql
          && ("HYT00".equals(sql.getSQLState()) || "55P03".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the failure (or a cause) names the constraint, as H2 and PostgreSQL both do. */
  private static boolean violated(Throwable failure, String constraint) {
    for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && message.toUpperCase(Locale.ROOT).contains(constraint)) {
        return true;
      }
    }
    return false;
  }

  /** The automatic checks; {@code store}: the eligibility re-check is kept as evidence. */
  private ClaimChecks checks(Claim claim, boolean store) {
    Enrolment enrolment = enrolments.find(claim.getEnrolmentId());
    Allocation allocation = placements.allocation(enrolment.getAllocationId());
    long others =
        claimsOf(claim.getEnrolmentId(), claim.getKind()).stream()
            .filter(c -> !c.getId().equals(claim.getId()))
            .count();
    boolean eligible;
    String words;
    try {
      EligibilityCheck original =
          eligibility
              .find(enrolment.getEligibilityCheckId())
              .orElseThrow(() -> new IllegalStateException("enrolment without its check"));
      FundingProgram program = programs.find(enrolment.getProgramCode());
      // The ledger rules were checked when the place was taken; the learner's own start would
      // now clash with itself, so the re-check reads the learner's facts only.
      EligibilityDecision now =
          store
              ? eligibility
                  .check(
                      program.getRuleProgramCode(),
                      enrolment.getState(),
                      enrolment.getCourseCode(),
                      enrolment.getStartDate(),
                      original.learner(),
                      null)
                  .decision()
              : eligibility.preview(
                  program.getRuleProgramCode(),
                  enrolment.getState(),
                  enrolment.getCourseCode(),
                  enrolment.getStartDate(),
                  original.learner(),
                  null);
      eligible = now.eligible();
      words =
          "Not eligible on the start date under "
              + now.ruleSetVersion()
              + ": "
              + String.join(", ", now.failedRuleIds())
              + ".";
    } catch (InvalidRequestException e) {
      eligible = false;
      words = "No rules decide the start date any more: " + e.getMessage();
    }
    boolean approvedProvider =
        providers.find(claim.getProviderId()).getStatus() == ProviderStatus.APPROVED;
    return new ClaimChecks(
        claim.getKind(),
        enrolment.getStatus(),
        enrolment.getConfirmedAt() != null,
        enrolment.getStartDate(),
        allocation.getPeriodFrom(),
        allocation.getPeriodTo(),
        others,
        eligible,
        words,
        approvedProvider,
        SchemeDate.today());
  }

  private long price(Enrolment enrolment, ClaimKind kind) {
    FundingProgram program = programs.find(enrolment.getProgramCode());
    CoursePrice price =
        program.getPrices().stream()
            .filter(p -> p.getCourseCode().equals(enrolment.getCourseCode()))
            .findFirst()
            .orElseThrow(() -> new ConflictException("The program has no price for this course."));
    long cents =
        kind == ClaimKind.COMMENCEMENT ? price.getCommencementCents() : price.getCompletionCents();
    if (cents <= 0) {
      throw new ConflictException("The program pays nothing for this part of the course.");
    }
    return cents;
  }

  private List<Claim> claimsOf(String enrolmentId, ClaimKind kind) {
    return em.createQuery(
            "SELECT c FROM Claim c WHERE c.enrolmentId = :e AND c.kind = :k", Claim.class)
        .setParameter("e", enrolmentId)
        .setParameter("k", kind)
        .getResultList();
  }

  private Claim visible(Caller caller, String id) {
    Claim claim = id == null ? null : em.find(Claim.class, id);
    if (claim == null || !caller.maySee(claim.getProviderId())) {
      throw new NotFoundException("No claim " + id + ".");
    }
    return claim;
  }

  private Claim locked(Caller caller, String id) {
    visible(caller, id);
    Claim claim = em.find(Claim.class, id, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(claim);
    return claim;
  }

  private static ClaimStatus step(Claim claim, ClaimAction action, Caller caller) {
    return WorkflowSteps.next(ClaimWorkflow.MACHINE, claim.getStatus(), action, caller.roles());
  }

  private static String requireReason(String reason) {
    return WorkflowSteps.requireReason(reason);
  }
}
