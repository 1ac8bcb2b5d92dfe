package org.skillfund.credential;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.LazyDataModel;
import org.skillfund.credential.MicroCredentialContent.SectionChange;
import org.skillfund.provider.CetModel;
import org.skillfund.provider.WorkBasedFormat;
import org.skillfund.shared.ConflictException;
import org.skillfund.shared.ForbiddenException;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.NotFoundException;
import org.skillfund.shared.PageMessages;
import org.skillfund.shared.PagedLazyModel;

/**
 * The page where a micro-credential is worked on: the provider edits, checks the framework
 * criteria, submits, retires, records completions and revokes badges; an endorser reviews section
 * by section, requests changes, endorses or declines. Only the steps the caller may take now are
 * shown.
 */
@Named
@ViewScoped
public class MicroCredentialWorkView implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Service field names mapped to the inputs that show their problems. */
  private static final Map<String, String> INPUTS =
      Map.ofEntries(
          Map.entry("title", "draft:title"),
          Map.entry("description", "draft:description"),
          Map.entry("learningOutcomes", "draft:outcomes"),
          Map.entry("hours", "draft:hours"),
          Map.entry("deliveryMode", "draft:deliveryMode"),
          Map.entry("cetModel", "draft:cetModel"),
          Map.entry("workBasedFormat", "draft:workBasedFormat"),
          Map.entry("assessment", "draft:assessment"),
          Map.entry("industry", "draft:industry"),
          Map.entry("industryEndorsement", "draft:industryEndorsement"),
          Map.entry("priceCents", "draft:price"),
          Map.entry("units", "draft:units"),
          Map.entry("creditTowards", "draft:creditTowards"),
          Map.entry("stacking", "draft:stacking"),
          Map.entry("qaStatement", "draft:qaStatement"),
          Map.entry("reviewDate", "draft:reviewDate"));

  @EJB private MicroCredentialService microCredentials;
  @EJB private CredentialService credentials;

  private String id;
  private MicroCredential item;
  private Set<MicroCredentialAction> actions = Set.of();
  private List<SectionChange> changes = List.of();
  private List<ReviewComment> comments = List.of();

  // the draft form
  private String title;
  private String description;
  private String outcomes;
  private Integer hours;
  private DeliveryMode deliveryMode;
  private CetModel cetModel;
  private WorkBasedFormat workBasedFormat;
  private String assessment;
  private String industry;
  private String industryEndorsement;
  private BigDecimal price;
  private String units;
  private String creditTowards;
  private String stacking;
  private String qaStatement;
  private LocalDate reviewDate;

  // the review forms
  private ReviewSection section;
  private String commentText;
  private String reason;
  private LocalDate endorseUntil;

  // completions
  private String usi;
  private String learnerName;
  private String learnerUsername;
  private LocalDate completedOn;
  private String csv;
  private String revokeReason;

  private final LazyDataModel<IssuedCredential> issued =
      new PagedLazyModel<>(request -> credentials.issued(id, request), IssuedCredential::getId);

  /** Loads the micro-credential named in the URL (none: a new draft); not visible answers 404. */
  public void load() throws IOException {
    if (id == null || id.isBlank()) {
      id = null;
      actions = EnumSet.of(MicroCredentialAction.SAVE_DRAFT);
      return;
    }
    try {
      refresh();
    } catch (NotFoundException | EJBException e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "No such micro-credential");
      faces.responseComplete();
      return;
    }
    MicroCredentialContent c = item.getContent();
    title = c.getTitle();
    description = c.getDescription();
    outcomes = String.join("\n", c.getLearningOutcomes());
    hours = c.getHours();
    deliveryMode = c.getDeliveryMode();
    cetModel = c.getCetModel();
    workBasedFormat = c.getWorkBasedFormat();
    assessment = c.getAssessment();
    industry = c.getIndustry();
    industryEndorsement = c.getIndustryEndorsement();
    price = c.getPriceCents() == null ? null : BigDecimal.valueOf(c.getPriceCents(), 2);
    units = String.join(", ", c.getUnits());
    creditTowards = String.join(", ", c.getCreditTowards());
    stacking = c.getStacking();
    qaStatement = c.getQaStatement();
    reviewDate = c.getReviewDate();
  }

  private void refresh() {
    item = microCredentials.find(id);
    actions = microCredentials.actions(id);
    changes = microCredentials.changesSinceLastVersion(id);
    comments = microCredentials.comments(id);
  }

  private MicroCredentialContent content() {
    return new MicroCredentialContent()
        .title(title)
        .description(description)
        .learningOutcomes(outcomes == null ? List.of() : outcomes.lines().toList())
        .hours(hours)
        .deliveryMode(deliveryMode)
        .cetModel(cetModel)
        .workBasedFormat(workBasedFormat)
        .assessment(assessment)
        .industry(industry)
        .industryEndorsement(industryEndorsement)
        .priceCents(price == null ? null : price.movePointRight(2).longValue())
        .units(units == null ? List.of() : Arrays.asList(units.split(",")))
        .creditTowards(creditTowards == null ? List.of() : Arrays.asList(creditTowards.split(",")))
        .stacking(stacking)
        .qaStatement(qaStatement)
        .reviewDate(reviewDate);
  }

  /** Saves the draft (creating it the first time) and stays on the page. */
  public String save() {
    PageMessages page = PageMessages.current();
    try {
      if (id == null) {
        MicroCredential created = microCredentials.create(content());
        page.doneAfterRedirect(page.text("mc.saved"));
        return "/microcredential-work?faces-redirect=true&id=" + created.getId();
      }
      microCredentials.saveDraft(id, content());
      refresh();
      page.done("draft", page.text("mc.saved"));
    } catch (InvalidRequestException refused) {
      page.refused(refused, "draft", INPUTS);
    } catch (ConflictException | ForbiddenException e) {
      page.error("draft", e.getMessage());
    }
    return null;
  }

  /** Submits for endorsement; failed criteria appear next to their fields. */
  public void submit() {
    run("draft", () -> microCredentials.submit(id), "mc.submitted");
  }

  public void retire() {
    run("standing", () -> microCredentials.retire(id, reason), "mc.retired");
  }

  public void pickUp() {
    run("review", () -> microCredentials.pickUp(id), "mc.pickedUp");
  }

  public void comment() {
    run(
        "review",
        () -> {
          microCredentials.comment(id, section, commentText);
          commentText = null;
        },
        "mc.commented");
  }

  public void requestChanges() {
    run("review", () -> microCredentials.requestChanges(id, reason), "mc.changesRequested");
  }

  public void endorse() {
    run("review", () -> microCredentials.endorse(id, endorseUntil, reason), "mc.endorsed");
  }

  public void decline() {
    run("review", () -> microCredentials.decline(id, reason), "mc.declined");
  }

  /** Records one completion and issues its badge. */
  public void complete() {
    run(
        "completion",
        () -> {
          credentials.recordCompletion(
              id,
              new CredentialService.CompletionRequest(
                  usi, learnerName, learnerUsername, completedOn));
          usi = null;
          learnerName = null;
          learnerUsername = null;
          completedOn = null;
        },
        "mc.completed");
  }

  /** Records the CSV's completions, all or none. */
  public void completeCsv() {
    run(
        "bulk",
        () -> {
          credentials.recordCompletionsCsv(id, csv);
          csv = null;
        },
        "mc.completedBulk");
  }

  /** Revokes one issued badge. */
  public void revoke(IssuedCredential c) {
    run("issued", () -> credentials.revoke(c.getId(), revokeReason), "mc.revoked");
  }

  private void run(String formId, Runnable step, String doneKey) {
    PageMessages page = PageMessages.current();
    try {
      step.run();
      reason = null;
      refresh();
      page.done(formId, page.text(doneKey));
    } catch (InvalidRequestException refused) {
      page.refused(
          refused,
          formId,
          Map.ofEntries(
              Map.entry("reason", formId + ":reason"),
              Map.entry("reviewDate", "review:endorseUntil"),
              Map.entry("text", "review:commentText"),
              Map.entry("section", "review:section"),
              Map.entry("usi", "completion:usi"),
              Map.entry("learnerName", "completion:learnerName"),
              Map.entry("learnerUsername", "completion:learnerUsername"),
              Map.entry("completedOn", "completion:completedOn"),
              Map.entry("title", "draft:title"),
              Map.entry("hours", "draft:hours"),
              Map.entry("learningOutcomes", "draft:outcomes"),
              Map.entry("assessment", "draft:assessment"),
              Map.entry("qaStatement", "draft:qaStatement"),
              Map.entry("description", "draft:description"),
              Map.entry("industry", "draft:industry"),
              Map.entry("deliveryMode", "draft:deliveryMode"),
              Map.entry("cetModel", "draft:cetModel"),
              Map.entry("priceCents", "draft:price")));
    } catch (ConflictException | ForbiddenException | NotFoundException e) {
      page.error(formId, e.getMessage());
    }
  }

  public boolean may(String action) {
    return actions.contains(MicroCredentialAction.valueOf(action));
  }

  public List<FrameworkCriteria.Criterion> getCriteria() {
    return FrameworkCriteria.check(item == null ? content() : item.getContent());
  }

  public boolean isRecordsCompletions() {
    var context = FacesContext.getCurrentInstance().getExternalContext();
    return item != null
        && item.isCurrent(LocalDate.now())
        && (context.isUserInRole("PROVIDER_ADMIN") || context.isUserInRole("PROVIDER_STAFF"));
  }

  public boolean isProviderAdmin() {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PROVIDER_ADMIN");
  }

  public String price(Long cents) {
    return cents == null ? "" : MicroCredentialContent.dollars(cents);
  }

  public ReviewSection[] getSections() {
    return ReviewSection.values();
  }

  public DeliveryMode[] getDeliveryModes() {
    return DeliveryMode.values();
  }

  public CetModel[] getCetModels() {
    return CetModel.values();
  }

  public WorkBasedFormat[] getWorkBasedFormats() {
    return WorkBasedFormat.values();
  }

  public LazyDataModel<IssuedCredential> getIssued() {
    return issued;
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public MicroCredential getItem() {
    return item;
  }

  public List<SectionChange> getChanges() {
    return changes;
  }

  public List<ReviewComment> getComments() {
    return comments;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String v) {
    title = v;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String v) {
    description = v;
  }

  public String getOutcomes() {
    return outcomes;
  }

  public void setOutcomes(String v) {
    outcomes = v;
  }

  public Integer getHours() {
    return hours;
  }

  public void setHours(Integer v) {
    hours = v;
  }

  public DeliveryMode getDeliveryMode() {
    return deliveryMode;
  }

  public void setDeliveryMode(DeliveryMode v) {
    deliveryMode = v;
  }

  public CetModel getCetModel() {
    return cetModel;
  }

  public void setCetModel(CetModel v) {
    cetModel = v;
  }

  public WorkBasedFormat getWorkBasedFormat() {
    return workBasedFormat;
  }

  public void setWorkBasedFormat(WorkBasedFormat v) {
    workBasedFormat = v;
  }

  public String getAssessment() {
    return assessment;
  }

  public void setAssessment(String v) {
    assessment = v;
  }

  public String getIndustry() {
    return industry;
  }

  public void setIndustry(String v) {
    industry = v;
  }

  public String getIndustryEndorsement() {
    return industryEndorsement;
  }

  public void setIndustryEndorsement(String v) {
    industryEndorsement = v;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal v) {
    price = v;
  }

  public String getUnits() {
    return units;
  }

  public void setUnits(String v) {
    units = v;
  }

  public String getCreditTowards() {
    return creditTowards;
  }

  public void setCreditTowards(String v) {
    creditTowards = v;
  }

  public String getStacking() {
    return stacking;
  }

  public void setStacking(String v) {
    stacking = v;
  }

  public String getQaStatement() {
    return qaStatement;
  }

  public void setQaStatement(String v) {
    qaStatement = v;
  }

  public LocalDate getReviewDate() {
    return reviewDate;
  }

  public void setReviewDate(LocalDate v) {
    reviewDate = v;
  }

  public ReviewSection getSection() {
    return section;
  }

  public void setSection(ReviewSection v) {
    section = v;
  }

  public String getCommentText() {
    return commentText;
  }

  public void setCommentText(String v) {
    commentText = v;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String v) {
    reason = v;
  }

  public LocalDate getEndorseUntil() {
    return endorseUntil;
  }

  public void setEndorseUntil(LocalDate v) {
    endorseUntil = v;
  }

  public String getUsi() {
    return usi;
  }

  public void setUsi(String v) {
    usi = v;
  }

  public String getLearnerName() {
    return learnerName;
  }

  public void setLearnerName(String v) {
    learnerName = v;
  }

  public String getLearnerUsername() {
    return learnerUsername;
  }

  public void setLearnerUsername(String v) {
    learnerUsername = v;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public void setCompletedOn(LocalDate v) {
    completedOn = v;
  }

  public String getCsv() {
    return csv;
  }

  public void setCsv(String v) {
    csv = v;
  }

  public String getRevokeReason() {
    return revokeReason;
  }

  public void setRevokeReason(String v) {
    revokeReason = v;
  }
}
