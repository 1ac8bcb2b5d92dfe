package org.skillfund.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One training product on a provider's approved scope, with its delivery model. */
@Embeddable
public class ScopeEntry {

  @Column(name = "product_code", length = 12, nullable = false)
  private String productCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "cet_model", length = 30, nullable = false)
  private CetModel cetModel;

  @Enumerated(EnumType.STRING)
  @Column(name = "work_based_format", length = 20)
  private WorkBasedFormat workBasedFormat;

  @Column(name = "approved_at", nullable = false)
  private Instant approvedAt;

  protected ScopeEntry() {}

  public ScopeEntry(
      String productCode, CetModel cetModel, WorkBasedFormat workBasedFormat, Instant approvedAt) {
    this.productCode = productCode;
    this.cetModel = cetModel;
    this.workBasedFormat = workBasedFormat;
    this.approvedAt = approvedAt;
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

  public Instant getApprovedAt() {
    return approvedAt;
  }
}
