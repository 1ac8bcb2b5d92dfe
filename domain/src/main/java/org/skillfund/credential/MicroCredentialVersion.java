package org.skillfund.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The content of a micro-credential as it was submitted, kept for the review history and diff. */
@Entity
@Table(name = "micro_credential_version")
public class MicroCredentialVersion implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "micro_credential_id", nullable = false, length = 36)
  private String microCredentialId;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Embedded private MicroCredentialContent content;

  @Column(name = "submitted_by", nullable = false, length = 60)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  protected MicroCredentialVersion() {}

  public MicroCredentialVersion(
      String id,
      String microCredentialId,
      int versionNo,
      MicroCredentialContent content,
      String submittedBy,
      Instant submittedAt) {
    this.id = id;
    this.microCredentialId = microCredentialId;
    this.versionNo = versionNo;
    this.content = content.copy();
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  public String getId() {
    return id;
  }

  public String getMicroCredentialId() {
    return microCredentialId;
  }

  public int getVersionNo() {
    return versionNo;
  }

  public MicroCredentialContent getContent() {
    return content;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
