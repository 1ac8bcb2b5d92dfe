package org.skillfund.placement;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.skillfund.audit.AuditService;
import org.skillfund.catalog.CatalogService;
import org.skillfund.identity.Caller;
import org.skillfund.identity.Callers;
import org.skillfund.identity.Role;
import org.skillfund.program.BudgetKey;
import org.skillfund.program.Commitment;
import org.skillfund.program.CommitmentRows;
import org.skillfund.program.CoursePrice;
import org.skillfund.program.FundingProgram;
import org.skillfund.program.Money;
import org.skillfund.program.ProgramService;
import org.skillfund.provider.Provider;
import org.skillfund.provider.ProviderService;
import org.skillfund.provider.ScopeEntry;
import org.skillfund.shared.AustralianState;
import org.skillfund.shared.ConflictException;
import org.skillfund.shared.ForbiddenException;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.InvalidRequestException.FieldProblem;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.Notifier;
import org.skillfund.shared.Page;
import org.skillfund.shared.PageRequest;
import org.skillfund.shared.PagedQuery;
import org.skillfund.shared.SchemeDate;
import org.skillfund.shared.WorkflowSteps;

/**
 * Place applications and allocations (issue 6): approved providers apply for places under an open
 * program; an officer assesses; a delegate decides within their dollar limit (above it, a second
 * delegate with a higher limit confirms); approval commits the money against the program's budgets
 * and the provider's cap and creates the allocations, all in one transaction.
 *
 * <p>Every method checks the caller's role and tenancy: provider users see and change only their
 * own provider's applications (another provider's id is not found). Separation of duties: nobody in
 * the submitting organisation, nobody who created, submitted or assessed an application, and not
 * the first approver, may take its decision. Every step is audited and the provider's admins are
 * told.
 */
@Stateless
public class PlacementService {

  /** The version of the published assessment criteria ({@link Criterion}) decisions refer to. */
  public static final String CRITERIA_VERSION = "place-criteria-2026.1";

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

  @EJB private Notifier notifier;

  @EJB private ProgramService programs;

  @EJB private ProviderService providers;

  @EJB private CatalogService catalog;

  @EJB private CommitmentRows commitmentRows;

  @EJB private DelegationService delegations;

  @Inject private Validator validator;

  // ---------------------------------------------------------------------------------------------
  // The provider's work
  // ---------------------------------------------------------------------------------------------

  /** A new draft application of the caller's own provider. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF})
  public PlaceApplication create(PlaceApplicationInput input) {
    Caller caller = callers.current();
    Provider provider = ownActiveProvider(caller);
    List<PlaceRequest> lines = checked(input, provider);
    Instant now = Instant.now();
    PlaceApplication application =
        new PlaceApplication(
            UUID.randomUUID().toString(),
            input.programCode(),
            provider.getId(),
            input.streamCode(),
            caller.username(),
            now);
    application.saveDraft(
        input.streamCode(),
        input.periodFrom(),
        input.periodTo(),
        input.justification().strip(),
        blankToNull(input.industryPartners()),
        lines,
        caller.username(),
        now);
    em.persist(application);
    audit.record(
        "PLACE_APPLICATION_CREATED",
        "PlaceApplication",
        application.getId(),
        describe(application),
        null,
        null);
    return application;
  }

  /** Replaces the content of a draft. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF})
  public PlaceApplication saveDraft(String id, PlaceApplicationInput input) {
    Caller caller = callers.current();
    PlaceApplication application = locked(caller, id);
    allowed(application, PlaceAction.SAVE_DRAFT, caller);
    if (!application.getProgramCode().equals(input.programCode())) {
      throw InvalidRequestException.of(
          "programCode", "cannot change; start a new application for another program");
    }
    Provider provider = ownActiveProvider(caller);
    List<PlaceRequest> lines = checked(input, provider);
    application.saveDraft(
        input.streamCode(),
        input.periodFrom(),
        input.periodTo(),
        input.justification().strip(),
        blankToNull(input.industryPartners()),
        lines,
        caller.username(),
        Instant.now());
    audit.record(
        "PLACE_APPLICATION_SAVED", "PlaceApplication", id, describe(application), null, null);
    return application;
  }

  /**
   * Submits a draft: everything is checked again against today's program and scope, and the risk
   * flags are computed and frozen with it.
   */
  @RolesAllowed(PROVIDER_ADMIN)
  public PlaceApplication submit(String id) {
    Caller caller = callers.current();
    PlaceApplication application = locked(caller, id);
    allowed(application, PlaceAction.SUBMIT, caller);
    Provider provider = ownActiveProvider(caller);
    checked(inputOf(application), provider);
    Set<RiskFlag> flags = riskFacts(application).flags();
    commitmentRows.ensure(application.getProgramCode(), provider.getId());
    application.submit(flags, caller.username(), Instant.now());
    audit.record(
        "PLACE_APPLICATION_SUBMITTED",
        "PlaceApplication",
        id,
        describe(application)
            + "; risk flags: "
            + (flags.isEmpty()
                ? "none"
                : flags.stream().map(Enum::name).collect(Collectors.joining(", "))),
        null,
        null);
    notifier.sendToProviderAdmins(
        provider.getId(),
        "Place application received",
        "We received your application for "
            + application.placesRequested()
            + " places under "
            + application.getProgramCode()
            + " ("
            + Money.format(application.getRequestedCents())
            + "). An assessing officer will look at it; we will e-mail you the decision.");
    return application;
  }

  /** The provider withdraws a draft or a submitted application before it is assessed. */
  @RolesAllowed(PROVIDER_ADMIN)
  public PlaceApplication withdraw(String id, String reason) {
    Caller caller = callers.current();
    PlaceApplication application = locked(caller, id);
    allowed(application, PlaceAction.WITHDRAW, caller);
    String why = requireReason(reason);
    application.withdraw(caller.username(), Instant.now(), why);
    audit.record(
        "PLACE_APPLICATION_WITHDRAWN", "PlaceApplication", id, describe(application), why, null);
    return application;
  }

  // ---------------------------------------------------------------------------------------------
  // The department's work
  // ---------------------------------------------------------------------------------------------

  /**
   * The officer's assessment: a score from 0 to 5 against each published criterion, the places
   * recommended per line and a note. May be redone until a delegate decides.
   */
  @RolesAllowed(OFFICER)
  public PlaceApplication assess(
      String id, Map<Criterion, Integer> scores, List<Integer> recommended, String note) {
    Caller caller = callers.current();
    PlaceApplication application = locked(caller, id);
    allowed(application, PlaceAction.ASSESS, caller);
    notOwnOrganisation(application, caller, "assess");
    if (caller.username().equals(application.getCreatedBy())
        || caller.username().equals(application.getSubmittedBy())) {
      throw new ForbiddenException("You prepared this application, so you cannot assess it.");
    }
    List<FieldProblem> problems = new ArrayList<>();
    for (Criterion c : Criterion.values()) {
      Integer score = scores == null ? null : scores.get(c);
      if (score == null || score < 0 || score > Criterion.MAX_SCORE) {
        problems.add(
            new FieldProblem(
                "scores." + c.name(), "give a score from 0 to " + Criterion.MAX_SCORE));
      }
    }
    problems.addAll(placesProblems("recommendedPlaces", recommended, application));
    if (note == null || note.isBlank() || note.length() > 4000) {
      problems.add(
          new FieldProblem(
              "note", "give the reasons for the recommendation (1 to 4000 characters)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    application.assess(scores, recommended, note.strip(), caller.username(), Instant.now());
    audit.record(
        "PLACE_APPLICATION_ASSESSED",
        "PlaceApplication",
        id,
        "Scored "
            + application.getTotalScore()
            + "/"
            + Criterion.values().length * Criterion.MAX_SCORE
            + "; recommended places per line "
            + recommended
            + " of "
            + requestedPlaces(application),
        note.strip(),
        CRITERIA_VERSION);
    return application;
  }

  /**
   * A delegate's decision: the places granted per line (all zero declines). Within the delegate's
   * limit it is final: the money is committed against the budgets and the provider's cap and the
   * allocations are created, all in this transaction, or nothing happens. Above the limit the
   * application waits for a second delegate, whose own limit must cover it.
   */
  @RolesAllowed(DELEGATE)
  public PlaceApplication decide(String id, List<Integer> approved, String reason) {
    Caller caller = callers.current();
    PlaceApplication application = locked(caller, id);
    List<FieldProblem> problems =
        new ArrayList<>(placesProblems("approvedPlaces", approved, application));
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      problems.add(
          new FieldProblem("reason", "give the reasons for the decision (1 to 2000 characters)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    PlaceAction outcome = application.outcomeOf(approved);
    PlaceApplicationStatus to = allowed(application, outcome, caller);
    separateFromDecision(application, caller);
    String why = reason.strip();
    long amount = application.amountOf(approved);
    Instant now = Instant.now();
    if (outcome != PlaceAction.DECLINE) {
      long limit = delegations.limitOf(caller.username());
      if (amount > limit) {
        if (application.getStatus() == PlaceApplicationStatus.AWAITING_SECOND_APPROVAL) {
          throw new ForbiddenException(
              "This approval of "
                  + Money.format(amount)
                  + " is above your delegation limit of "
                  + Money.format(limit)
                  + "; a delegate with a higher limit must confirm it.");
        }
        allowed(application, PlaceAction.REFER, caller);
        application.refer(approved, caller.username(), now, why);
        audit.record(
            "PLACE_APPLICATION_REFERRED",
            "PlaceApplication",
            id,
            "Approval of "
                + Money.format(amount)
                + " ("
                + approved
                + " places per line) is above "
                + caller.username()
                + "'s limit of "
                + Money.format(limit)
                + "; awaiting a second delegate",
            why,
            CRITERIA_VERSION);
        return application;
      }
      allocate(application, approved, caller, now);
    }
    String first = application.getFirstApprover();
    application.decide(to, approved, caller.username(), now, why);
    notifier.sendToProviderAdmins(
        application.getProviderId(),
        "Place application " + to.words(),
        "Your application for "
            + application.placesRequested()
            + " places under "
            + application.getProgramCode()
            + " was "
            + to.words()
            + ": "
            + approved.stream().mapToInt(Integer::intValue).sum()
            + " places, "
            + Money.format(amount)
            + ".\n\nReasons: "
            + why);
    // The hot rows last, just before the commit: the audit chain head (every audited
    // transaction's) and then the budget and cap counters, so each is held for as short a time
    // as possible. Every path takes them in this order, so none waits on another in a cycle.
    audit.record(
        "PLACE_APPLICATION_" + to.name(),
        "PlaceApplication",
        id,
        to.words()
            + ": "
            + approved
            + " of "
            + requestedPlaces(application)
            + " places per line, "
            + Money.format(amount)
            + " committed"
            + (first == null ? "" : "; first approval by " + first),
        why,
        CRITERIA_VERSION);
    if (outcome != PlaceAction.DECLINE) {
      programs.commit(
          application.getProgramCode(),
          application.getProviderId(),
          commitments(application, approved));
    }
    return application;
  }

  /**
   * Reduces the places of an approved application (never below the places learners already use);
   * the money no longer needed goes back to the budgets and the provider's cap.
   */
  @RolesAllowed(DELEGATE)
  public PlaceApplication reduce(String id, List<Integer> places, String reason) {
    Caller caller = callers.current();
    PlaceApplication application = locked(caller, id);
    allowed(application, PlaceAction.REDUCE, caller);
    separateFromDecision(application, caller);
    String why = requireReason(reason);
    List<Integer> current = application.approvedPlaces();
    List<FieldProblem> problems =
        new ArrayList<>(
            placesProblems("places", places, current, "the new places", "places now approved"));
    if (problems.isEmpty() && places.equals(current)) {
      problems.add(new FieldProblem("places", "reduce at least one line"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    for (Allocation allocation : allocationsOf(application)) {
      int line = allocation.getLineNo();
      int now = places.get(line);
      if (now == allocation.getPlaces()) {
        continue;
      }
      int changed =
          em.createNativeQuery(
                  "UPDATE allocation SET places = ?1, amount_cents = ?1 * price_cents"
                      + " WHERE id = ?2 AND places_used <= ?1")
              .setParameter(1, now)
              .setParameter(2, allocation.getId())
              .executeUpdate();
      if (changed == 0) {
        em.refresh(allocation);
        throw new ConflictException(
            "Line "
                + (line + 1)
                + " ("
                + allocation.getCourseCode()
                + " in "
                + allocation.getState()
                + ") already has "
                + allocation.getPlacesUsed()
                + " places in use; it cannot drop to "
                + now
                + ".");
      }
    }
    List<Integer> released = new ArrayList<>();
    for (int i = 0; i < current.size(); i++) {
      released.add(current.get(i) - places.get(i));
    }
    long before = application.getApprovedCents();
    application.reduce(places);
    notifier.sendToProviderAdmins(
        application.getProviderId(),
        "Place allocation reduced",
        "Your places under "
            + application.getProgramCode()
            + " were reduced to "
            + places
            + " per line.\n\nReasons: "
            + why);
    // the hot rows last, in the same order as a decision: audit chain head, then the budgets
    audit.record(
        "PLACE_APPLICATION_REDUCED",
        "PlaceApplication",
        id,
        "Places per line "
            + current
            + " -> "
            + places
            + "; released "
            + Money.format(before - application.getApprovedCents()),
        why,
        CRITERIA_VERSION);
    programs.release(
        application.getProgramCode(),
        application.getProviderId(),
        commitments(application, released));
    return application;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading
  // ---------------------------------------------------------------------------------------------

  /** One application; provider users only their own. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, OFFICER, DELEGATE, MANAGER, AUDITOR})
  public PlaceApplication find(String id) {
    return visible(callers.current(), id);
  }

  /** What the caller may do to the application now, for showing only the right buttons. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, OFFICER, DELEGATE, MANAGER, AUDITOR})
  public Set<PlaceAction> actions(String id) {
    Caller caller = callers.current();
    return PlaceWorkflow.actionsFor(visible(caller, id).getStatus(), caller.roles());
  }

  /** Applications, a page at a time, oldest submission first (the work queue). */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, OFFICER, DELEGATE, MANAGER, AUDITOR})
  public Page<PlaceApplication> list(PlaceFilter filter, PageRequest request) {
    Caller caller = callers.current();
    PagedQuery<PlaceApplication> query = PagedQuery.of(em, PlaceApplication.class, "a");
    if (caller.isProviderUser()) {
      query.where("a.providerId = :own", "own", ownId(caller));
    } else if (filter.providerId() != null && !filter.providerId().isBlank()) {
      query.where("a.providerId = :provider", "provider", filter.providerId());
    }
    if (filter.statuses() != null && !filter.statuses().isEmpty()) {
      query.where("a.status IN :statuses", "statuses", List.copyOf(filter.statuses()));
    }
    if (filter.programCode() != null && !filter.programCode().isBlank()) {
      query.where("a.programCode = :program", "program", filter.programCode());
    }
    return query.page("a.submittedAt ASC NULLS LAST, a.createdAt ASC", request);
  }

  /** Allocations, a page at a time; provider users only their own. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, OFFICER, DELEGATE, MANAGER, AUDITOR})
  public Page<Allocation> allocations(String programCode, String providerId, PageRequest request) {
    Caller caller = callers.current();
    PagedQuery<Allocation> query = PagedQuery.of(em, Allocation.class, "l");
    if (caller.isProviderUser()) {
      query.where("l.providerId = :own", "own", ownId(caller));
    } else if (providerId != null && !providerId.isBlank()) {
      query.where("l.providerId = :provider", "provider", providerId);
    }
    if (programCode != null && !programCode.isBlank()) {
      query.where("l.programCode = :program", "program", programCode);
    }
    Page<Allocation> page = query.page("l.createdAt DESC, l.lineNo ASC", request);
    page.items().forEach(em::refresh);
    return page;
  }

  /** One allocation; provider users only their own. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, OFFICER, DELEGATE, MANAGER, AUDITOR})
  public Allocation allocation(String id) {
    Caller caller = callers.current();
    Allocation allocation = id == null ? null : em.find(Allocation.class, id);
    if (allocation == null || !caller.maySee(allocation.getProviderId())) {
      throw new NotFoundException("No allocation " + id + ".");
    }
    em.refresh(allocation);
    return allocation;
  }

  // ---------------------------------------------------------------------------------------------

  /** The allocations of a decision, one per line granted any places (flushed at once). */
  private void allocate(
      PlaceApplication application, List<Integer> approved, Caller caller, Instant now) {
    for (int i = 0; i < approved.size(); i++) {
      if (approved.get(i) > 0) {
        em.persist(
            new Allocation(
                UUID.randomUUID().toString(),
                application,
                i,
                approved.get(i),
                caller.username(),
                now));
      }
    }
  }

  /** The money {@code places} per line commit (or release), by budget. */
  private static List<Commitment> commitments(PlaceApplication application, List<Integer> places) {
    Map<BudgetKey, Long> needed = new LinkedHashMap<>();
    List<PlaceRequest> lines = application.getLines();
    for (int i = 0; i < lines.size(); i++) {
      if (places.get(i) > 0) {
        needed.merge(
            budgetKey(application, lines.get(i).getState()),
            places.get(i) * lines.get(i).getPriceCents(),
            Long::sum);
      }
    }
    return needed.entrySet().stream().map(e -> new Commitment(e.getKey(), e.getValue())).toList();
  }

  private static BudgetKey budgetKey(PlaceApplication application, AustralianState state) {
    return new BudgetKey(application.getProgramCode(), state, application.getStreamCode());
  }

  private List<Allocation> allocationsOf(PlaceApplication application) {
    List<Allocation> list =
        em.createQuery(
                "SELECT l FROM Allocation l WHERE l.applicationId = :a ORDER BY l.lineNo",
                Allocation.class)
            .setParameter("a", application.getId())
            .getResultList();
    list.forEach(em::refresh);
    return list;
  }

  /** The facts the risk flags are computed from, as they are at submission. */
  private RiskFacts riskFacts(PlaceApplication application) {
    String providerId = application.getProviderId();
    Object[] usage =
        (Object[])
            em.createNativeQuery(
                    "SELECT COALESCE(SUM(places_used), 0), COALESCE(SUM(places_completed), 0)"
                        + " FROM allocation WHERE provider_id = ?1")
                .setParameter(1, providerId)
                .getSingleResult();
    Object most =
        em.createNativeQuery(
                "SELECT COALESCE(MAX(t.total), 0) FROM (SELECT SUM(places) AS total FROM allocation"
                    + " WHERE provider_id = ?1 GROUP BY application_id) t")
            .setParameter(1, providerId)
            .getSingleResult();
    boolean superseded =
        application.getLines().stream()
            .anyMatch(l -> catalog.find(l.getCourseCode()).map(p -> !p.isCurrent()).orElse(false));
    return new RiskFacts(
        audit.count("Provider", providerId, "PROVIDER_SUSPENDED") > 0,
        ((Number) usage[0]).longValue(),
        ((Number) usage[1]).longValue(),
        superseded,
        application.placesRequested(),
        ((Number) most).longValue(),
        sharedLearners(providerId));
  }

  /**
   * Learners this provider enrolled (not withdrawn) who are also enrolled with another provider:
   * the same people claimed by several providers is a known pattern of phantom enrolments.
   */
  private long sharedLearners(String providerId) {
    Object shared =
        em.createNativeQuery(
                "SELECT COUNT(DISTINCT e.usi) FROM enrolment e WHERE e.provider_id = ?1"
                    + " AND e.status <> 'WITHDRAWN' AND EXISTS (SELECT 1 FROM enrolment o"
                    + " WHERE o.usi = e.usi AND o.provider_id <> ?1 AND o.status <> 'WITHDRAWN')")
            .setParameter(1, providerId)
            .getSingleResult();
    return ((Number) shared).longValue();
  }

  /** Checks the input against the program, the catalogue and the provider's scope. */
  private List<PlaceRequest> checked(PlaceApplicationInput input, Provider provider) {
    List<FieldProblem> problems = new ArrayList<>();
    for (ConstraintViolation<PlaceApplicationInput> v : validator.validate(input)) {
      problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    FundingProgram program;
    try {
      program = programs.find(input.programCode());
    } catch (NotFoundException e) {
      throw InvalidRequestException.of("programCode", "is not a program");
    }
    LocalDate today = SchemeDate.today();
    if (!program.isOpenOn(today)) {
      problems.add(
          new FieldProblem(
              "programCode",
              program.getName()
                  + " takes applications from "
                  + program.getOpensOn()
                  + " to "
                  + program.getClosesOn()
                  + "; it is closed today"));
    }
    if (!program.hasStream(input.streamCode())) {
      problems.add(
          new FieldProblem(
              "streamCode",
              "must be one of " + program.getStreams().stream().map(s -> s.getCode()).toList()));
    }
    if (input.periodTo().isBefore(input.periodFrom())) {
      problems.add(new FieldProblem("periodTo", "must not be before periodFrom"));
    }
    if (input.periodFrom().isBefore(program.getOpensOn())) {
      problems.add(
          new FieldProblem(
              "periodFrom", "must not be before the program opens on " + program.getOpensOn()));
    }
    if (input.periodTo().isAfter(input.periodFrom().plusYears(3))) {
      problems.add(new FieldProblem("periodTo", "must be within three years of periodFrom"));
    }
    Map<String, ScopeEntry> scope =
        provider.getScope().stream()
            .collect(Collectors.toMap(ScopeEntry::getProductCode, s -> s, (a, b) -> a));
    Set<String> seen = new HashSet<>();
    List<PlaceRequest> lines = new ArrayList<>();
    for (int i = 0; i < input.lines().size(); i++) {
      PlaceApplicationInput.Line line = input.lines().get(i);
      String field = "lines[" + i + "]";
      if (!scope.containsKey(line.courseCode())) {
        problems.add(
            new FieldProblem(
                field + ".courseCode", line.courseCode() + " is not on your approved scope"));
      } else if (program.course(line.courseCode(), line.state()).isEmpty()) {
        problems.add(
            new FieldProblem(
                field + ".courseCode",
                line.courseCode()
                    + " is not funded by "
                    + program.getCode()
                    + " in "
                    + line.state()));
      }
      if (!seen.add(line.courseCode() + "/" + line.state())) {
        problems.add(new FieldProblem(field, "lists that course and state twice"));
      }
      if (line.cetModel().isWorkBased() && line.workBasedFormat() == null) {
        problems.add(
            new FieldProblem(
                field + ".workBasedFormat", "is required for a work-based delivery model"));
      } else if (!line.cetModel().isWorkBased() && line.workBasedFormat() != null) {
        problems.add(
            new FieldProblem(
                field + ".workBasedFormat", "must be empty for wholly institution-based delivery"));
      }
      long price = program.priceOf(line.courseCode()).map(CoursePrice::perPlaceCents).orElse(0L);
      lines.add(
          new PlaceRequest(
              line.courseCode(),
              line.state(),
              line.places(),
              line.cetModel(),
              line.workBasedFormat(),
              line.locations().strip(),
              line.startDates().strip(),
              price));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    return lines;
  }

  private static PlaceApplicationInput inputOf(PlaceApplication a) {
    return new PlaceApplicationInput(
        a.getProgramCode(),
        a.getStreamCode(),
        a.getPeriodFrom(),
        a.getPeriodTo(),
        a.getJustification(),
        a.getIndustryPartners(),
        a.getLines().stream()
            .map(
                l ->
                    new PlaceApplicationInput.Line(
                        l.getCourseCode(),
                        l.getState(),
                        l.getPlaces(),
                        l.getCetModel(),
                        l.getWorkBasedFormat(),
                        l.getLocations(),
                        l.getStartDates()))
            .toList());
  }

  private static List<FieldProblem> placesProblems(
      String field, List<Integer> places, PlaceApplication application) {
    return placesProblems(
        field, places, requestedPlaces(application), "a number of places", "places asked for");
  }

  /**
   * What is wrong with places given per line: one number for each line, each from 0 to that line's
   * maximum ({@code maximum} says what the maxima are, {@code what} what is given).
   */
  private static List<FieldProblem> placesProblems(
      String field, List<Integer> places, List<Integer> maxima, String what, String maximum) {
    if (places == null || places.size() != maxima.size()) {
      return List.of(
          new FieldProblem(field, "give " + what + " for each of the " + maxima.size() + " lines"));
    }
    List<FieldProblem> problems = new ArrayList<>();
    for (int i = 0; i < maxima.size(); i++) {
      Integer n = places.get(i);
      if (n == null || n < 0 || n > maxima.get(i)) {
        problems.add(
            new FieldProblem(
                field + "[" + i + "]", "must be from 0 to the " + maxima.get(i) + " " + maximum));
      }
    }
    return problems;
  }

  private static List<Integer> requestedPlaces(PlaceApplication application) {
    return application.getLines().stream().map(PlaceRequest::getPlaces).toList();
  }

  private Provider ownActiveProvider(Caller caller) {
    Provider provider = providers.find(ownId(caller));
    if (!provider.isActive()) {
      throw new ForbiddenException(
          "Only an approved provider may apply for places; "
              + provider.getLegalName()
              + " is "
              + provider.getStatus().name().toLowerCase().replace('_', ' ')
              + ".");
    }
    return provider;
  }

  private static String ownId(Caller caller) {
    return caller.providerId() == null ? "" : caller.providerId();
  }

  private PlaceApplication visible(Caller caller, String id) {
    PlaceApplication application = id == null ? null : em.find(PlaceApplication.class, id);
    if (application == null || !caller.maySee(application.getProviderId())) {
      throw new NotFoundException("No place application " + id + ".");
    }
    return application;
  }

  /**
   * The application, locked for this transaction so two decisions on it are taken one at a time.
   */
  private PlaceApplication locked(Caller caller, String id) {
    visible(caller, id);
    PlaceApplication application =
        em.find(PlaceApplication.class, id, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(application);
    return application;
  }

  /**
   * The state {@code action} leads to; a step the workflow does not allow is refused: a wrong state
   * is 409, a wrong role 403.
   */
  private static PlaceApplicationStatus allowed(
      PlaceApplication application, PlaceAction action, Caller caller) {
    return WorkflowSteps.next(
        PlaceWorkflow.MACHINE, application.getStatus(), action, caller.roles());
  }

  private static void notOwnOrganisation(PlaceApplication application, Caller caller, String verb) {
    if (application.getProviderId().equals(caller.providerId())) {
      throw new ForbiddenException(
          "You belong to the provider that applied, so you cannot " + verb + " its application.");
    }
  }

  /** Four eyes: nobody who prepared or assessed it, and not the first approver, decides. */
  private static void separateFromDecision(PlaceApplication application, Caller caller) {
    notOwnOrganisation(application, caller, "decide");
    String me = caller.username();
    if (me.equals(application.getCreatedBy()) || me.equals(application.getSubmittedBy())) {
      throw new ForbiddenException("You prepared this application, so you cannot decide it.");
    }
    if (me.equals(application.getAssessedBy())) {
      throw new ForbiddenException(
          "You assessed this application; another delegate must decide it.");
    }
    if (application.getStatus() == PlaceApplicationStatus.AWAITING_SECOND_APPROVAL
        && me.equals(application.getFirstApprover())) {
      throw new ForbiddenException(
          "You gave the first approval; a second delegate must confirm or decline it.");
    }
  }

  private static String requireReason(String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw InvalidRequestException.of("reason", "give a reason (1 to 2000 characters)");
    }
    return reason.strip();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String describe(PlaceApplication a) {
    return a.getProgramCode()
        + " "
        + a.getStreamCode()
        + ": "
        + a.getLines().stream()
            .map(l -> l.getPlaces() + " x " + l.getCourseCode() + " in " + l.getState())
            .collect(Collectors.joining(", "))
        + " ("
        + Money.format(a.getRequestedCents())
        + ")";
  }
}
