package org.skillfund.credential;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An endorser's comment on one section of a submitted version. */
@Entity
@Table(name = "micro_credential_comment")
public class ReviewComment implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "micro_credential_id", nullable = false, length = 36)
  private String microCredentialId;

  @Column(name = "version_no", nullable = false)
  private int versionNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "section", nullable = false, length = 20)
  private ReviewSection section;

  @Column(name = "comment_text", nullable = false, length = 2000)
  private String text;

  @Column(name = "author", nullable = false, length = 60)
  private String author;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected ReviewComment() {}

  public ReviewComment(
      String id,
      String microCredentialId,
      int versionNo,
      ReviewSection section,
      String text,
      String author,
      Instant writtenAt) {
    this.id = id;
    this.microCredentialId = microCredentialId;
    this.versionNo = versionNo;
    this.section = section;
    this.text = text;
    this.author = author;
    this.writtenAt = writtenAt;
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

  public ReviewSection getSection() {
    return section;
  }

  public String getText() {
    return text;
  }

  public String getAuthor() {
    return author;
  }

  public Instant getWrittenAt() {
    return writtenAt;
  }
}
