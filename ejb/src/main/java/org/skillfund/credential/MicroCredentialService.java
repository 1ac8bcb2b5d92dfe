package org.skillfund.credential;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.skillfund.audit.AuditService;
import org.skillfund.catalog.CatalogService;
import org.skillfund.catalog.ProductType;
import org.skillfund.catalog.TrainingProduct;
import org.skillfund.credential.MicroCredentialContent.SectionChange;
import org.skillfund.identity.Caller;
import org.skillfund.identity.Callers;
import org.skillfund.identity.Role;
import org.skillfund.identity.UserAccount;
import org.skillfund.provider.Provider;
import org.skillfund.provider.ProviderService;
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
 * Micro-credentials (issue 8): an approved provider drafts and submits them against the National
 * Microcredentials Framework; endorsers review them section by section, request changes, endorse
 * until a review date or decline; the provider retires them, or the expiry timer does. Only
 * endorsed, current items reach the public catalogue.
 *
 * <p>Every method checks role (annotations) and tenancy: provider users reach only their own
 * provider's micro-credentials (others answer 404), and nobody who works for the provider may
 * review or endorse its micro-credentials. Each step is audited and e-mailed in its transaction.
 */
@Stateless
public class MicroCredentialService {

  private static final String PROVIDER_STAFF = Role.Names.PROVIDER_STAFF;
  private static final String PROVIDER_ADMIN = Role.Names.PROVIDER_ADMIN;
  private static final String ENDORSER = Role.Names.ENDORSER;
  private static final String AUDITOR = Role.Names.AUDITOR;
  private static final String OFFICER = Role.Names.OFFICER;
  private static final String ENTITY = "MicroCredential";

  /** Longest endorsement before the panel must look again. */
  static final int MAX_ENDORSEMENT_YEARS = 3;

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @EJB private AuditService audit;
  @EJB private CatalogService catalog;
  @EJB private ProviderService providers;
  @EJB private Callers callers;
  @EJB private Notifier notifier;

  // ---------------------------------------------------------------------------------------------
  // The provider's drafts
  // ---------------------------------------------------------------------------------------------

  /** A new draft for the caller's own provider, which must be approved. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF})
  public MicroCredential create(MicroCredentialContent content) {
    Caller caller = callers.current();
    Provider provider = approvedOwnProvider(caller);
    validate(content);
    Instant now = Instant.now();
    MicroCredential mc =
        new MicroCredential(
            UUID.randomUUID().toString(),
            provider.getId(),
            provider.getLegalName(),
            content,
            caller.username(),
            now);
    em.persist(mc);
    audit.record(
        "MICRO_CREDENTIAL_DRAFTED",
        ENTITY,
        mc.getId(),
        "Drafted \"" + content.getTitle() + "\" for " + provider.getLegalName(),
        null,
        null);
    return mc;
  }

  /** Replaces the draft's content (in draft, or while changes are requested). */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF})
  public MicroCredential saveDraft(String id, MicroCredentialContent content) {
    Caller caller = callers.current();
    MicroCredential mc = locked(caller, id);
    allowed(mc, MicroCredentialAction.SAVE_DRAFT, caller);
    validate(content);
    mc.edit(content, caller.username(), Instant.now());
    audit.record(
        "MICRO_CREDENTIAL_SAVED",
        ENTITY,
        id,
        "Saved the draft of \"" + content.getTitle() + "\"",
        null,
        null);
    return mc;
  }

  /**
   * Submits for endorsement: every framework criterion and every field must hold; the content is
   * frozen as the next version.
   */
  @RolesAllowed(PROVIDER_ADMIN)
  public MicroCredential submit(String id) {
    Caller caller = callers.current();
    MicroCredential mc = locked(caller, id);
    allowed(mc, MicroCredentialAction.SUBMIT, caller);
    approvedOwnProvider(caller);
    List<FieldProblem> problems = new ArrayList<>();
    MicroCredentialContent c = mc.getContent();
    for (FrameworkCriteria.Criterion failed : FrameworkCriteria.failures(c)) {
      problems.add(new FieldProblem(failed.id(), failed.explanation()));
    }
    required(problems, "title", c.getTitle());
    required(problems, "description", c.getDescription());
    required(problems, "deliveryMode", c.getDeliveryMode());
    required(problems, "cetModel", c.getCetModel());
    required(problems, "industry", c.getIndustry());
    required(problems, "priceCents", c.getPriceCents());
    if (c.getReviewDate() == null || !c.getReviewDate().isAfter(LocalDate.now())) {
      problems.add(new FieldProblem("reviewDate", "must be a date in the future"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    Instant now = Instant.now();
    mc.take(MicroCredentialAction.SUBMIT, caller.roles(), caller.username(), now, null);
    em.persist(
        new MicroCredentialVersion(
            UUID.randomUUID().toString(),
            id,
            mc.getSubmittedVersions(),
            c,
            caller.username(),
            now));
    audit.record(
        "MICRO_CREDENTIAL_SUBMITTED",
        ENTITY,
        id,
        "Submitted version " + mc.getSubmittedVersions() + " of \"" + c.getTitle() + "\"",
        null,
        null);
    tellEndorsers(
        "Micro-credential to review: " + c.getTitle(),
        mc.getProviderName()
            + " submitted \""
            + c.getTitle()
            + "\" (version "
            + mc.getSubmittedVersions()
            + ") for endorsement.");
    tellProvider(
        mc,
        "Submitted: " + c.getTitle(),
        "\"" + c.getTitle() + "\" was submitted for endorsement by " + caller.username() + ".");
    return mc;
  }

  /** Retires an endorsed micro-credential: it leaves the catalogue; issued badges stay valid. */
  @RolesAllowed(PROVIDER_ADMIN)
  public MicroCredential retire(String id, String reason) {
    Caller caller = callers.current();
    MicroCredential mc = locked(caller, id);
    requireReason(reason);
    step(mc, MicroCredentialAction.RETIRE, caller, reason.strip());
    audit.record(
        "MICRO_CREDENTIAL_RETIRED",
        ENTITY,
        id,
        "Retired \"" + mc.getContent().getTitle() + "\"",
        reason.strip(),
        null);
    tellProvider(
        mc,
        "Retired: " + mc.getContent().getTitle(),
        "\"" + mc.getContent().getTitle() + "\" was retired: " + reason.strip());
    return mc;
  }

  // ---------------------------------------------------------------------------------------------
  // The endorsers' review
  // ---------------------------------------------------------------------------------------------

  /** An endorser takes a submitted micro-credential for review. */
  @RolesAllowed(ENDORSER)
  public MicroCredential pickUp(String id) {
    Caller caller = callers.current();
    MicroCredential mc = lockedForReview(caller, id);
    step(mc, MicroCredentialAction.PICK_UP, caller, null);
    audit.record(
        "MICRO_CREDENTIAL_PICKED_UP",
        ENTITY,
        id,
        "Took version " + mc.getSubmittedVersions() + " for review",
        null,
        null);
    tellProvider(
        mc,
        "In review: " + mc.getContent().getTitle(),
        "An endorser started reviewing \"" + mc.getContent().getTitle() + "\".");
    return mc;
  }

  /** A comment on one section of the version in review. */
  @RolesAllowed(ENDORSER)
  public ReviewComment comment(String id, ReviewSection section, String text) {
    Caller caller = callers.current();
    MicroCredential mc = lockedForReview(caller, id);
    List<FieldProblem> problems = new ArrayList<>();
    required(problems, "section", section);
    if (text == null || text.isBlank() || text.length() > 2000) {
      problems.add(new FieldProblem("text", "is required (up to 2000 characters)"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
    allowed(mc, MicroCredentialAction.COMMENT, caller);
    ReviewComment comment =
        new ReviewComment(
            UUID.randomUUID().toString(),
            id,
            mc.getSubmittedVersions(),
            section,
            text.strip(),
            caller.username(),
            Instant.now());
    em.persist(comment);
    audit.record(
        "MICRO_CREDENTIAL_COMMENTED",
        ENTITY,
        id,
        "Commented on " + section.words() + " of version " + mc.getSubmittedVersions(),
        text.strip(),
        null);
    return comment;
  }

  /** Sends it back to the provider with this version's comments. */
  @RolesAllowed(ENDORSER)
  public MicroCredential requestChanges(String id, String reason) {
    Caller caller = callers.current();
    MicroCredential mc = lockedForReview(caller, id);
    requireReason(reason);
    allowed(mc, MicroCredentialAction.REQUEST_CHANGES, caller);
    List<ReviewComment> comments = comments(mc, mc.getSubmittedVersions());
    step(mc, MicroCredentialAction.REQUEST_CHANGES, caller, reason.strip());
    audit.record(
        "MICRO_CREDENTIAL_CHANGES_REQUESTED",
        ENTITY,
        id,
        "Requested changes to version "
            + mc.getSubmittedVersions()
            + " with "
            + comments.size()
            + " comments",
        reason.strip(),
        null);
    StringBuilder body =
        new StringBuilder("The endorser asks for changes to \"")
            .append(mc.getContent().getTitle())
            .append("\": ")
            .append(reason.strip())
            .append('\n');
    comments.forEach(
        c -> body.append("\n- ").append(c.getSection().words()).append(": ").append(c.getText()));
    tellProvider(mc, "Changes requested: " + mc.getContent().getTitle(), body.toString());
    return mc;
  }

  /** Endorses the version in review until {@code reviewDate}; it appears in the catalogue. */
  @RolesAllowed(ENDORSER)
  public MicroCredential endorse(String id, LocalDate reviewDate, String note) {
    Caller caller = callers.current();
    MicroCredential mc = lockedForReview(caller, id);
    LocalDate today = LocalDate.now();
    if (reviewDate == null
        || !reviewDate.isAfter(today)
        || reviewDate.isAfter(today.plusYears(MAX_ENDORSEMENT_YEARS))) {
      throw InvalidRequestException.of(
          "reviewDate", "must be after today and at most " + MAX_ENDORSEMENT_YEARS + " years away");
    }
    step(mc, MicroCredentialAction.ENDORSE, caller, note == null ? null : note.strip());
    mc.endorseUntil(reviewDate);
    audit.record(
        "MICRO_CREDENTIAL_ENDORSED",
        ENTITY,
        id,
        "Endorsed version " + mc.getSubmittedVersions() + " until " + reviewDate,
        note,
        null);
    tellProvider(
        mc,
        "Endorsed: " + mc.getContent().getTitle(),
        "\""
            + mc.getContent().getTitle()
            + "\" is endorsed until "
            + reviewDate
            + " and listed in the public catalogue.");
    return mc;
  }

  /** Declines the version in review, with reasons; final. */
  @RolesAllowed(ENDORSER)
  public MicroCredential decline(String id, String reasons) {
    Caller caller = callers.current();
    MicroCredential mc = lockedForReview(caller, id);
    requireReason(reasons);
    step(mc, MicroCredentialAction.DECLINE, caller, reasons.strip());
    audit.record(
        "MICRO_CREDENTIAL_DECLINED",
        ENTITY,
        id,
        "Declined version " + mc.getSubmittedVersions(),
        reasons.strip(),
        null);
    tellProvider(
        mc,
        "Declined: " + mc.getContent().getTitle(),
        "\"" + mc.getContent().getTitle() + "\" was declined: " + reasons.strip());
    return mc;
  }

  /** Retires every endorsement whose review date has passed (run by the expiry timer). */
  @PermitAll
  public int retireExpired(LocalDate today) {
    List<MicroCredential> due =
        em.createQuery(
                "SELECT m FROM MicroCredential m WHERE m.status = :s AND m.endorsedUntil < :today",
                MicroCredential.class)
            .setParameter("s", MicroCredentialStatus.ENDORSED)
            .setParameter("today", today)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    for (MicroCredential mc : due) {
      mc.expire(Instant.now());
      audit.recordAs(
          new org.skillfund.audit.AuditRecord(
              "system",
              "",
              "MICRO_CREDENTIAL_EXPIRED",
              ENTITY,
              mc.getId(),
              "Retired \"" + mc.getContent().getTitle() + "\" on expiry",
              mc.getStatusReason(),
              null));
      tellProvider(
          mc,
          "Endorsement ended: " + mc.getContent().getTitle(),
          "The endorsement of \""
              + mc.getContent().getTitle()
              + "\" reached its review date and it left the catalogue. Submit a new"
              + " micro-credential to have it endorsed again.");
    }
    return due.size();
  }

  // ---------------------------------------------------------------------------------------------
  // Reading
  // ---------------------------------------------------------------------------------------------

  /** One micro-credential; provider users see only their own (others answer 404). */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, ENDORSER, AUDITOR, OFFICER})
  public MicroCredential find(String id) {
    return visible(callers.current(), id);
  }

  /** An endorsed, current micro-credential for the public catalogue (anything else: 404). */
  @PermitAll
  public MicroCredential published(String id) {
    MicroCredential mc = id == null ? null : em.find(MicroCredential.class, id);
    if (mc == null || !mc.isCurrent(LocalDate.now())) {
      throw new NotFoundException("No endorsed micro-credential " + id + ".");
    }
    return mc;
  }

  /**
   * Micro-credentials by status, a page at a time: provider users their own provider's; endorsers,
   * officers and auditors all but drafts (the review queue, oldest submission first).
   */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, ENDORSER, AUDITOR, OFFICER})
  public Page<MicroCredential> list(Set<MicroCredentialStatus> statuses, PageRequest request) {
    Caller caller = callers.current();
    PagedQuery<MicroCredential> query = PagedQuery.of(em, MicroCredential.class, "m");
    if (caller.isProviderUser()) {
      query.where("m.providerId = :own", "own", ownProviderId(caller));
    } else {
      query.where("m.status <> :draft", "draft", MicroCredentialStatus.DRAFT);
    }
    if (statuses != null && !statuses.isEmpty()) {
      query.where("m.status IN :statuses", "statuses", List.copyOf(statuses));
    }
    return query.page("m.submittedAt ASC NULLS LAST, m.content.title ASC", request);
  }

  /** The public catalogue: endorsed, current items matching every filter given. */
  @PermitAll
  public Page<MicroCredential> catalogue(CatalogueFilter filter, PageRequest request) {
    PagedQuery<MicroCredential> query = PagedQuery.of(em, MicroCredential.class, "m");
    query.where("m.status = :endorsed", "endorsed", MicroCredentialStatus.ENDORSED);
    query.where("m.endorsedUntil >= :today", "today", LocalDate.now());
    if (filter.text() != null && !filter.text().isBlank()) {
      query.where(
          "(LOWER(m.content.title) LIKE :text OR LOWER(m.content.description) LIKE :text)",
          "text",
          "%" + filter.text().strip().toLowerCase(java.util.Locale.ROOT) + "%");
    }
    if (filter.industry() != null && !filter.industry().isBlank()) {
      query.where(
          "LOWER(m.content.industry) = :industry",
          "industry",
          filter.industry().strip().toLowerCase(java.util.Locale.ROOT));
    }
    if (filter.maxHours() != null) {
      query.where("m.content.hours <= :maxHours", "maxHours", filter.maxHours());
    }
    if (filter.minHours() != null) {
      query.where("m.content.hours >= :minHours", "minHours", filter.minHours());
    }
    if (filter.deliveryMode() != null) {
      query.where("m.content.deliveryMode = :mode", "mode", filter.deliveryMode());
    }
    if (filter.cetModel() != null) {
      query.where("m.content.cetModel = :cet", "cet", filter.cetModel());
    }
    if (filter.maxPriceCents() != null) {
      query.where("m.content.priceCents <= :price", "price", filter.maxPriceCents());
    }
    if (filter.creditTowards() != null && !filter.creditTowards().isBlank()) {
      query.where(
          "m.content.creditTowards LIKE :credit",
          "credit",
          "%" + filter.creditTowards().strip().toUpperCase(java.util.Locale.ROOT) + "%");
    }
    return query.page("m.content.title ASC", request);
  }

  /** The industries of the public catalogue, for its filter. */
  @PermitAll
  public List<String> industries() {
    return em.createQuery(
            "SELECT DISTINCT m.content.industry FROM MicroCredential m WHERE m.status = :s"
                + " ORDER BY m.content.industry",
            String.class)
        .setParameter("s", MicroCredentialStatus.ENDORSED)
        .getResultList();
  }

  /** Every submitted version, newest first. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, ENDORSER, AUDITOR, OFFICER})
  public List<MicroCredentialVersion> versions(String id) {
    visible(callers.current(), id);
    return em.createQuery(
            "SELECT v FROM MicroCredentialVersion v WHERE v.microCredentialId = :id"
                + " ORDER BY v.versionNo DESC",
            MicroCredentialVersion.class)
        .setParameter("id", id)
        .getResultList();
  }

  /** What changed between the last two submitted versions (empty after the first submission). */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, ENDORSER, AUDITOR, OFFICER})
  public List<SectionChange> changesSinceLastVersion(String id) {
    List<MicroCredentialVersion> versions = versions(id);
    if (versions.size() < 2) {
      return List.of();
    }
    return versions.get(0).getContent().changesSince(versions.get(1).getContent());
  }

  /** Every review comment, oldest first. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, ENDORSER, AUDITOR, OFFICER})
  public List<ReviewComment> comments(String id) {
    MicroCredential mc = visible(callers.current(), id);
    return comments(mc, null);
  }

  /** The steps the caller may take now, for showing only the right buttons. */
  @RolesAllowed({PROVIDER_ADMIN, PROVIDER_STAFF, ENDORSER, AUDITOR, OFFICER})
  public Set<MicroCredentialAction> actions(String id) {
    Caller caller = callers.current();
    MicroCredential mc = visible(caller, id);
    if (worksFor(caller, mc) && caller.has(Role.ENDORSER)) {
      Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
      roles.addAll(caller.roles());
      roles.remove(Role.ENDORSER);
      return MicroCredentialWorkflow.actionsFor(mc.getStatus(), roles);
    }
    return MicroCredentialWorkflow.actionsFor(mc.getStatus(), caller.roles());
  }

  // ---------------------------------------------------------------------------------------------

  private List<ReviewComment> comments(MicroCredential mc, Integer versionNo) {
    return em.createQuery(
            "SELECT c FROM ReviewComment c WHERE c.microCredentialId = :id"
                + (versionNo == null ? "" : " AND c.versionNo = " + versionNo.intValue())
                + " ORDER BY c.writtenAt ASC",
            ReviewComment.class)
        .setParameter("id", mc.getId())
        .getResultList();
  }

  private void validate(MicroCredentialContent c) {
    List<FieldProblem> problems = new ArrayList<>();
    if (c.getTitle() == null || c.getTitle().isBlank() || c.getTitle().length() > 200) {
      problems.add(new FieldProblem("title", "is required (up to 200 characters)"));
    }
    text(problems, "description", c.getDescription(), 4000);
    text(problems, "assessment", c.getAssessment(), 2000);
    text(problems, "industry", c.getIndustry(), 100);
    text(problems, "industryEndorsement", c.getIndustryEndorsement(), 2000);
    text(problems, "stacking", c.getStacking(), 2000);
    text(problems, "qaStatement", c.getQaStatement(), 2000);
    if (String.join("\n", c.getLearningOutcomes()).length() > 4000) {
      problems.add(new FieldProblem("learningOutcomes", "must be at most 4000 characters"));
    }
    if (c.getHours() != null && (c.getHours() < 0 || c.getHours() > 10_000)) {
      problems.add(new FieldProblem("hours", "must be between 0 and 10000"));
    }
    if (c.getPriceCents() != null && (c.getPriceCents() < 0 || c.getPriceCents() > 10_000_000)) {
      problems.add(new FieldProblem("priceCents", "must be between 0 and 10000000 cents"));
    }
    if (c.getCetModel() != null) {
      if (c.getCetModel().isWorkBased() && c.getWorkBasedFormat() == null) {
        problems.add(
            new FieldProblem("workBasedFormat", "is required for a work-based delivery model"));
      } else if (!c.getCetModel().isWorkBased() && c.getWorkBasedFormat() != null) {
        problems.add(
            new FieldProblem(
                "workBasedFormat", "must be empty for wholly institution-based delivery"));
      }
    }
    for (String unit : c.getUnits()) {
      Optional<TrainingProduct> p = catalog.find(unit);
      if (p.isEmpty() || p.get().getType() != ProductType.UNIT) {
        problems.add(
            new FieldProblem("units", unit + " is not a unit of competency in the catalogue"));
      }
    }
    for (String code : c.getCreditTowards()) {
      Optional<TrainingProduct> p = catalog.find(code);
      if (p.isEmpty()
          || (p.get().getType() != ProductType.QUALIFICATION
              && p.get().getType() != ProductType.SKILL_SET)) {
        problems.add(
            new FieldProblem(
                "creditTowards", code + " is not a qualification or skill set in the catalogue"));
      } else if (!p.get().isCurrent()) {
        problems.add(new FieldProblem("creditTowards", code + " is superseded"));
      }
    }
    if (!c.getCreditTowards().isEmpty() && c.getUnits().isEmpty()) {
      problems.add(new FieldProblem("units", "name the units of competency that give the credit"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(problems);
    }
  }

  private static void text(List<FieldProblem> problems, String field, String value, int max) {
    if (value != null && value.length() > max) {
      problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
    }
  }

  private static void required(List<FieldProblem> problems, String field, Object value) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      problems.add(new FieldProblem(field, "is required"));
    }
  }

  private static void requireReason(String reason) {
    if (reason == null || reason.isBlank() || reason.length() > 2000) {
      throw InvalidRequestException.of("reason", "is required (up to 2000 characters)");
    }
  }

  private Provider approvedOwnProvider(Caller caller) {
    Provider provider = providers.mine();
    if (!provider.isActive()) {
      throw new ConflictException(
          "Only an approved provider may submit micro-credentials; "
              + provider.getLegalName()
              + " is "
              + provider.getStatus().name().toLowerCase(java.util.Locale.ROOT)
              + ".");
    }
    return provider;
  }

  private static String ownProviderId(Caller caller) {
    return caller.providerId() == null ? "" : caller.providerId();
  }

  private static boolean worksFor(Caller caller, MicroCredential mc) {
    return caller.providerId() != null && caller.providerId().equals(mc.getProviderId());
  }

  private MicroCredential visible(Caller caller, String id) {
    MicroCredential mc = id == null ? null : em.find(MicroCredential.class, id);
    if (mc == null
        || (caller.isProviderUser() && !ownProviderId(caller).equals(mc.getProviderId()))
        || (!caller.isProviderUser() && mc.getStatus() == MicroCredentialStatus.DRAFT)) {
      throw new NotFoundException("No micro-credential " + id + ".");
    }
    return mc;
  }

  private MicroCredential locked(Caller caller, String id) {
    visible(caller, id);
    return em.find(MicroCredential.class, id, LockModeType.PESSIMISTIC_WRITE);
  }

  /** Locked for a review step; nobody who works for the provider may review its items. */
  private MicroCredential lockedForReview(Caller caller, String id) {
    MicroCredential mc = locked(caller, id);
    if (worksFor(caller, mc)) {
      throw new ForbiddenException(
          "You work for "
              + mc.getProviderName()
              + ", so you cannot review or endorse its micro-credentials.");
    }
    return mc;
  }

  private void allowed(MicroCredential mc, MicroCredentialAction action, Caller caller) {
    WorkflowSteps.answered(
        () -> MicroCredentialWorkflow.next(mc.getStatus(), action, caller.roles()));
  }

  private void step(
      MicroCredential mc, MicroCredentialAction action, Caller caller, String reason) {
    allowed(mc, action, caller);
    mc.take(action, caller.roles(), caller.username(), Instant.now(), reason);
  }

  private void tellEndorsers(String subject, String body) {
    mail(
        em.createQuery("SELECT u FROM UserAccount u WHERE u.enabled = TRUE", UserAccount.class)
            .getResultList(),
        Role.ENDORSER,
        subject,
        body);
  }

  private void tellProvider(MicroCredential mc, String subject, String body) {
    mail(
        em.createQuery(
                "SELECT u FROM UserAccount u WHERE u.providerId = :p AND u.enabled = TRUE",
                UserAccount.class)
            .setParameter("p", mc.getProviderId())
            .getResultList(),
        Role.PROVIDER_ADMIN,
        subject,
        body);
  }

  /** Queues the mail to each of {@code people} who holds {@code role}. */
  private void mail(List<UserAccount> people, Role role, String subject, String body) {
    people.stream()
        .filter(u -> u.getRoles().contains(role))
        .forEach(
            u ->
                notifier.send(
                    u.getEmail(),
                    subject,
                    "Hello " + u.getDisplayName() + ",\n\n" + body + "\n\nSkillfund\n"));
  }
}
