package org.skillfund.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A training product a provider asks to deliver with funding, its delivery model, the assessing
 * officer's recommendation and the delegate's decision.
 */
@Embeddable
public class AppliedProduct {

  @Column(name = "product_code", length = 12, nullable = false)
  private String productCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "cet_model", length = 30, nullable = false)
  private CetModel cetModel;

  @Enumerated(EnumType.STRING)
  @Column(name = "work_based_format", length = 20)
  private WorkBasedFormat workBasedFormat;

  /** The officer's recommendation: null until assessed. */
  @Column(name = "recommended")
  private Boolean recommended;

  @Column(name = "recommendation_note", length = 1000)
  private String recommendationNote;

  /** The delegate's decision: null until decided. */
  @Column(name = "approved")
  private Boolean approved;

  protected AppliedProduct() {}

  public AppliedProduct(String productCode, CetModel cetModel, WorkBasedFormat workBasedFormat) {
    this.productCode = productCode;
    this.cetModel = cetModel;
    this.workBasedFormat = workBasedFormat;
  }

  AppliedProduct copy() {
    return new AppliedProduct(productCode, cetModel, workBasedFormat);
  }

  void recommend(boolean recommended, String note) {
    this.recommended = recommended;
    this.recommendationNote = note;
  }

  void decide(boolean approved) {
    this.approved = approved;
  }

  public String getProductCode() {
    return productCode;
  }

  public CetModel getCetModel() {
    return cetModel;
  }

  public WorkBasedFormat getWorkBasedFormat() {
    return workBasedFormat;
  }

  public Boolean getRecommended() {
    return recommended;
  }

  public String getRecommendationNote() {
    return recommendationNote;
  }

  public Boolean getApproved() {
    return approved;
  }
}
