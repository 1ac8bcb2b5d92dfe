package org.skillfund.provider;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.skillfund.shared.AustralianState;

/** The JSON of the provider API. Requests are read as text and checked by the resource. */
public final class ProviderJson {

  private ProviderJson() {}

  /** A new organisation and its admin account. */
  @Schema(name = "ProviderSignUp")
  public record SignUp(
      String username,
      String displayName,
      String email,
      String password,
      String legalName,
      String abn) {}

  /** The draft application's content. */
  @Schema(name = "ProviderApplicationDraft")
  public record Draft(
      String legalName,
      String abn,
      String rtoCode,
      String contactName,
      String contactEmail,
      String contactPhone,
      List<String> deliveryStates,
      List<Product> products) {}

  /**
   * A product asked for.
   *
   * @param productCode national code
   * @param cetModel WHOLLY_WORK_BASED, WORK_BASED_WITH_GUIDANCE, WORK_BASED_WITH_INTERVENTIONS or
   *     INSTITUTION_BASED
   * @param workBasedFormat APPRENTICESHIP, TRAINEESHIP, INTERNSHIP, WORK_PLACEMENT, WORK_STUDY or
   *     CO_OP; required for the work-based models
   */
  @Schema(name = "AppliedProductRequest")
  public record Product(String productCode, String cetModel, String workBasedFormat) {}

  /** The officer's assessment. */
  @Schema(name = "ProviderAssessment")
  public record Assessment(
      ChecklistItems checklist,
      String riskRating,
      String riskReasons,
      List<Recommendation> recommendations) {}

  /** Each checklist item confirmed or not. */
  @Schema(name = "AssessmentChecklist")
  public record ChecklistItems(
      Boolean registrationCurrent,
      Boolean scopeVerified,
      Boolean financiallyViable,
      Boolean complianceHistoryClear,
      Boolean conflictsDeclared) {}

  /** A recommendation for one product. */
  @Schema(name = "ProductRecommendation")
  public record Recommendation(String productCode, Boolean recommended, String note) {}

  /** The delegate's decision. */
  @Schema(name = "ProviderDecision")
  public record DecisionRequest(String decision, List<String> approvedProducts, String reason) {}

  /** A suspension, reinstatement or revocation, or a conflict declaration (note in reason). */
  @Schema(name = "ProviderStanding")
  public record Standing(String reason, String effectiveDate) {}

  /** A provider as the API shows it. */
  @Schema(name = "Provider")
  public record ProviderView(
      String id,
      String legalName,
      String abn,
      String rtoCode,
      ProviderStatus status,
      int currentVersion,
      String statusReason,
      LocalDate statusEffective,
      Instant statusChangedAt,
      String statusChangedBy,
      Instant lastSubmittedAt,
      List<ScopeView> scope) {

    static ProviderView of(Provider p) {
      return new ProviderView(
          p.getId(),
          p.getLegalName(),
          p.getAbn(),
          p.getRtoCode(),
          p.getStatus(),
          p.getCurrentVersion(),
          p.getStatusReason(),
          p.getStatusEffective(),
          p.getStatusChangedAt(),
          p.getStatusChangedBy(),
          p.getLastSubmittedAt(),
          p.getScope().stream()
              .map(s -> new ScopeView(s.getProductCode(), s.getCetModel(), s.getWorkBasedFormat()))
              .toList());
    }
  }

  /** A product on scope. */
  @Schema(name = "ScopeEntry")
  public record ScopeView(String productCode, CetModel cetModel, WorkBasedFormat workBasedFormat) {}

  /** An application version. */
  @Schema(name = "ProviderApplication")
  public record ApplicationView(
      String id,
      int versionNo,
      boolean frozen,
      String legalName,
      String abn,
      String rtoCode,
      String contactName,
      String contactEmail,
      String contactPhone,
      List<AustralianState> deliveryStates,
      List<ProductView> products,
      String submittedBy,
      Instant submittedAt,
      String pickedUpBy,
      RiskRating riskRating,
      String riskReasons,
      ChecklistItems checklist,
      String assessedBy,
      Instant assessedAt,
      ProviderApplication.Decision decision,
      String decisionReason,
      String decidedBy,
      Instant decidedAt) {

    static ApplicationView of(ProviderApplication a) {
      Checklist c = a.getChecklist();
      return new ApplicationView(
          a.getId(),
          a.getVersionNo(),
          a.isFrozen(),
          a.getLegalName(),
          a.getAbn(),
          a.getRtoCode(),
          a.getContactName(),
          a.getContactEmail(),
          a.getContactPhone(),
          a.getDeliveryStates().stream().sorted().toList(),
          a.getProducts().stream()
              .map(
                  p ->
                      new ProductView(
                          p.getProductCode(),
                          p.getCetModel(),
                          p.getWorkBasedFormat(),
                          p.getRecommended(),
                          p.getRecommendationNote(),
                          p.getApproved()))
              .toList(),
          a.getSubmittedBy(),
          a.getSubmittedAt(),
          a.getPickedUpBy(),
          a.getRiskRating(),
          a.getRiskReasons(),
          c == null || !a.isAssessed()
              ? null
              : new ChecklistItems(
                  c.isRegistrationCurrent(),
                  c.isScopeVerified(),
                  c.isFinanciallyViable(),
                  c.isComplianceHistoryClear(),
                  c.isConflictsDeclared()),
          a.getAssessedBy(),
          a.getAssessedAt(),
          a.getDecision(),
          a.getDecisionReason(),
          a.getDecidedBy(),
          a.getDecidedAt());
    }
  }

  /** A product on an application with its recommendation and decision. */
  @Schema(name = "AppliedProduct")
  public record ProductView(
      String productCode,
      CetModel cetModel,
      WorkBasedFormat workBasedFormat,
      Boolean recommended,
      String recommendationNote,
      Boolean approved) {}

  /** An evidence file's description. */
  @Schema(name = "EvidenceFile")
  public record EvidenceView(
      String id,
      String fileName,
      String mediaType,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {

    static EvidenceView of(EvidenceFile f) {
      return new EvidenceView(
          f.getId(),
          f.getFileName(),
          f.getMediaType(),
          f.getSizeBytes(),
          f.getSha256(),
          f.getUploadedBy(),
          f.getUploadedAt());
    }
  }
}
