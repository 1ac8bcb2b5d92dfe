package org.skillfund.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An evidence file attached to one application version (its description; the bytes are in {@link
 * EvidenceContent}, shared by the versions that carry the file forward).
 */
@Entity
@Table(name = "provider_evidence")
public class EvidenceFile {

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "application_id", length = 36, nullable = false)
  private String applicationId;

  @Column(name = "provider_id", length = 36, nullable = false)
  private String providerId;

  @Column(name = "content_id", length = 36, nullable = false)
  private String contentId;

  @Column(name = "file_name", length = 200, nullable = false)
  private String fileName;

  @Column(name = "media_type", length = 40, nullable = false)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "sha256", length = 64, nullable = false)
  private String sha256;

  @Column(name = "uploaded_by", length = 60, nullable = false)
  private String uploadedBy;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected EvidenceFile() {}

  public EvidenceFile(
      String id,
      ProviderApplication application,
      String contentId,
      String fileName,
      String mediaType,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      Instant uploadedAt) {
    this.id = id;
    this.applicationId = application.getId();
    this.providerId = application.getProviderId();
    this.contentId = contentId;
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.sizeBytes = sizeBytes;
    this.sha256 = sha256;
    this.uploadedBy = uploadedBy;
    this.uploadedAt = uploadedAt;
  }

  /** The same file attached to a later version. */
  public EvidenceFile carriedTo(String newId, ProviderApplication next) {
    return new EvidenceFile(
        newId, next, contentId, fileName, mediaType, sizeBytes, sha256, uploadedBy, uploadedAt);
  }

  public String getId() {
    return id;
  }

  public String getApplicationId() {
    return applicationId;
  }

  public String getProviderId() {
    return providerId;
  }

  public String getContentId() {
    return contentId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getMediaType() {
    return mediaType;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public String getSha256() {
    return sha256;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public Instant getUploadedAt() {
    return uploadedAt;
  }
}
