package org.skillfund.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A provider's claim for one part (commencement or completion) of one enrolment. The database
 * allows one claim per enrolment and kind, so a place is never paid twice; a repeated POST with the
 * same idempotency key answers the same claim.
 */
@Entity
@Table(name = "claim")
public class Claim {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "enrolment_id", length = 36, nullable = false, updatable = false)
  private String enrolmentId;

  @Column(name = "provider_id", length = 36, nullable = false, updatable = false)
  private String providerId;

  @Column(name = "program_code", length = 30, nullable = false, updatable = false)
  private String programCode;

  @Column(name = "budget_state", length = 3, nullable = false, updatable = false)
  private String budgetState;

  @Column(name = "stream_code", length = 20, nullable = false, updatable = false)
  private String streamCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 20, nullable = false, updatable = false)
  private ClaimKind kind;

  @Column(name = "amount_cents", nullable = false, updatable = false)
  private long amountCents;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 20, nullable = false)
  private ClaimStatus status;

  @Column(name = "idempotency_key", length = 100, updatable = false)
  private String idempotencyKey;

  @Column(name = "submitted_by", length = 60, nullable = false, updatable = false)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  @Column(name = "validated_by", length = 60)
  private String validatedBy;

  @Column(name = "validated_at")
  private Instant validatedAt;

  @Column(name = "checks", length = 2000)
  private String checks;

  @Column(name = "decided_by", length = 60)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason", length = 1000)
  private String decisionReason;

  @Column(name = "batch_id", length = 36)
  private String batchId;

  @Column(name = "paid_at")
  private Instant paidAt;

  @Column(name = "recovered_by", length = 60)
  private String recoveredBy;

  @Column(name = "recovered_at")
  private Instant recoveredAt;

  @Column(name = "recovery_reason", length = 1000)
  private String recoveryReason;

  protected Claim() {}

  public Claim(
      String id,
      String enrolmentId,
      String providerId,
      String programCode,
      String budgetState,
      String streamCode,
      ClaimKind kind,
      long amountCents,
      String idempotencyKey,
      String submittedBy,
      Instant submittedAt) {
    this.id = id;
    this.enrolmentId = enrolmentId;
    this.providerId = providerId;
    this.programCode = programCode;
    this.budgetState = budgetState;
    this.streamCode = streamCode;
    this.kind = kind;
    this.amountCents = amountCents;
    this.idempotencyKey = idempotencyKey;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    this.status = ClaimStatus.SUBMITTED;
  }

  public void validated(String by, Instant at, String checkWords) {
    status = ClaimStatus.VALIDATED;
    validatedBy = by;
    validatedAt = at;
    checks = checkWords;
  }

  public void decided(ClaimStatus to, String by, Instant at, String reason) {
    status = to;
    decidedBy = by;
    decidedAt = at;
    decisionReason = reason;
  }

  public void paid(String batch, Instant at) {
    status = ClaimStatus.PAID;
    batchId = batch;
    paidAt = at;
  }

  public void recovered(String by, Instant at, String reason) {
    status = ClaimStatus.RECOVERED;
    recoveredBy = by;
    recoveredAt = at;
    recoveryReason = reason;
  }

  public String getId() {
    return id;
  }

  public String getEnrolmentId() {
    return enrolmentId;
  }

  public String getProviderId() {
    return providerId;
  }

  public String getProgramCode() {
    return programCode;
  }

  public String getBudgetState() {
    return budgetState;
  }

  public String getStreamCode() {
    return streamCode;
  }

  public ClaimKind getKind() {
    return kind;
  }

  public long getAmountCents() {
    return amountCents;
  }

  public ClaimStatus getStatus() {
    return status;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getValidatedBy() {
    return validatedBy;
  }

  public Instant getValidatedAt() {
    return validatedAt;
  }

  public String getChecks() {
    return checks;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public String getDecisionReason() {
    return decisionReason;
  }

  public String getBatchId() {
    return batchId;
  }

  public Instant getPaidAt() {
    return paidAt;
  }

  public String getRecoveredBy() {
    return recoveredBy;
  }

  public Instant getRecoveredAt() {
    return recoveredAt;
  }

  public String getRecoveryReason() {
    return recoveryReason;
  }
}
