package org.skillfund.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.skillfund.shared.WorkflowException;

/**
 * An invitation from a provider's admin to a new member of staff. Only the SHA-256 of the token is
 * stored; the token itself is only in the e-mail. It can be accepted once, before it expires.
 */
@Entity
@Table(name = "staff_invitation")
public class StaffInvitation {

  /** How long an invitation stays open. */
  public static final Duration VALID_FOR = Duration.ofDays(7);

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "provider_id", length = 36, nullable = false)
  private String providerId;

  @Column(name = "email", length = 254, nullable = false)
  private String email;

  @Column(name = "token_sha256", length = 64, nullable = false, unique = true)
  private String tokenSha256;

  @Column(name = "invited_by", length = 60, nullable = false)
  private String invitedBy;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "accepted_by", length = 60)
  private String acceptedBy;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  protected StaffInvitation() {}

  public StaffInvitation(
      String id, String providerId, String email, String tokenSha256, String by, Instant at) {
    this.id = id;
    this.providerId = providerId;
    this.email = email;
    this.tokenSha256 = tokenSha256;
    this.invitedBy = by;
    this.invitedAt = at;
    this.expiresAt = at.plus(VALID_FOR);
  }

  /** Whether it can still be accepted at {@code now}. */
  public boolean isOpenAt(Instant now) {
    return acceptedAt == null && now.isBefore(expiresAt);
  }

  /** Marks it used; it can never be accepted again. */
  public void accept(String username, Instant at) {
    if (!isOpenAt(at)) {
      throw new WorkflowException("This invitation was already used or has expired.", false);
    }
    acceptedBy = username;
    acceptedAt = at;
  }

  public String getId() {
    return id;
  }

  public String getProviderId() {
    return providerId;
  }

  public String getEmail() {
    return email;
  }

  public String getInvitedBy() {
    return invitedBy;
  }

  public Instant getInvitedAt() {
    return invitedAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public String getAcceptedBy() {
    return acceptedBy;
  }

  public Instant getAcceptedAt() {
    return acceptedAt;
  }
}
