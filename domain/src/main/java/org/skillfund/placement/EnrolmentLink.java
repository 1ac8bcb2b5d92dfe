package org.skillfund.placement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * The one-time link mailed to a learner to confirm or dispute an enrolment. Only the SHA-256 of its
 * random token is stored; it works once and until it expires.
 */
@Entity
@Table(name = "enrolment_link")
public class EnrolmentLink {

  /** How long a link works. */
  public static final Duration VALID_FOR = Duration.ofDays(14);

  @Id
  @Column(name = "token_sha256", length = 64)
  private String tokenSha256;

  @Column(name = "enrolment_id", length = 36, nullable = false, updatable = false)
  private String enrolmentId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected EnrolmentLink() {}

  public EnrolmentLink(String tokenSha256, String enrolmentId, Instant createdAt) {
    this.tokenSha256 = tokenSha256;
    this.enrolmentId = enrolmentId;
    this.createdAt = createdAt;
    this.expiresAt = createdAt.plus(VALID_FOR);
  }

  /** Why the link cannot be used at {@code now}, or null when it can. */
  public String refusalAt(Instant now) {
    if (usedAt != null) {
      return "This link was already used.";
    }
    if (!now.isBefore(expiresAt)) {
      return "This link has expired; ask your provider to send a new one.";
    }
    return null;
  }

  public void use(Instant now) {
    if (refusalAt(now) != null) {
      throw new IllegalStateException(refusalAt(now));
    }
    usedAt = now;
  }

  public String getEnrolmentId() {
    return enrolmentId;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getUsedAt() {
    return usedAt;
  }
}
