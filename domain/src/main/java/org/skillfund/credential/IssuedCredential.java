package org.skillfund.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A learner's completion of a micro-credential, recorded by the provider, and the Open Badges 3.0
 * credential Skillfund issued for it (kept as the signed VC-JWT exactly as issued).
 */
@Entity
@Table(name = "issued_credential")
public class IssuedCredential implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "micro_credential_id", nullable = false, length = 36)
  private String microCredentialId;

  @Column(name = "provider_id", nullable = false, length = 36)
  private String providerId;

  @Column(name = "usi", nullable = false, length = 10)
  private String usi;

  @Column(name = "learner_name", nullable = false, length = 120)
  private String learnerName;

  @Column(name = "learner_username", length = 60)
  private String learnerUsername;

  @Column(name = "completed_on", nullable = false)
  private LocalDate completedOn;

  @Column(name = "status_index", nullable = false)
  private int statusIndex;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "issued_by", nullable = false, length = 60)
  private String issuedBy;

  @Column(name = "valid_until")
  private Instant validUntil;

  @Column(name = "signed_jwt", nullable = false, length = 16000)
  private String signedJwt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by", length = 60)
  private String revokedBy;

  @Column(name = "revoked_reason", length = 2000)
  private String revokedReason;

  protected IssuedCredential() {}

  public IssuedCredential(
      String id,
      String microCredentialId,
      String providerId,
      String usi,
      String learnerName,
      String learnerUsername,
      LocalDate completedOn,
      int statusIndex,
      Instant issuedAt,
      String issuedBy,
      Instant validUntil,
      String signedJwt) {
    this.id = id;
    this.microCredentialId = microCredentialId;
    this.providerId = providerId;
    this.usi = usi;
    this.learnerName = learnerName;
    this.learnerUsername = learnerUsername;
    this.completedOn = completedOn;
    this.statusIndex = statusIndex;
    this.issuedAt = issuedAt;
    this.issuedBy = issuedBy;
    this.validUntil = validUntil;
    this.signedJwt = signedJwt;
  }

  /** Revokes the credential; the status list shows it from now on. */
  public void revoke(String by, Instant at, String reason) {
    revokedBy = by;
    revokedAt = at;
    revokedReason = reason;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public String getId() {
    return id;
  }

  public String getMicroCredentialId() {
    return microCredentialId;
  }

  public String getProviderId() {
    return providerId;
  }

  public String getUsi() {
    return usi;
  }

  public String getLearnerName() {
    return learnerName;
  }

  public String getLearnerUsername() {
    return learnerUsername;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public int getStatusIndex() {
    return statusIndex;
  }

  public Instant getIssuedAt() {
    return issuedAt;
  }

  public String getIssuedBy() {
    return issuedBy;
  }

  public Instant getValidUntil() {
    return validUntil;
  }

  public String getSignedJwt() {
    return signedJwt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevokedBy() {
    return revokedBy;
  }

  public String getRevokedReason() {
    return revokedReason;
  }
}
