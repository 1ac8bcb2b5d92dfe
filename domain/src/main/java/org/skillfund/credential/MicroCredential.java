package org.skillfund.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.skillfund.identity.Role;

/**
 * A provider's micro-credential: its live content (edited while in draft or while changes are
 * requested) and where it stands in the endorsement workflow. Each submission freezes the content
 * as a {@link MicroCredentialVersion}.
 */
@Entity
@Table(name = "micro_credential")
public class MicroCredential implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "provider_id", nullable = false, length = 36)
  private String providerId;

  @Column(name = "provider_name", nullable = false, length = 200)
  private String providerName;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private MicroCredentialStatus status;

  @Column(name = "submitted_versions", nullable = false)
  private int submittedVersions;

  @Embedded private MicroCredentialContent content = new MicroCredentialContent();

  @Column(name = "created_by", nullable = false, length = 60)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_by", nullable = false, length = 60)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "reviewer", length = 60)
  private String reviewer;

  @Column(name = "status_reason", length = 2000)
  private String statusReason;

  @Column(name = "status_changed_by", length = 60)
  private String statusChangedBy;

  @Column(name = "status_changed_at")
  private Instant statusChangedAt;

  @Column(name = "endorsed_until")
  private LocalDate endorsedUntil;

  protected MicroCredential() {}

  public MicroCredential(
      String id,
      String providerId,
      String providerName,
      MicroCredentialContent content,
      String by,
      Instant at) {
    this.id = id;
    this.providerId = providerId;
    this.providerName = providerName;
    this.content = content.copy();
    this.status = MicroCredentialStatus.DRAFT;
    this.createdBy = by;
    this.createdAt = at;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  /** Takes a step a person takes: checks the state machine for their roles and records it. */
  public void take(
      MicroCredentialAction action, Set<Role> roles, String by, Instant at, String reason) {
    moveTo(MicroCredentialWorkflow.next(status, action, roles), action, by, at, reason);
  }

  /** Retires the endorsement when its review date has passed (the scheme's timer). */
  public void expire(Instant at) {
    moveTo(
        MicroCredentialWorkflow.nextByScheme(status, MicroCredentialAction.EXPIRE),
        MicroCredentialAction.EXPIRE,
        "system",
        at,
        "The endorsement reached its review date " + endorsedUntil + ".");
  }

  private void moveTo(
      MicroCredentialStatus next,
      MicroCredentialAction action,
      String by,
      Instant at,
      String reason) {
    if (action == MicroCredentialAction.SUBMIT) {
      submittedVersions++;
      submittedAt = at;
      reviewer = null;
    }
    if (action == MicroCredentialAction.PICK_UP) {
      reviewer = by;
    }
    if (next != status) {
      status = next;
      statusChangedAt = at;
      statusChangedBy = by;
      statusReason = reason;
    }
  }

  /** Replaces the draft content. */
  public void edit(MicroCredentialContent newContent, String by, Instant at) {
    content = newContent.copy();
    updatedBy = by;
    updatedAt = at;
  }

  /** Sets the date the endorsement runs to (on endorsement). */
  public void endorseUntil(LocalDate until) {
    endorsedUntil = until;
  }

  /** Whether the public may see it: endorsed and not past its review date. */
  public boolean isCurrent(LocalDate today) {
    return status == MicroCredentialStatus.ENDORSED
        && (endorsedUntil == null || !endorsedUntil.isBefore(today));
  }

  public String getId() {
    return id;
  }

  public String getProviderId() {
    return providerId;
  }

  public String getProviderName() {
    return providerName;
  }

  public MicroCredentialStatus getStatus() {
    return status;
  }

  public int getSubmittedVersions() {
    return submittedVersions;
  }

  public MicroCredentialContent getContent() {
    return content;
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

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public String getReviewer() {
    return reviewer;
  }

  public String getStatusReason() {
    return statusReason;
  }

  public String getStatusChangedBy() {
    return statusChangedBy;
  }

  public Instant getStatusChangedAt() {
    return statusChangedAt;
  }

  public LocalDate getEndorsedUntil() {
    return endorsedUntil;
  }
}
