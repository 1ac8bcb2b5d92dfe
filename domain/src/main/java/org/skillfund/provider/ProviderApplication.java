package org.skillfund.provider;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.skillfund.shared.AustralianState;
import org.skillfund.shared.WorkflowException;

/**
 * One version of a provider's application: what it asked for, the officer's assessment and the
 * delegate's decision. Submission freezes a version; a return for more information starts the next
 * version from a copy, so every submitted version stays as it was assessed.
 */
@Entity
@Table(name = "provider_application")
public class ProviderApplication {

  /** How a delegate decided. */
  public enum Decision {
    APPROVED,
    REJECTED,
    RETURNED
  }

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "provider_id", length = 36, nullable = false)
  private String providerId;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Column(name = "legal_name", length = 200)
  private String legalName;

  @Column(name = "abn", length = 11)
  private String abn;

  @Column(name = "rto_code", length = 5)
  private String rtoCode;

  @Column(name = "contact_name", length = 120)
  private String contactName;

  @Column(name = "contact_email", length = 254)
  private String contactEmail;

  @Column(name = "contact_phone", length = 20)
  private String contactPhone;

  /** Comma-separated state codes. */
  @Column(name = "delivery_states", length = 40, nullable = false)
  private String deliveryStates = "";

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "provider_application_product",
      joinColumns = @JoinColumn(name = "application_id"))
  @OrderColumn(name = "product_order")
  private List<AppliedProduct> products = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", length = 60, nullable = false)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", length = 60, nullable = false)
  private String updatedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "submitted_by", length = 60)
  private String submittedBy;

  @Column(name = "picked_up_by", length = 60)
  private String pickedUpBy;

  @Column(name = "picked_up_at")
  private Instant pickedUpAt;

  @Embedded private Checklist checklist;

  @Enumerated(EnumType.STRING)
  @Column(name = "risk_rating", length = 10)
  private RiskRating riskRating;

  @Column(name = "risk_reasons", length = 2000)
  private String riskReasons;

  @Column(name = "assessed_by", length = 60)
  private String assessedBy;

  @Column(name = "assessed_at")
  private Instant assessedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", length = 10)
  private Decision decision;

  @Column(name = "decision_reason", length = 2000)
  private String decisionReason;

  @Column(name = "decided_by", length = 60)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  protected ProviderApplication() {}

  /** A new, empty first version. */
  public static ProviderApplication first(
      String id, String providerId, String legalName, String abn, String by, Instant at) {
    ProviderApplication a = new ProviderApplication();
    a.id = id;
    a.providerId = providerId;
    a.versionNo = 1;
    a.legalName = legalName;
    a.abn = abn;
    a.createdAt = at;
    a.createdBy = by;
    a.updatedAt = at;
    a.updatedBy = by;
    return a;
  }

  /** The next version, a copy of this one's details (not its assessment or decision). */
  public ProviderApplication nextVersion(String newId, int versionNo, String by, Instant at) {
    ProviderApplication a = first(newId, providerId, legalName, abn, by, at);
    a.versionNo = versionNo;
    a.rtoCode = rtoCode;
    a.contactName = contactName;
    a.contactEmail = contactEmail;
    a.contactPhone = contactPhone;
    a.deliveryStates = deliveryStates;
    products.forEach(p -> a.products.add(p.copy()));
    return a;
  }

  /** Replaces the draft's details; a submitted version never changes. */
  public void saveDraft(ApplicationDetails d, String by, Instant at) {
    requireDraft();
    legalName = blankToNull(d.legalName());
    abn = blankToNull(d.abn());
    rtoCode = blankToNull(d.rtoCode());
    contactName = blankToNull(d.contactName());
    contactEmail = blankToNull(d.contactEmail());
    contactPhone = blankToNull(d.contactPhone());
    deliveryStates =
        d.deliveryStates().stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    products.clear();
    d.products()
        .forEach(
            p ->
                products.add(
                    new AppliedProduct(p.productCode(), p.cetModel(), p.workBasedFormat())));
    updatedAt = at;
    updatedBy = by;
  }

  /**
   * What a submission still needs, as field name to message; empty when complete. Evidence is
   * counted by the caller, who knows the stored files.
   */
  public Map<String, String> missingForSubmission(int evidenceFiles) {
    Map<String, String> missing = new LinkedHashMap<>();
    if (legalName == null) {
      missing.put("legalName", "is required to submit");
    }
    if (abn == null) {
      missing.put("abn", "is required to submit");
    }
    if (rtoCode == null) {
      missing.put("rtoCode", "is required to submit");
    }
    if (contactName == null) {
      missing.put("contactName", "is required to submit");
    }
    if (contactEmail == null) {
      missing.put("contactEmail", "is required to submit");
    }
    if (contactPhone == null) {
      missing.put("contactPhone", "is required to submit");
    }
    if (deliveryStates.isEmpty()) {
      missing.put("deliveryStates", "name at least one state where you deliver");
    }
    if (products.isEmpty()) {
      missing.put("products", "ask for at least one training product");
    }
    if (evidenceFiles == 0) {
      missing.put("evidence", "upload at least one evidence file");
    }
    return missing;
  }

  /** Freezes this version. */
  public void submit(String by, Instant at) {
    requireDraft();
    submittedAt = at;
    submittedBy = by;
  }

  public void pickUp(String by, Instant at) {
    pickedUpBy = by;
    pickedUpAt = at;
  }

  /** Records the assessment; {@code recommendations} maps each product code to (yes, note). */
  public void assess(
      Checklist checklist,
      RiskRating risk,
      String reasons,
      Map<String, Map.Entry<Boolean, String>> recommendations,
      String by,
      Instant at) {
    this.checklist = checklist;
    this.riskRating = risk;
    this.riskReasons = reasons;
    for (AppliedProduct p : products) {
      Map.Entry<Boolean, String> r = recommendations.get(p.getProductCode());
      p.recommend(r.getKey(), r.getValue());
    }
    assessedBy = by;
    assessedAt = at;
  }

  /** Records the delegate's decision; {@code approvedCodes} only matters for an approval. */
  public void decide(
      Decision decision, Set<String> approvedCodes, String reason, String by, Instant at) {
    this.decision = decision;
    this.decisionReason = reason;
    this.decidedBy = by;
    this.decidedAt = at;
    for (AppliedProduct p : products) {
      p.decide(decision == Decision.APPROVED && approvedCodes.contains(p.getProductCode()));
    }
  }

  public boolean isFrozen() {
    return submittedAt != null;
  }

  public boolean isAssessed() {
    return assessedBy != null;
  }

  private void requireDraft() {
    if (isFrozen()) {
      throw new WorkflowException(
          "Version " + versionNo + " was submitted and never changes.", false);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public Set<AustralianState> getDeliveryStates() {
    if (deliveryStates.isEmpty()) {
      return Set.of();
    }
    Set<AustralianState> states = EnumSet.noneOf(AustralianState.class);
    Arrays.stream(deliveryStates.split(",")).map(AustralianState::valueOf).forEach(states::add);
    return states;
  }

  public String getId() {
    return id;
  }

  public String getProviderId() {
    return providerId;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public String getLegalName() {
    return legalName;
  }

  public String getAbn() {
    return abn;
  }

  public String getRtoCode() {
    return rtoCode;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public List<AppliedProduct> getProducts() {
    return Collections.unmodifiableList(products);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public String getPickedUpBy() {
    return pickedUpBy;
  }

  public Instant getPickedUpAt() {
    return pickedUpAt;
  }

  public Checklist getChecklist() {
    return checklist;
  }

  public RiskRating getRiskRating() {
    return riskRating;
  }

  public String getRiskReasons() {
    return riskReasons;
  }

  public String getAssessedBy() {
    return assessedBy;
  }

  public Instant getAssessedAt() {
    return assessedAt;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }
}
