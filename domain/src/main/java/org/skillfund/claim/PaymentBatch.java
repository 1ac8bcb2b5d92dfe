package org.skillfund.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Approved claims paid together, with their count and total; the payment file lists them. */
@Entity
@Table(name = "payment_batch")
public class PaymentBatch {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "created_by", length = 60, nullable = false, updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "claim_count", nullable = false)
  private int claimCount;

  @Column(name = "total_cents", nullable = false)
  private long totalCents;

  protected PaymentBatch() {}

  public PaymentBatch(String id, String createdBy, Instant createdAt) {
    this.id = id;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public void add(Claim claim) {
    claimCount++;
    totalCents += claim.getAmountCents();
  }

  public String getId() {
    return id;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getClaimCount() {
    return claimCount;
  }

  public long getTotalCents() {
    return totalCents;
  }
}
