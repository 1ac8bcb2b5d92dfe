package org.skillfund.provider;

import jakarta.annotation.security.PermitAll;
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
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.skillfund.audit.AuditService;
import org.skillfund.catalog.CatalogService;
import org.skillfund.catalog.TrainingProduct;
import org.skillfund.identity.Caller;
import org.skillfund.identity.Callers;
import org.skillfund.identity.NewAccounts;
import org.skillfund.identity.PasswordHash;
import org.skillfund.identity.Role;
import org.skillfund.identity.UserAccount;
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
import org.skillfund.shared.WorkflowSteps;

/**
 * Provider registration (issue 5): sign-up, the draft application and its evidence, submission, the
 * officers' work queue and assessment, the delegate's decision, suspension and revocation.
 *
 * <p>Every method checks the caller's role (annotations) and, for provider users, that the provider
 * is their own: another provider's id is answered as not found, so ids do not leak. Separation of
 * duties is enforced here, not only in pages: the assessor cannot decide, nobody decides what they
 * submitted, and anyone who declared a conflict of interest cannot touch the provider. Each step
 * writes an audit event and queues an e-mail to the provider's admins in the same transaction.
 */
@Stateless
public class ProviderService {

  private static final String PROVIDER_STAFF = Role.Names.PROVIDER_STAFF;
  private static final String PROVIDER_ADMIN = Role.Names.PROVIDER_ADMIN;
  private static final String OFFICER = Role.Names.OFFICER;
  private static final String DELEGATE = Role.Names.DELEGATE;
  private static final String AUDITOR = Role.Names.AUDITOR;

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private AuditService audit;

  @EJB private CatalogService catalog;

  @EJB private Callers callers;

  @EJB private Notifier notifier;

  @Inject private Validator validator;

  // ---------------------------------------------------------------------------------------------
  // Sign-up and reading
  // ---------------------------------------------------------------------------------------------

  /**
   * A new organisation and its admin account: the provider starts in draft with an empty first
   * application version. Anyone may sign up; nothing else is possible until the department
   * approves.
   */
  @PermitAll
  public Provider signUp(
      String username,
      String displayName,
      String email,
      char[] password,
      String legalName,
      String typedAbn) {
    String abn = typedAbn == null ? null : typedAbn.replace(" ", "");
    List<FieldProblem> problems = NewAccounts.problems(em, username, displayName, password);
    if (!NewAccounts.isEmail(email)) {
      problems.add(new FieldProblem("email", "must be an e-mail address"));
    }
    if (legalName == null || legalName.isBlank() || legalName.length() > 200) {
      problems.add(new FieldProblem("legalName", "is required (up to 200 characters)"));
    }
    if (abn == null || !AbnValidator.isValidAbn(abn)) {
      problems.add(new FieldProblem("abn", "must be an 11-digit ABN with valid check digits"));
    } else if (!em.createQuery("SELECT p.id FROM Provider p WHERE p.abn = :abn", String.class)
        .setParameter("abn", abn)
        .getResultList()
        .isEmpty()) {
      problems.add(new FieldProblem("abn", "is already registered; ask that organisation's admin"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    Instant now = Instant.now();
    String id = UUID.randomUUID().toString();
    Provider provider = new Provider(id, legalName.strip(), abn, null, ProviderStatus.DRAFT);
    em.persist(provider);
    em.flush(); // the account refers to the provider
    em.persist(
        new UserAccount(
            username,
            displayName.strip(),
            email.strip(),
            PasswordHash.of(password),
            EnumSet.of(Role.PROVIDER_ADMIN),
            id));
    em.persist(
        ProviderApplication.first(
            UUID.randomUUID().toString(), id, legalName.strip(), abn, username, now));
    audit.record(
        "PROVIDER_SIGNED_UP",
        "Provider",
        id,
        legalName.strip() + " (ABN " + abn + ") signed up; admin account " + username,
        null,
        null);
    notifier.send(
        email.strip(),
        "Welcome to Skillfund",
        "Hello "
            + displayName.strip()
            + ",\n\n"
            + legalName.strip()
            + " is registered in Skillfund as a draft provider. Sign in as "
            + username
            + " to complete and submit your application.\n");
    return provider;
  }

  /** A provider; provider users may only read their own (others are not found). */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, OFFICER, DELEGATE, AUDITOR})
  public Provider find(String providerId) {
    return visible(callers.current(), providerId);
  }

  /** The caller's own provider (provider users only). */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF})
  public Provider mine() {
    Caller caller = callers.current();
    if (caller.providerId() == null) {
      throw new NotFoundException("Your account belongs to no provider.");
    }
    return visible(caller, caller.providerId());
  }

  /** The provider's current application version. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, OFFICER, DELEGATE, AUDITOR})
  public ProviderApplication application(String providerId) {
    Provider provider = visible(callers.current(), providerId);
    return current(provider);
  }

  /** Every version of the provider's application, newest first. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, OFFICER, DELEGATE, AUDITOR})
  public List<ProviderApplication> versions(String providerId) {
    visible(callers.current(), providerId);
    return em.createQuery(
            "SELECT a FROM ProviderApplication a WHERE a.providerId = :p"
                + " ORDER BY a.versionNo DESC",
            ProviderApplication.class)
        .setParameter("p", providerId)
        .getResultList();
  }

  /** The evidence files of the current version. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, OFFICER, DELEGATE, AUDITOR})
  public List<EvidenceFile> evidence(String providerId) {
    Provider provider = visible(callers.current(), providerId);
    return evidenceOf(current(provider));
  }

  /** One evidence file's description and bytes. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, OFFICER, DELEGATE, AUDITOR})
  public Map.Entry<EvidenceFile, byte[]> download(String providerId, String evidenceId) {
    visible(callers.current(), providerId);
    EvidenceFile file = em.find(EvidenceFile.class, evidenceId);
    if (file == null || !file.getProviderId().equals(providerId)) {
      throw new NotFoundException("No evidence file " + evidenceId + ".");
    }
    return Map.entry(file, em.find(EvidenceContent.class, file.getContentId()).getContent());
  }

  /**
   * Providers, a page at a time. Department staff see all, filtered by status and delivery state,
   * oldest submission first (the work queue); provider users see only their own.
   */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, OFFICER, DELEGATE, AUDITOR})
  public Page<Provider> list(
      Set<ProviderStatus> statuses, AustralianState state, PageRequest request) {
    Caller caller = callers.current();
    PagedQuery<Provider> query = PagedQuery.of(em, Provider.class, "p");
    if (caller.isProviderUser()) {
      query.where("p.id = :own", "own", caller.providerId() == null ? "" : caller.providerId());
    }
    if (statuses != null && !statuses.isEmpty()) {
      query.where("p.status IN :statuses", "statuses", List.copyOf(statuses));
    }
    if (state != null) {
      query.where(
          "p.id IN (SELECT a.providerId FROM ProviderApplication a"
              + " WHERE a.versionNo = p.currentVersion AND a.deliveryStates LIKE :state)",
          "state",
          "%" + state.name() + "%");
    }
    return query.page("p.lastSubmittedAt ASC NULLS LAST, p.legalName ASC", request);
  }

  // ---------------------------------------------------------------------------------------------
  // The provider's own work
  // ---------------------------------------------------------------------------------------------

  /** Saves the draft application; every field is checked, each product must be current. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF})
  public ProviderApplication saveDraft(String providerId, ApplicationDetails typed) {
    ApplicationDetails details = typed.withAbnDigitsOnly();
    Caller caller = callers.current();
    Provider provider = lockedVisible(caller, providerId);
    step(provider, ProviderAction.SAVE_DRAFT, caller, null, null);
    List<FieldProblem> problems = new ArrayList<>();
    for (ConstraintViolation<ApplicationDetails> v : validator.validate(details)) {
      problems.add(new FieldProblem(v.getPropertyPath().toString(), v.getMessage()));
    }
    Set<String> seen = new HashSet<>();
    List<ApplicationDetails.ProductRequest> products =
        details.products() == null ? List.of() : details.products();
    for (int i = 0; i < products.size(); i++) {
      ApplicationDetails.ProductRequest p = products.get(i);
      String field = "products[" + i + "]";
      if (p == null || p.productCode() == null) {
        continue; // Bean Validation reported it
      }
      TrainingProduct product = catalog.find(p.productCode()).orElse(null);
      if (product == null) {
        problems.add(new FieldProblem(field + ".productCode", "is not a product in the catalogue"));
      } else if (!product.isCurrent()) {
        problems.add(
            new FieldProblem(
                field + ".productCode",
                p.productCode()
                    + " is superseded"
                    + (product.getSupersededBy() == null
                        ? ""
                        : "; apply for " + product.getSupersededBy() + " instead")));
      }
      if (!seen.add(p.productCode())) {
        problems.add(new FieldProblem(field + ".productCode", "is listed twice"));
      }
      if (p.cetModel() != null) {
        if (p.cetModel().isWorkBased() && p.workBasedFormat() == null) {
          problems.add(
              new FieldProblem(
                  field + ".workBasedFormat", "is required for a work-based delivery model"));
        } else if (!p.cetModel().isWorkBased() && p.workBasedFormat() != null) {
          problems.add(
              new FieldProblem(
                  field + ".workBasedFormat",
                  "must be empty for wholly institution-based delivery"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    ProviderApplication application = current(provider);
    application.saveDraft(details, caller.username(), Instant.now());
    audit.record(
        "PROVIDER_APPLICATION_SAVED",
        "Provider",
        providerId,
        "Saved version "
            + application.getVersionNo()
            + " of the application: "
            + products.size()
            + " products, states "
            + application.getDeliveryStates(),
        null,
        null);
    return application;
  }

  /** Attaches an evidence file to the draft: PDF, PNG or JPEG by content, at most 10 MB. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF})
  public EvidenceFile uploadEvidence(String providerId, String fileName, byte[] content) {
    Caller caller = callers.current();
    Provider provider = lockedVisible(caller, providerId);
    step(provider, ProviderAction.SAVE_DRAFT, caller, null, null);
    String mediaType;
    try {
      mediaType = EvidenceCheck.mediaTypeOf(content);
    } catch (IllegalArgumentException refused) {
      throw InvalidRequestException.of("file", refused.getMessage());
    }
    ProviderApplication application = current(provider);
    Instant now = Instant.now();
    String contentId = UUID.randomUUID().toString();
    em.persist(new EvidenceContent(contentId, content));
    EvidenceFile file =
        new EvidenceFile(
            UUID.randomUUID().toString(),
            application,
            contentId,
            EvidenceCheck.safeName(fileName),
            mediaType,
            content.length,
            EvidenceCheck.sha256(content),
            caller.username(),
            now);
    em.persist(file);
    audit.record(
        "PROVIDER_EVIDENCE_UPLOADED",
        "Provider",
        providerId,
        "Uploaded "
            + file.getFileName()
            + " ("
            + mediaType
            + ", "
            + content.length
            + " bytes, SHA-256 "
            + file.getSha256()
            + ")",
        null,
        null);
    return file;
  }

  /** Removes an evidence file from the draft. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF})
  public void removeEvidence(String providerId, String evidenceId) {
    Caller caller = callers.current();
    Provider provider = lockedVisible(caller, providerId);
    step(provider, ProviderAction.SAVE_DRAFT, caller, null, null);
    EvidenceFile file = em.find(EvidenceFile.class, evidenceId);
    if (file == null || !file.getApplicationId().equals(current(provider).getId())) {
      throw new NotFoundException("No evidence file " + evidenceId + " on the draft.");
    }
    em.remove(file);
    audit.record(
        "PROVIDER_EVIDENCE_REMOVED",
        "Provider",
        providerId,
        "Removed " + file.getFileName() + " (SHA-256 " + file.getSha256() + ")",
        null,
        null);
  }

  /** Submits the draft for assessment; it is frozen from now on. */
  @RolesAllowed(PROVIDER_ADMIN)
  public Provider submit(String providerId) {
    Caller caller = callers.current();
    Provider provider = lockedVisible(caller, providerId);
    ProviderApplication application = current(provider);
    allowed(provider, ProviderAction.SUBMIT, caller);
    Map<String, String> missing = application.missingForSubmission(evidenceOf(application).size());
    if (!missing.isEmpty()) {
      throw new InvalidRequestException(
          missing.entrySet().stream()
              .map(e -> new FieldProblem(e.getKey(), e.getValue()))
              .toList());
    }
    List<FieldProblem> taken = new ArrayList<>();
    if (heldByAnother(provider, "p.abn = :value", application.getAbn())) {
      taken.add(new FieldProblem("abn", "is registered to another provider"));
    }
    if (heldByAnother(provider, "p.rtoCode = :value", application.getRtoCode())) {
      taken.add(new FieldProblem("rtoCode", "is registered to another provider"));
    }
    if (!taken.isEmpty()) {
      throw new InvalidRequestException(taken);
    }
    Instant now = Instant.now();
    application.submit(caller.username(), now);
    step(provider, ProviderAction.SUBMIT, caller, null, null);
    provider.register(application.getLegalName(), application.getAbn(), application.getRtoCode());
    audit.record(
        "PROVIDER_SUBMITTED",
        "Provider",
        providerId,
        "Submitted version "
            + application.getVersionNo()
            + " for assessment ("
            + application.getProducts().size()
            + " products)",
        null,
        null);
    tellAdmins(
        provider,
        "Application received: " + provider.getLegalName(),
        "We received version "
            + application.getVersionNo()
            + " of your provider application. An assessing officer will pick it up; we will"
            + " e-mail you when there is a decision.");
    return provider;
  }

  // ---------------------------------------------------------------------------------------------
  // The department's work
  // ---------------------------------------------------------------------------------------------

  /** An officer or delegate declares a conflict of interest; they can no longer touch it. */
  @RolesAllowed({OFFICER, DELEGATE})
  public ConflictDeclaration declareConflict(String providerId, String note) {
    Caller caller = callers.current();
    Provider provider = lockedVisible(caller, providerId);
    if (note == null || note.isBlank() || note.length() > 1000) {
      throw InvalidRequestException.of("note", "say what the conflict is (1 to 1000 characters)");
    }
    if (em.find(
            ConflictDeclaration.class, new ConflictDeclaration.Key(providerId, caller.username()))
        != null) {
      throw new ConflictException("You have already declared a conflict with this provider.");
    }
    ConflictDeclaration declaration =
        new ConflictDeclaration(providerId, caller.username(), Instant.now(), note.strip());
    em.persist(declaration);
    audit.record(
        "CONFLICT_DECLARED",
        "Provider",
        provider.getId(),
        caller.username() + " declared a conflict of interest with " + provider.getLegalName(),
        note.strip(),
        null);
    return declaration;
  }

  /** An officer takes a submitted application from the queue. */
  @RolesAllowed(OFFICER)
  public Provider pickUp(String providerId) {
    Caller caller = callers.current();
    Provider provider = lockedVisible(caller, providerId);
    requireNoConflict(provider, caller);
    ProviderApplication application = current(provider);
    step(provider, ProviderAction.PICK_UP, caller, null, null);
    application.pickUp(caller.username(), Instant.now());
    audit.record(
        "PROVIDER_PICKED_UP",
        "Provider",
        providerId,
        "Picked up version " + application.getVersionNo() + " for assessment",
        null,
        null);
    return provider;
  }

  /**
   * Records the assessment: checklist, risk rating with reasons and a recommendation for every
   * product asked for.
   */
  @RolesAllowed(OFFICER)
  public ProviderApplication assess(
      String providerId,
      Checklist checklist,
      RiskRating risk,
      String riskReasons,
      Map<String, Map.Entry<Boolean, String>> recommendations) {
    Caller caller = callers.current();
    Provider provider = lockedVisible(caller, providerId);
    requireNoConflict(provider, caller);
    step(provider, ProviderAction.ASSESS, caller, null, null);
    ProviderApplication application = current(provider);
    List<FieldProblem> problems = new ArrayList<>();
    if (checklist == null) {
      problems.add(new FieldProblem("checklist", "is required"));
    }
    if (risk == null) {
      problems.add(new FieldProblem("riskRating", "must be LOW, MEDIUM or HIGH"));
    }
    if (riskReasons == null || riskReasons.isBlank() || riskReasons.length() > 2000) {
      problems.add(
          new FieldProblem(
              "riskReasons", "give the reasons for the rating (1 to 2000 characters)"));
    }
    Set<String> applied =
        application.getProducts().stream()
            .map(AppliedProduct::getProductCode)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    Map<String, Map.Entry<Boolean, String>> recs =
        recommendations == null ? Map.of() : recommendations;
    for (String code : applied) {
      if (!recs.containsKey(code) || recs.get(code).getKey() == null) {
        problems.add(new FieldProblem("recommendations." + code, "recommend yes or no"));
      }
    }
    recs.keySet().stream()
        .filter(code -> !applied.contains(code))
        .forEach(
            code ->
                problems.add(new FieldProblem("recommendations." + code, "was not applied for")));
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    application.assess(
        checklist, risk, riskReasons.strip(), recs, caller.username(), Instant.now());
    long yes = recs.values().stream().filter(Map.Entry::getKey).count();
    audit.record(
        "PROVIDER_ASSESSED",
        "Provider",
        providerId,
        "Assessed version "
            + application.getVersionNo()
            + ": risk "
            + risk
            + ", checklist "
            + (checklist.allConfirmed() ? "all confirmed" : "not all confirmed")
            + ", "
            + yes
            + " of "
            + applied.size()
            + " products recommended",
        riskReasons.strip(),
        null);
    return application;
  }

  /**
   * The delegate's decision on an assessed application: approve (with the products on scope),
   * reject, or return for more information.
   */
  @RolesAllowed(DELEGATE)
  public Provider decide(
      String providerId,
      ProviderApplication.Decision decision,
      Set<String> approvedProducts,
      String reason) {
    Caller caller = callers.current();
    Provider provider = lockedVisible(caller, providerId);
    requireNoConflict(provider, caller);
    ProviderApplication application = current(provider);
    if (decision == null) {
      throw InvalidRequestException.of("decision", "must be APPROVED, REJECTED or RETURNED");
    }
    ProviderAction action =
        switch (decision) {
          case APPROVED -> ProviderAction.APPROVE;
          case REJECTED -> ProviderAction.REJECT;
          case RETURNED -> ProviderAction.RETURN;
        };
    allowed(provider, action, caller);
    if (!application.isAssessed()) {
      throw new ConflictException(
          "The application has not been assessed yet; an officer must record the assessment"
              + " first.");
    }
    if (caller.username().equals(application.getAssessedBy())
        || caller.username().equals(application.getPickedUpBy())) {
      throw new ForbiddenException(
          "You assessed this application, so another delegate must decide it.");
    }
    if (caller.username().equals(application.getSubmittedBy())) {
      throw new ForbiddenException("Nobody may decide an application they submitted.");
    }
    List<FieldProblem> problems = new ArrayList<>();
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      problems.add(new FieldProblem("reason", "give reasons (1 to 2000 characters)"));
    }
    Set<String> applied =
        application.getProducts().stream()
            .map(AppliedProduct::getProductCode)
            .collect(Collectors.toSet());
    Set<String> approved = approvedProducts == null ? Set.of() : Set.copyOf(approvedProducts);
    if (decision == ProviderApplication.Decision.APPROVED) {
      if (approved.isEmpty()) {
        problems.add(new FieldProblem("approvedProducts", "approve at least one product"));
      }
      approved.stream()
          .filter(code -> !applied.contains(code))
          .forEach(
              code ->
                  problems.add(
                      new FieldProblem("approvedProducts", code + " was not applied for")));
    } else if (!approved.isEmpty()) {
      problems.add(
          new FieldProblem("approvedProducts", "only an approval names products on scope"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    Instant now = Instant.now();
    application.decide(decision, approved, reason.strip(), caller.username(), now);
    step(provider, action, caller, reason.strip(), null);
    String words;
    switch (decision) {
      case APPROVED -> {
        provider.approveScope(
            application.getProducts().stream()
                .filter(p -> approved.contains(p.getProductCode()))
                .map(
                    p ->
                        new ScopeEntry(
                            p.getProductCode(), p.getCetModel(), p.getWorkBasedFormat(), now))
                .toList());
        words =
            "approved with "
                + approved.size()
                + " of "
                + applied.size()
                + " products on scope: "
                + approved.stream().sorted().collect(Collectors.joining(", "));
      }
      case REJECTED -> words = "rejected";
      default -> {
        int next = provider.nextVersion();
        ProviderApplication draft =
            application.nextVersion(UUID.randomUUID().toString(), next, caller.username(), now);
        em.persist(draft);
        for (EvidenceFile file : evidenceOf(application)) {
          em.persist(file.carriedTo(UUID.randomUUID().toString(), draft));
        }
        words = "returned for more information; version " + next + " is open for changes";
      }
    }
    audit.record(
        "PROVIDER_" + decision.name(),
        "Provider",
        providerId,
        "Version " + application.getVersionNo() + " " + words,
        reason.strip(),
        null);
    tellAdmins(
        provider,
        "Your provider application was " + decision.name().toLowerCase(),
        "Your application (version "
            + application.getVersionNo()
            + ") was "
            + words
            + ".\n\nReasons: "
            + reason.strip());
    return provider;
  }

  /** Suspends an approved provider from a date: it can no longer apply for places or enrol. */
  @RolesAllowed(DELEGATE)
  public Provider suspend(String providerId, String reason, LocalDate from) {
    return standing(providerId, ProviderAction.SUSPEND, reason, from, "suspended");
  }

  /** Lifts a suspension. */
  @RolesAllowed(DELEGATE)
  public Provider reinstate(String providerId, String reason) {
    return standing(providerId, ProviderAction.REINSTATE, reason, LocalDate.now(), "reinstated");
  }

  /** Revokes an approved or suspended provider for good. */
  @RolesAllowed(DELEGATE)
  public Provider revoke(String providerId, String reason, LocalDate from) {
    return standing(providerId, ProviderAction.REVOKE, reason, from, "revoked");
  }

  private Provider standing(
      String providerId, ProviderAction action, String reason, LocalDate from, String words) {
    Caller caller = callers.current();
    Provider provider = lockedVisible(caller, providerId);
    requireNoConflict(provider, caller);
    allowed(provider, action, caller);
    List<FieldProblem> problems = new ArrayList<>();
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      problems.add(new FieldProblem("reason", "give reasons (1 to 2000 characters)"));
    }
    if (from == null) {
      problems.add(new FieldProblem("effectiveDate", "is required"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    step(provider, action, caller, reason.strip(), from);
    audit.record(
        "PROVIDER_" + words.toUpperCase(),
        "Provider",
        providerId,
        provider.getLegalName() + " " + words + " from " + from,
        reason.strip(),
        null);
    tellAdmins(
        provider,
        "Your provider registration was " + words,
        provider.getLegalName()
            + " was "
            + words
            + " from "
            + from
            + ".\n\nReasons: "
            + reason.strip());
    return provider;
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  private Provider visible(Caller caller, String providerId) {
    Provider provider = providerId == null ? null : em.find(Provider.class, providerId);
    if (provider == null || !caller.maySee(providerId)) {
      throw new NotFoundException("No provider " + providerId + ".");
    }
    return provider;
  }

  /** The provider, locked for this transaction so two steps on it are taken one at a time. */
  private Provider lockedVisible(Caller caller, String providerId) {
    visible(caller, providerId);
    return em.find(Provider.class, providerId, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Whether another provider already holds this ABN or RTO code ({@code condition} on p). */
  private boolean heldByAnother(Provider provider, String condition, String value) {
    return !em.createQuery(
            "SELECT p.id FROM Provider p WHERE " + condition + " AND p.id <> :me", String.class)
        .setParameter("value", value)
        .setParameter("me", provider.getId())
        .getResultList()
        .isEmpty();
  }

  private ProviderApplication current(Provider provider) {
    return em.createQuery(
            "SELECT a FROM ProviderApplication a WHERE a.providerId = :p AND a.versionNo = :v",
            ProviderApplication.class)
        .setParameter("p", provider.getId())
        .setParameter("v", provider.getCurrentVersion())
        .getSingleResult();
  }

  private List<EvidenceFile> evidenceOf(ProviderApplication application) {
    return em.createQuery(
            "SELECT f FROM EvidenceFile f WHERE f.applicationId = :a ORDER BY f.uploadedAt",
            EvidenceFile.class)
        .setParameter("a", application.getId())
        .getResultList();
  }

  /** Refuses a step the workflow does not allow: a wrong state is 409, a wrong role 403. */
  private void allowed(Provider provider, ProviderAction action, Caller caller) {
    WorkflowSteps.answered(
        () -> ProviderWorkflow.next(provider.getStatus(), action, caller.roles()));
  }

  /** Takes a workflow step, refused like {@link #allowed}. */
  private void step(
      Provider provider, ProviderAction action, Caller caller, String reason, LocalDate from) {
    allowed(provider, action, caller);
    provider.take(action, caller.roles(), caller.username(), Instant.now(), reason, from);
  }

  private void requireNoConflict(Provider provider, Caller caller) {
    if (em.find(
            ConflictDeclaration.class,
            new ConflictDeclaration.Key(provider.getId(), caller.username()))
        != null) {
      throw new ForbiddenException(
          "You declared a conflict of interest with "
              + provider.getLegalName()
              + ", so you cannot assess or decide anything of it.");
    }
  }

  private void tellAdmins(Provider provider, String subject, String body) {
    notifier.sendToProviderAdmins(provider.getId(), subject, body);
  }
}
