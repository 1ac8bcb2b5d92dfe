package org.skillfund.program;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.skillfund.audit.AuditService;
import org.skillfund.catalog.CatalogService;
import org.skillfund.catalog.TrainingProduct;
import org.skillfund.eligibility.Programs;
import org.skillfund.identity.Callers;
import org.skillfund.identity.Role;
import org.skillfund.shared.AustralianState;
import org.skillfund.shared.ConflictException;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.InvalidRequestException.FieldProblem;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.Page;
import org.skillfund.shared.PageRequest;
import org.skillfund.shared.PagedQuery;

/**
 * Funding programs (issue 6): program managers define them and change their budgets; everyone who
 * works with the scheme reads them. Budgets are committed and released here, by conditional updates
 * inside the approving transaction, so no number of servers or concurrent delegates can commit more
 * than a budget or a provider cap holds.
 */
@Stateless
public class ProgramService {

  private static final String MANAGER = Role.Names.PROGRAM_MANAGER;
  private static final String DELEGATE = Role.Names.DELEGATE;

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private AuditService audit;

  @EJB private CatalogService catalog;

  @EJB private Callers callers;

  @Inject private Validator validator;

  /** A new program with its budgets (each budget's first version). */
  @RolesAllowed(MANAGER)
  public FundingProgram create(ProgramDefinition d, String reason) {
    List<FieldProblem> problems = problemsOf(d);
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("reason", "is required: say why the program is created"));
    }
    if (problems.isEmpty() && em.find(FundingProgram.class, d.code()) != null) {
      problems.add(new FieldProblem("code", "is already a program"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    String user = callers.current().username();
    Instant now = Instant.now();
    FundingProgram program =
        new FundingProgram(
            d.code(),
            d.name().strip(),
            d.ruleProgramCode(),
            d.opensOn(),
            d.closesOn(),
            d.feeRule(),
            d.feeCapCents(),
            d.providerCapCents(),
            user,
            now);
    d.streams().forEach(s -> program.addStream(new ProgramStream(s.code(), s.name().strip())));
    offer(program, d);
    em.persist(program);
    em.flush(); // budgets refer to the program and its streams
    long total = 0;
    for (ProgramDefinition.Budget b : d.budgets()) {
      BudgetKey key = new BudgetKey(d.code(), b.state(), b.streamCode());
      em.persist(new ProgramBudget(key, b.cents()));
      em.flush();
      em.persist(
          new BudgetChange(
              UUID.randomUUID().toString(), key, 1, null, b.cents(), user, now, reason));
      total += b.cents();
    }
    audit.record(
        "PROGRAM_CREATED",
        "FundingProgram",
        d.code(),
        d.name()
            + ": window "
            + d.opensOn()
            + " to "
            + d.closesOn()
            + ", "
            + d.budgets().size()
            + " budgets totalling "
            + Money.format(total)
            + ", "
            + d.courses().size()
            + " eligible course-state pairs, provider cap "
            + Money.format(d.providerCapCents()),
        reason,
        null);
    return program;
  }

  /**
   * Changes what a program manager may change after creation: name, window, fee rule, provider cap,
   * eligible courses, prices and targets. Streams and budgets stay (budgets change one at a time,
   * as versions); prices already on applications stay as they were when saved. The cap cannot drop
   * below what a provider already holds.
   */
  @RolesAllowed(MANAGER)
  public FundingProgram redefine(String code, ProgramDefinition d, String reason) {
    FundingProgram program = existing(code, LockModeType.PESSIMISTIC_WRITE);
    List<FieldProblem> problems = problemsOf(d);
    if (problems.isEmpty()) {
      if (!code.equals(d.code())) {
        problems.add(new FieldProblem("code", "cannot change"));
      }
      if (!program.getRuleProgramCode().equals(d.ruleProgramCode())) {
        problems.add(new FieldProblem("ruleProgramCode", "cannot change"));
      }
      List<String> streams = program.getStreams().stream().map(ProgramStream::getCode).toList();
      if (!d.streams().stream().map(ProgramDefinition.Stream::code).toList().equals(streams)) {
        problems.add(new FieldProblem("streams", "cannot change; they are " + streams));
      }
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("reason", "is required: say why the program changes"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    Object most =
        em.createNativeQuery(
                "SELECT COALESCE(MAX(committed_cents), 0) FROM provider_commitment"
                    + " WHERE program_code = ?1")
            .setParameter(1, code)
            .getSingleResult();
    if (((Number) most).longValue() > d.providerCapCents()) {
      throw new ConflictException(
          "The provider cap cannot drop below the "
              + Money.format(((Number) most).longValue())
              + " a provider already holds under "
              + code
              + ".");
    }
    program.redefine(
        d.name().strip(),
        d.opensOn(),
        d.closesOn(),
        d.feeRule(),
        d.feeCapCents(),
        d.providerCapCents());
    offer(program, d);
    audit.record(
        "PROGRAM_CHANGED",
        "FundingProgram",
        code,
        d.name()
            + ": window "
            + d.opensOn()
            + " to "
            + d.closesOn()
            + ", "
            + d.courses().size()
            + " eligible course-state pairs, "
            + d.prices().size()
            + " prices, provider cap "
            + Money.format(d.providerCapCents()),
        reason.strip(),
        null);
    return program;
  }

  /**
   * Sets one budget to a new amount as its next version. A budget can never drop below what
   * approvals have already committed against it: the update itself says so, so a concurrent
   * approval cannot slip in between a check and the change.
   */
  @RolesAllowed(MANAGER)
  public ProgramBudget changeBudget(
      String programCode, AustralianState state, String streamCode, long newCents, String reason) {
    List<FieldProblem> problems = new ArrayList<>();
    if (newCents < 0) {
      problems.add(new FieldProblem("cents", "must not be negative"));
    }
    if (reason == null || reason.isBlank()) {
      problems.add(new FieldProblem("reason", "is required: say why the budget changes"));
    } else if (reason.length() > 2000) {
      problems.add(new FieldProblem("reason", "must be at most 2000 characters"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    BudgetKey key = new BudgetKey(programCode, state, streamCode);
    ProgramBudget before = budget(key);
    em.refresh(before);
    long oldCents = before.getBudgetCents();
    int version = before.getVersionNo() + 1;
    // The audit chain head first, then the budget row: the order every decision takes them in.
    // While this transaction holds the head no approval can commit against the budget either.
    audit.record(
        "BUDGET_CHANGED",
        "FundingProgram",
        programCode,
        state
            + " "
            + streamCode
            + " budget changed from "
            + Money.format(oldCents)
            + " to "
            + Money.format(newCents)
            + " (version "
            + version
            + "; committed "
            + Money.format(before.getCommittedCents())
            + ")",
        reason.strip(),
        null);
    int changed =
        em.createNativeQuery(
                "UPDATE program_budget SET budget_cents = ?1, version_no = version_no + 1"
                    + " WHERE program_code = ?2 AND state = ?3 AND stream_code = ?4"
                    + " AND committed_cents <= ?1")
            .setParameter(1, newCents)
            .setParameter(2, programCode)
            .setParameter(3, state.name())
            .setParameter(4, streamCode)
            .executeUpdate();
    em.refresh(before);
    if (changed == 0) {
      throw new ConflictException(
          "The "
              + state
              + " "
              + streamCode
              + " budget cannot drop below the "
              + Money.format(before.getCommittedCents())
              + " already committed to approved places.");
    }
    em.persist(
        new BudgetChange(
            UUID.randomUUID().toString(),
            key,
            before.getVersionNo(),
            oldCents,
            newCents,
            callers.current().username(),
            Instant.now(),
            reason.strip()));
    return before;
  }

  /** Programs, a page at a time, newest window first. */
  @RolesAllowed({
    Role.Names.PROVIDER_ADMIN,
    Role.Names.PROVIDER_STAFF,
    Role.Names.OFFICER,
    DELEGATE,
    MANAGER,
    Role.Names.AUDITOR,
    Role.Names.ADMIN
  })
  public Page<FundingProgram> list(PageRequest request) {
    return PagedQuery.of(em, FundingProgram.class, "p").page("p.opensOn DESC, p.code ASC", request);
  }

  /** One program with its courses and prices loaded. */
  @RolesAllowed({
    Role.Names.PROVIDER_ADMIN,
    Role.Names.PROVIDER_STAFF,
    Role.Names.OFFICER,
    DELEGATE,
    MANAGER,
    Role.Names.AUDITOR,
    Role.Names.ADMIN
  })
  public FundingProgram find(String code) {
    FundingProgram program = existing(code, LockModeType.NONE);
    program.getCourses().size();
    program.getPrices().size();
    return program;
  }

  /** The program's budgets by state and stream, with their counters as they are now. */
  @RolesAllowed({
    Role.Names.PROVIDER_ADMIN,
    Role.Names.PROVIDER_STAFF,
    Role.Names.OFFICER,
    DELEGATE,
    MANAGER,
    Role.Names.AUDITOR,
    Role.Names.ADMIN
  })
  public List<ProgramBudget> budgets(String code) {
    existing(code, LockModeType.NONE);
    List<ProgramBudget> budgets =
        em.createQuery(
                "SELECT b FROM ProgramBudget b WHERE b.key.programCode = :p"
                    + " ORDER BY b.key.state, b.key.streamCode",
                ProgramBudget.class)
            .setParameter("p", code)
            .getResultList();
    budgets.forEach(em::refresh);
    return budgets;
  }

  /** Every version of the program's budgets, newest first. */
  @RolesAllowed({MANAGER, DELEGATE, Role.Names.OFFICER, Role.Names.AUDITOR})
  public Page<BudgetChange> budgetChanges(String code, PageRequest request) {
    existing(code, LockModeType.NONE);
    return PagedQuery.of(em, BudgetChange.class, "c")
        .where("c.programCode = :p", "p", code)
        .page("c.changedAt DESC, c.versionNo DESC", request);
  }

  /**
   * Commits money against budgets and the provider's cap, in the caller's transaction. Budgets are
   * taken in one fixed order so concurrent approvals never deadlock; each is a conditional update
   * that only succeeds while enough remains, so nothing is ever over-committed. Refuses with the
   * remaining amount (and the transaction rolls back) when one does not have enough.
   */
  @RolesAllowed(DELEGATE)
  public void commit(String programCode, String providerId, List<Commitment> commitments) {
    FundingProgram program = existing(programCode, LockModeType.NONE);
    long total = 0;
    for (Commitment c : sorted(commitments)) {
      int changed =
          updateBudget(
              "committed_cents = committed_cents + ?1", "budget_cents - committed_cents >= ?1", c);
      if (changed == 0) {
        ProgramBudget budget = budget(c.key());
        em.refresh(budget);
        throw new BudgetExhaustedException(
            "the " + c.key().getState() + " " + c.key().getStreamCode() + " budget",
            budget.getRemainingCents(),
            c.cents());
      }
      total += c.cents();
    }
    int capped =
        em.createNativeQuery(
                "UPDATE provider_commitment SET committed_cents = committed_cents + ?1"
                    + " WHERE program_code = ?2 AND provider_id = ?3 AND committed_cents + ?1 <= ?4")
            .setParameter(1, total)
            .setParameter(2, programCode)
            .setParameter(3, providerId)
            .setParameter(4, program.getProviderCapCents())
            .executeUpdate();
    if (capped == 0) {
      long committed = providerCommitted(programCode, providerId);
      throw new BudgetExhaustedException(
          "the provider cap of " + Money.format(program.getProviderCapCents()),
          Math.max(0, program.getProviderCapCents() - committed),
          total);
    }
  }

  /** Gives back money a decline or a reduction no longer needs, in the caller's transaction. */
  @RolesAllowed(DELEGATE)
  public void release(String programCode, String providerId, List<Commitment> commitments) {
    long total = 0;
    for (Commitment c : sorted(commitments)) {
      int changed =
          updateBudget(
              "committed_cents = committed_cents - ?1", "committed_cents - spent_cents >= ?1", c);
      if (changed == 0) {
        throw new ConflictException(
            "The " + c.key() + " budget has less uncommitted-but-unspent money than is released.");
      }
      total += c.cents();
    }
    em.createNativeQuery(
            "UPDATE provider_commitment SET committed_cents = committed_cents - ?1"
                + " WHERE program_code = ?2 AND provider_id = ?3 AND committed_cents >= ?1")
        .setParameter(1, total)
        .setParameter(2, programCode)
        .setParameter(3, providerId)
        .executeUpdate();
  }

  /** What a provider has been committed under a program so far. */
  @RolesAllowed({
    Role.Names.PROVIDER_ADMIN,
    Role.Names.PROVIDER_STAFF,
    Role.Names.OFFICER,
    DELEGATE,
    MANAGER,
    Role.Names.AUDITOR
  })
  public long providerCommitted(String programCode, String providerId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT committed_cents FROM provider_commitment"
                    + " WHERE program_code = ?1 AND provider_id = ?2")
            .setParameter(1, programCode)
            .setParameter(2, providerId)
            .getResultList();
    return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
  }

  /**
   * One conditional update of one budget row: {@code assignment} and {@code condition} use ?1 for
   * the commitment's cents; the row changes only when the condition holds. Returns rows changed.
   */
  private int updateBudget(String assignment, String condition, Commitment c) {
    return em.createNativeQuery(
            "UPDATE program_budget SET "
                + assignment
                + " WHERE program_code = ?2 AND state = ?3 AND stream_code = ?4 AND "
                + condition)
        .setParameter(1, c.cents())
        .setParameter(2, c.key().getProgramCode())
        .setParameter(3, c.key().getState().name())
        .setParameter(4, c.key().getStreamCode())
        .executeUpdate();
  }

  private static void offer(FundingProgram program, ProgramDefinition d) {
    program.offer(
        d.courses().stream()
            .map(c -> new ProgramCourse(c.courseCode(), c.state(), c.priority()))
            .toList(),
        d.prices().stream()
            .map(p -> new CoursePrice(p.courseCode(), p.commencementCents(), p.completionCents()))
            .toList(),
        d.targets().stream().map(t -> new PlaceTarget(t.state(), t.places())).toList());
  }

  /** The program, without loading its course lists, or 404. */
  private FundingProgram existing(String code, LockModeType lock) {
    FundingProgram program = code == null ? null : em.find(FundingProgram.class, code, lock);
    if (program == null) {
      throw new NotFoundException("No program " + code + ".");
    }
    return program;
  }

  private ProgramBudget budget(BudgetKey key) {
    ProgramBudget budget = em.find(ProgramBudget.class, key);
    if (budget == null) {
      throw new NotFoundException("No " + key + " budget.");
    }
    return budget;
  }

  private static List<Commitment> sorted(List<Commitment> commitments) {
    List<Commitment> list = new ArrayList<>(commitments);
    list.sort((a, b) -> a.key().compareTo(b.key()));
    return list;
  }

  /** Everything wrong with a definition, field by field. */
  private List<FieldProblem> problemsOf(ProgramDefinition d) {
    List<FieldProblem> problems = new ArrayList<>();
    for (ConstraintViolation<ProgramDefinition> v : validator.validate(d)) {
      problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
    }
    if (!problems.isEmpty()) {
      return problems;
    }
    if (Programs.find(d.ruleProgramCode()).isEmpty()) {
      problems.add(
          new FieldProblem(
              "ruleProgramCode",
              "must be one of "
                  + Programs.ALL.stream().map(p -> p.code()).toList()
                  + " (the eligibility rules)"));
    }
    if (!d.closesOn().isAfter(d.opensOn())) {
      problems.add(new FieldProblem("closesOn", "must be after opensOn"));
    }
    Set<String> streams = new HashSet<>();
    for (int i = 0; i < d.streams().size(); i++) {
      if (!streams.add(d.streams().get(i).code())) {
        problems.add(new FieldProblem("streams[" + i + "].code", "is listed twice"));
      }
    }
    if (d.budgets().isEmpty()) {
      problems.add(new FieldProblem("budgets", "must give at least one state and stream"));
    }
    Set<String> budgets = new HashSet<>();
    for (int i = 0; i < d.budgets().size(); i++) {
      ProgramDefinition.Budget b = d.budgets().get(i);
      if (!streams.contains(b.streamCode())) {
        problems.add(
            new FieldProblem(
                "budgets[" + i + "].streamCode", "is not one of the program's streams"));
      }
      if (!budgets.add(b.state() + "/" + b.streamCode())) {
        problems.add(new FieldProblem("budgets[" + i + "]", "gives that state and stream twice"));
      }
    }
    if (d.courses().isEmpty()) {
      problems.add(new FieldProblem("courses", "must list at least one eligible course"));
    }
    Set<String> priced = new HashSet<>();
    for (int i = 0; i < d.prices().size(); i++) {
      ProgramDefinition.Price p = d.prices().get(i);
      if (!priced.add(p.courseCode())) {
        problems.add(new FieldProblem("prices[" + i + "].courseCode", "is priced twice"));
      }
      if (p.commencementCents() + p.completionCents() <= 0) {
        problems.add(new FieldProblem("prices[" + i + "]", "must pay something per place"));
      }
    }
    Set<String> listed = new HashSet<>();
    for (int i = 0; i < d.courses().size(); i++) {
      ProgramDefinition.Course c = d.courses().get(i);
      String field = "courses[" + i + "].courseCode";
      Optional<TrainingProduct> product = catalog.find(c.courseCode());
      if (product.isEmpty()) {
        problems.add(new FieldProblem(field, "is not a product in the catalogue"));
      } else if (!product.get().isCurrent()) {
        problems.add(new FieldProblem(field, c.courseCode() + " is superseded"));
      }
      if (!listed.add(c.courseCode() + "/" + c.state())) {
        problems.add(new FieldProblem("courses[" + i + "]", "lists that course and state twice"));
      }
      if (!priced.contains(c.courseCode())) {
        problems.add(new FieldProblem(field, "has no price in prices"));
      }
    }
    Set<AustralianState> targeted = new HashSet<>();
    for (int i = 0; i < d.targets().size(); i++) {
      if (!targeted.add(d.targets().get(i).state())) {
        problems.add(new FieldProblem("targets[" + i + "].state", "is given twice"));
      }
    }
    return problems;
  }
}
