package org.skillfund.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Money taken back from a paid claim found ineligible later: a negative amount, with why. */
@Entity
@Table(name = "claim_adjustment")
public class ClaimAdjustment {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "claim_id", length = 36, nullable = false, updatable = false)
  private String claimId;

  @Column(name = "amount_cents", nullable = false, updatable = false)
  private long amountCents;

  @Column(name = "reason", length = 1000, nullable = false, updatable = false)
  private String reason;

  @Column(name = "made_by", length = 60, nullable = false, updatable = false)
  private String madeBy;

  @Column(name = "made_at", nullable = false, updatable = false)
  private Instant madeAt;

  protected ClaimAdjustment() {}

  /** The recovery of all of {@code claim}'s payment. */
  public static ClaimAdjustment recovering(
      String id, Claim claim, String reason, String by, Instant at) {
    ClaimAdjustment a = new ClaimAdjustment();
    a.id = id;
    a.claimId = claim.getId();
    a.amountCents = -claim.getAmountCents();
    a.reason = reason;
    a.madeBy = by;
    a.madeAt = at;
    return a;
  }

  public String getId() {
    return id;
  }

  public String getClaimId() {
    return claimId;
  }

  public long getAmountCents() {
    return amountCents;
  }

  public String getReason() {
    return reason;
  }

  public String getMadeBy() {
    return madeBy;
  }

  public Instant getMadeAt() {
    return madeAt;
  }
}
