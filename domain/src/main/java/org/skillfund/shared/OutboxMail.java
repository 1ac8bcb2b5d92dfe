package org.skillfund.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A plain-text e-mail waiting in the outbox. A service adds it in the transaction of the decision
 * it tells about, so it is stored exactly when the decision commits; the sender delivers it later
 * and records when ({@code sentAt}), or why it could not ({@code lastError}).
 *
 * <p>While {@code sentAt} is null the mail is due at {@code nextAttemptAt}; a mail with neither is
 * one the sender gave up on (see {@link MailRetryPolicy}).
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

  public static final int MAX_RECIPIENT = 254;
  public static final int MAX_SUBJECT = 200;
  public static final int MAX_BODY = 20_000;
  public static final int MAX_ERROR = 1_000;

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "recipient", nullable = false, length = MAX_RECIPIENT)
  @NotBlank
  @Email
  @Size(max = MAX_RECIPIENT)
  private String recipient;

  // Line breaks in a subject would start new mail headers.
  @Column(name = "subject", nullable = false, length = MAX_SUBJECT)
  @NotBlank
  @Size(max = MAX_SUBJECT)
  @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line without control characters")
  private String subject;

  @Column(name = "body", nullable = false, length = MAX_BODY)
  @NotNull
  @Size(max = MAX_BODY)
  private String body;

  @Column(name = "created_at", nullable = false)
  @NotNull
  private Instant createdAt;

  @Column(name = "attempts", nullable = false)
  @Min(0)
  private int attempts;

  @Column(name = "last_error", length = MAX_ERROR)
  @Size(max = MAX_ERROR)
  private String lastError;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  /** Which sender run holds the mail while it sends it (null when nobody does). */
  @Column(name = "claim_token", length = 36)
  private String claimToken;

  @Column(name = "sent_at")
  private Instant sentAt;

  protected OutboxMail() {}

  private OutboxMail(String id, String recipient, String subject, String body, Instant now) {
    this.id = id;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
    this.attempts = 0;
    this.nextAttemptAt = this.createdAt;
  }

  /** A new mail, due at once. */
  public static OutboxMail queue(String recipient, String subject, String body, Instant now) {
    return new OutboxMail(UUID.randomUUID().toString(), recipient, subject, body, now);
  }

  /**
   * What is stored as the last error: the message on one line, at most {@value #MAX_ERROR}
   * characters, never a stack trace.
   */
  public static String lastErrorOf(String message) {
    String line = message == null ? "" : message.replaceAll("\\s+", " ").strip();
    if (line.isEmpty()) {
      return "unknown error";
    }
    return line.length() <= MAX_ERROR ? line : line.substring(0, MAX_ERROR - 1) + "…";
  }

  public String getId() {
    return id;
  }

  public String getRecipient() {
    return recipient;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  /** Failed attempts so far. */
  public int getAttempts() {
    return attempts;
  }

  public String getLastError() {
    return lastError;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getSentAt() {
    return sentAt;
  }

  /** Whether the sender gave up on this mail: not sent and no further attempt planned. */
  public boolean isAbandoned() {
    return sentAt == null && nextAttemptAt == null;
  }
}
