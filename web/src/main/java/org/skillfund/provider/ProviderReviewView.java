package org.skillfund.provider;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.StreamedContent;
import org.skillfund.catalog.CatalogService;
import org.skillfund.catalog.TrainingProduct;
import org.skillfund.identity.CurrentUser;
import org.skillfund.identity.Role;
import org.skillfund.shared.NotFoundException;

/**
 * The department's review of one provider: its application, evidence, assessment and decision, and
 * only the steps the caller's role may take now (pick up, declare a conflict, assess, decide,
 * suspend, reinstate, revoke). The service refuses anything else, and its refusals are shown as
 * page messages.
 */
@Named
@ViewScoped
public class ProviderReviewView implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Set<ProviderAction> DECISIONS =
      EnumSet.of(ProviderAction.APPROVE, ProviderAction.REJECT, ProviderAction.RETURN);

  @EJB private ProviderService providers;
  @EJB private CatalogService catalog;
  @Inject private CurrentUser currentUser;

  private String id;

  // What the service said, read again after every step; not kept across a session's passivation.
  private transient ProviderSnapshot snapshot;
  private final Map<String, String> titles = new HashMap<>();

  private String conflictNote;

  private boolean registrationCurrent;
  private boolean scopeVerified;
  private boolean financiallyViable;
  private boolean complianceHistoryClear;
  private boolean conflictsDeclared;
  private RiskRating riskRating;
  private String riskReasons;
  private final List<Recommendation> recommendations = new ArrayList<>();

  private ProviderApplication.Decision decision;
  private String[] approvedProducts = {};
  private String decisionReason;

  private String standingReason;
  private LocalDate effectiveDate = LocalDate.now();

  /** Loads the provider named in the URL; an unknown id answers 404. */
  public void load() throws IOException {
    try {
      if (id == null || id.isBlank()) {
        throw new NotFoundException("No provider id in the address.");
      }
      refresh();
    } catch (NotFoundException missing) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(404, "No such provider");
      faces.responseComplete();
      return;
    }
    fillAssessment();
  }

  private void refresh() {
    snapshot = ProviderSnapshot.load(providers, id, currentUser);
  }

  /** The assessment form starts from the recorded assessment, if there is one. */
  private void fillAssessment() {
    ProviderApplication a = getApplication();
    Checklist c = a.getChecklist();
    if (a.isAssessed() && c != null) {
      registrationCurrent = c.isRegistrationCurrent();
      scopeVerified = c.isScopeVerified();
      financiallyViable = c.isFinanciallyViable();
      complianceHistoryClear = c.isComplianceHistoryClear();
      conflictsDeclared = c.isConflictsDeclared();
      riskRating = a.getRiskRating();
      riskReasons = a.getRiskReasons();
    }
    recommendations.clear();
    for (AppliedProduct p : a.getProducts()) {
      Recommendation r = new Recommendation(p.getProductCode());
      r.setRecommended(p.getRecommended());
      r.setNote(p.getRecommendationNote());
      recommendations.add(r);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Steps
  // ---------------------------------------------------------------------------------------------

  public void pickUp() {
    if (ProviderPages.attempt(() -> providers.pickUp(id), this::inputOf)) {
      done("review.pickedUp");
    }
  }

  public void declareConflict() {
    if (ProviderPages.attempt(() -> providers.declareConflict(id, conflictNote), this::inputOf)) {
      conflictNote = null;
      done("review.conflictDeclared");
    }
  }

  public void assess() {
    Map<String, Map.Entry<Boolean, String>> recs = new LinkedHashMap<>();
    for (Recommendation r : recommendations) {
      recs.put(
          r.getProductCode(),
          new AbstractMap.SimpleImmutableEntry<>(
              r.getRecommended(),
              r.getNote() == null || r.getNote().isBlank() ? null : r.getNote().strip()));
    }
    Checklist checklist =
        new Checklist(
            registrationCurrent,
            scopeVerified,
            financiallyViable,
            complianceHistoryClear,
            conflictsDeclared);
    if (ProviderPages.attempt(
        () -> providers.assess(id, checklist, riskRating, riskReasons, recs), this::inputOf)) {
      done("review.assessed");
    }
  }

  public void decide() {
    Set<String> approved =
        decision == ProviderApplication.Decision.APPROVED
            ? new LinkedHashSet<>(Arrays.asList(approvedProducts))
            : Set.of();
    if (ProviderPages.attempt(
        () -> providers.decide(id, decision, approved, decisionReason),
        field -> inputOf(field, "review:decisionReason"))) {
      decisionReason = null;
      done("review.decided." + decision.name());
    }
  }

  public void suspend() {
    if (ProviderPages.attempt(
        () -> providers.suspend(id, standingReason, effectiveDate), this::standingInputOf)) {
      done("review.suspended");
    }
  }

  public void reinstate() {
    if (ProviderPages.attempt(
        () -> providers.reinstate(id, standingReason), this::standingInputOf)) {
      done("review.reinstated");
    }
  }

  public void revoke() {
    if (ProviderPages.attempt(
        () -> providers.revoke(id, standingReason, effectiveDate), this::standingInputOf)) {
      done("review.revoked");
    }
  }

  private void done(String messageKey) {
    refresh();
    fillAssessment();
    standingReason = null;
    ProviderPages.info(ProviderPages.text(messageKey));
  }

  private ProviderPages.Input standingInputOf(String field) {
    return inputOf(field, "review:standingReason");
  }

  private ProviderPages.Input inputOf(String field) {
    return inputOf(field, null);
  }

  private ProviderPages.Input inputOf(String field, String reasonInput) {
    if (field.startsWith("recommendations.")) {
      String code = field.substring("recommendations.".length());
      for (int i = 0; i < recommendations.size(); i++) {
        if (recommendations.get(i).getProductCode().equals(code)) {
          return new ProviderPages.Input(
              "review:recommendations:" + i + ":recommended",
              ProviderPages.text("review.recommendation.for", code));
        }
      }
      return null;
    }
    return switch (field) {
      case "note" ->
          new ProviderPages.Input(
              "review:conflictNote", ProviderPages.text("review.conflict.note"));
      case "riskRating" ->
          new ProviderPages.Input("review:risk", ProviderPages.text("review.risk"));
      case "riskReasons" ->
          new ProviderPages.Input("review:riskReasons", ProviderPages.text("review.riskReasons"));
      case "decision" ->
          new ProviderPages.Input("review:decision", ProviderPages.text("review.decision"));
      case "approvedProducts" ->
          new ProviderPages.Input("review:approved", ProviderPages.text("review.approved"));
      case "reason" -> new ProviderPages.Input(reasonInput, ProviderPages.text("review.reason"));
      case "effectiveDate" ->
          new ProviderPages.Input("review:effective", ProviderPages.text("review.effective"));
      default -> null;
    };
  }

  /** One evidence file to download. */
  public StreamedContent download(String evidenceId) {
    return ProviderPages.streamOf(providers.download(id, evidenceId));
  }

  // ---------------------------------------------------------------------------------------------
  // What the caller may do now
  // ---------------------------------------------------------------------------------------------

  private Set<ProviderAction> actions() {
    return snapshot().actions();
  }

  public boolean isCanPickUp() {
    return actions().contains(ProviderAction.PICK_UP);
  }

  public boolean isCanAssess() {
    return actions().contains(ProviderAction.ASSESS);
  }

  /**
   * A delegate decides once an officer has recorded the assessment, and never what they picked up,
   * assessed or submitted themselves (the service refuses that too).
   */
  public boolean isCanDecide() {
    return actions().stream().anyMatch(DECISIONS::contains)
        && getApplication().isAssessed()
        && !isOwnAssessment();
  }

  /** The caller could decide, but handled this application themselves, so another must. */
  public boolean isOwnAssessment() {
    ProviderApplication a = getApplication();
    String me = currentUser.getName();
    return actions().stream().anyMatch(DECISIONS::contains)
        && a.isAssessed()
        && me != null
        && (me.equals(a.getAssessedBy())
            || me.equals(a.getPickedUpBy())
            || me.equals(a.getSubmittedBy()));
  }

  /** A delegate could decide, but the assessment is not recorded yet. */
  public boolean isAwaitingAssessment() {
    return actions().stream().anyMatch(DECISIONS::contains) && !getApplication().isAssessed();
  }

  public boolean isCanSuspend() {
    return actions().contains(ProviderAction.SUSPEND);
  }

  public boolean isCanReinstate() {
    return actions().contains(ProviderAction.REINSTATE);
  }

  public boolean isCanRevoke() {
    return actions().contains(ProviderAction.REVOKE);
  }

  public boolean isCanChangeStanding() {
    return isCanSuspend() || isCanReinstate() || isCanRevoke();
  }

  /** Officers and delegates may declare a conflict of interest at any time. */
  public boolean isCanDeclareConflict() {
    Set<Role> roles = snapshot().roles();
    return roles.contains(Role.OFFICER) || roles.contains(Role.DELEGATE);
  }

  // ---------------------------------------------------------------------------------------------
  // For the page
  // ---------------------------------------------------------------------------------------------

  private ProviderSnapshot snapshot() {
    if (snapshot == null) {
      refresh();
    }
    return snapshot;
  }

  public Provider getProvider() {
    return snapshot().provider();
  }

  public ProviderApplication getApplication() {
    return snapshot().application();
  }

  public List<ProviderApplication> getVersions() {
    return snapshot().versions();
  }

  public List<EvidenceFile> getEvidence() {
    return snapshot().evidence();
  }

  /** A catalogue product's title, or an empty string when the catalogue does not have it. */
  public String titleOf(String code) {
    return titles.computeIfAbsent(
        code, c -> catalog.find(c).map(TrainingProduct::getTitle).orElse(""));
  }

  public String when(Instant instant) {
    return ProviderPages.when(instant);
  }

  public String size(long bytes) {
    return ProviderPages.size(bytes);
  }

  public RiskRating[] getRiskRatings() {
    return RiskRating.values();
  }

  public ProviderApplication.Decision[] getDecisions() {
    return ProviderApplication.Decision.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getConflictNote() {
    return conflictNote;
  }

  public void setConflictNote(String conflictNote) {
    this.conflictNote = conflictNote;
  }

  public boolean isRegistrationCurrent() {
    return registrationCurrent;
  }

  public void setRegistrationCurrent(boolean registrationCurrent) {
    this.registrationCurrent = registrationCurrent;
  }

  public boolean isScopeVerified() {
    return scopeVerified;
  }

  public void setScopeVerified(boolean scopeVerified) {
    this.scopeVerified = scopeVerified;
  }

  public boolean isFinanciallyViable() {
    return financiallyViable;
  }

  public void setFinanciallyViable(boolean financiallyViable) {
    this.financiallyViable = financiallyViable;
  }

  public boolean isComplianceHistoryClear() {
    return complianceHistoryClear;
  }

  public void setComplianceHistoryClear(boolean complianceHistoryClear) {
    this.complianceHistoryClear = complianceHistoryClear;
  }

  public boolean isConflictsDeclared() {
    return conflictsDeclared;
  }

  public void setConflictsDeclared(boolean conflictsDeclared) {
    this.conflictsDeclared = conflictsDeclared;
  }

  public RiskRating getRiskRating() {
    return riskRating;
  }

  public void setRiskRating(RiskRating riskRating) {
    this.riskRating = riskRating;
  }

  public String getRiskReasons() {
    return riskReasons;
  }

  public void setRiskReasons(String riskReasons) {
    this.riskReasons = riskReasons;
  }

  public List<Recommendation> getRecommendations() {
    return recommendations;
  }

  public ProviderApplication.Decision getDecision() {
    return decision;
  }

  public void setDecision(ProviderApplication.Decision decision) {
    this.decision = decision;
  }

  public String[] getApprovedProducts() {
    return approvedProducts;
  }

  public void setApprovedProducts(String[] approvedProducts) {
    this.approvedProducts = approvedProducts == null ? new String[0] : approvedProducts;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public void setDecisionReason(String decisionReason) {
    this.decisionReason = decisionReason;
  }

  public String getStandingReason() {
    return standingReason;
  }

  public void setStandingReason(String standingReason) {
    this.standingReason = standingReason;
  }

  public LocalDate getEffectiveDate() {
    return effectiveDate;
  }

  public void setEffectiveDate(LocalDate effectiveDate) {
    this.effectiveDate = effectiveDate;
  }

  /** The officer's recommendation for one product, as typed. */
  public static final class Recommendation implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String productCode;
    private Boolean recommended;
    private String note;

    Recommendation(String productCode) {
      this.productCode = productCode;
    }

    public String getProductCode() {
      return productCode;
    }

    public Boolean getRecommended() {
      return recommended;
    }

    public void setRecommended(Boolean recommended) {
      this.recommended = recommended;
    }

    public String getNote() {
      return note;
    }

    public void setNote(String note) {
      this.note = note;
    }
  }
}
