package org.skillfund.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.skillfund.shared.AustralianState;

/**
 * A learner enrolled by a provider into one place of an allocation. It holds the place and the
 * learner's entitlement (a funded start in the ledger) until it is withdrawn before commencement.
 * Its state changes only through {@link EnrolmentWorkflow}; the service checks the step first.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "allocation_id", length = 36, nullable = false, updatable = false)
  private String allocationId;

  @Column(name = "provider_id", length = 36, nullable = false, updatable = false)
  private String providerId;

  @Column(name = "program_code", length = 30, nullable = false, updatable = false)
  private String programCode;

  @Column(name = "course_code", length = 12, nullable = false, updatable = false)
  private String courseCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", length = 3, nullable = false, updatable = false)
  private AustralianState state;

  @Column(name = "usi", length = 10, nullable = false, updatable = false)
  private String usi;

  @Column(name = "given_name", length = 100, nullable = false, updatable = false)
  private String givenName;

  @Column(name = "family_name", length = 100, nullable = false, updatable = false)
  private String familyName;

  @Column(name = "date_of_birth", nullable = false, updatable = false)
  private LocalDate dateOfBirth;

  @Column(name = "email", length = 254, nullable = false, updatable = false)
  private String email;

  @Column(name = "start_date", nullable = false, updatable = false)
  private LocalDate startDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 40, nullable = false)
  private EnrolmentStatus status;

  @Column(name = "eligibility_check_id", length = 36, nullable = false, updatable = false)
  private String eligibilityCheckId;

  @Column(name = "rule_set_version", length = 60, nullable = false, updatable = false)
  private String ruleSetVersion;

  @Column(name = "ledger_entry_id", length = 36)
  private String ledgerEntryId;

  @Column(name = "created_by", length = 60, nullable = false, updatable = false)
  private String createdBy;

  /** The provider client's Idempotency-Key, unique per provider, or null. */
  @Column(name = "idempotency_key", length = 100, updatable = false)
  private String idempotencyKey;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_by", length = 60, nullable = false)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "disputed_at")
  private Instant disputedAt;

  @Column(name = "dispute_reason", length = 1000)
  private String disputeReason;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "end_reason", length = 1000)
  private String endReason;

  protected Enrolment() {}

  /**
   * A new enrolment waiting for the learner's confirmation.
   *
   * @param learner who is enrolled, as the provider gave it
   * @param eligibilityCheckId the stored check that found the learner eligible on the start date
   * @param ledgerEntryId the funded start the enrolment holds
   */
  public Enrolment(
      String id,
      Allocation allocation,
      LearnerIdentity learner,
      LocalDate startDate,
      String eligibilityCheckId,
      String ruleSetVersion,
      String ledgerEntryId,
      String createdBy,
      Instant createdAt) {
    this.id = id;
    this.allocationId = allocation.getId();
    this.providerId = allocation.getProviderId();
    this.programCode = allocation.getProgramCode();
    this.courseCode = allocation.getCourseCode();
    this.state = allocation.getState();
    this.usi = learner.usi();
    this.givenName = learner.givenName();
    this.familyName = learner.familyName();
    this.dateOfBirth = learner.dateOfBirth();
    this.email = learner.email();
    this.startDate = startDate;
    this.status = EnrolmentStatus.PENDING_LEARNER_CONFIRMATION;
    this.eligibilityCheckId = eligibilityCheckId;
    this.ruleSetVersion = ruleSetVersion;
    this.ledgerEntryId = ledgerEntryId;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    this.updatedBy = createdBy;
    this.updatedAt = createdAt;
  }

  /**
   * Moves to {@code to}, which the caller has checked with {@link EnrolmentWorkflow}; records who,
   * when, and for disputes and endings why.
   */
  public void moveTo(EnrolmentStatus to, String by, Instant at, LocalDate today, String reason) {
    if (to == EnrolmentStatus.CONFIRMED && confirmedAt == null) {
      confirmedAt = at; // by the learner, or by an officer reinstating a disputed enrolment
    }
    if (to == EnrolmentStatus.DISPUTED) {
      disputedAt = at;
      disputeReason = reason;
    }
    if (to == EnrolmentStatus.WITHDRAWN || to == EnrolmentStatus.COMPLETED) {
      endedOn = today;
      endReason = reason;
    }
    status = to;
    updatedBy = by;
    updatedAt = at;
  }

  /** The funded start was given back (withdrawal before commencement). */
  public void releaseEntitlement() {
    ledgerEntryId = null;
  }

  public String learnerName() {
    return givenName + " " + familyName;
  }

  public String getId() {
    return id;
  }

  public String getAllocationId() {
    return allocationId;
  }

  public String getProviderId() {
    return providerId;
  }

  public String getProgramCode() {
    return programCode;
  }

  public String getCourseCode() {
    return courseCode;
  }

  public AustralianState getState() {
    return state;
  }

  public String getUsi() {
    return usi;
  }

  public String getGivenName() {
    return givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public String getEmail() {
    return email;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public EnrolmentStatus getStatus() {
    return status;
  }

  public String getEligibilityCheckId() {
    return eligibilityCheckId;
  }

  public String getRuleSetVersion() {
    return ruleSetVersion;
  }

  /** Records the client's Idempotency-Key before the enrolment is first stored. */
  public void keyedBy(String key) {
    this.idempotencyKey = key;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public String getLedgerEntryId() {
    return ledgerEntryId;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getConfirmedAt() {
    return confirmedAt;
  }

  public Instant getDisputedAt() {
    return disputedAt;
  }

  public String getDisputeReason() {
    return disputeReason;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public String getEndReason() {
    return endReason;
  }
}
