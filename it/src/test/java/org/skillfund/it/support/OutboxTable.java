package org.skillfund.it.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The application's mail outbox (table {@code mail_outbox}) read and written over JDBC, behind the
 * application's back: to see what a workflow queued, and to queue mails no workflow sends yet.
 */
public final class OutboxTable {

  private static final String COLUMNS =
      "id, recipient, subject, body, created_at, attempts, last_error, next_attempt_at,"
          + " claim_token, sent_at";
  private static final Duration POLL = Duration.ofMillis(250);

  private OutboxTable() {}

  /**
   * One outbox row as stored.
   *
   * @param attempts failed attempts so far
   * @param nextAttemptAt when the sender tries it (again); null together with sentAt: given up
   * @param claimToken the sender run that holds it, null when none does
   */
  public record Row(
      String id,
      String recipient,
      String subject,
      String body,
      Instant createdAt,
      int attempts,
      String lastError,
      Instant nextAttemptAt,
      String claimToken,
      Instant sentAt) {

    public boolean isSent() {
      return sentAt != null;
    }
  }

  /** Queues a mail due now, as {@code Notifier.send} would; returns its id. */
  public static String queue(String recipient, String subject, String body) {
    return insert(recipient, subject, body, Instant.now(), null);
  }

  /** Queues a mail as if a sender run of another server held it until {@code leaseUntil}. */
  public static String queueClaimed(
      String recipient, String subject, String body, String claimToken, Instant leaseUntil) {
    return insert(recipient, subject, body, leaseUntil, claimToken);
  }

  private static String insert(
      String recipient, String subject, String body, Instant nextAttemptAt, String claimToken) {
    String id = UUID.randomUUID().toString();
    try (Connection db = TestDatabase.connect();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO mail_outbox (id, recipient, subject, body, created_at, attempts,"
                    + " next_attempt_at, claim_token) VALUES (?, ?, ?, ?, ?, 0, ?, ?)")) {
      insert.setString(1, id);
      insert.setString(2, recipient);
      insert.setString(3, subject);
      insert.setString(4, body);
      insert.setTimestamp(5, Timestamp.from(Instant.now()));
      insert.setTimestamp(6, Timestamp.from(nextAttemptAt));
      insert.setString(7, claimToken);
      insert.executeUpdate();
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Makes the mail due at {@code at} (e.g. a claim that ran out). */
  public static void setNextAttemptAt(String id, Instant at) {
    try (Connection db = TestDatabase.connect();
        PreparedStatement update =
            db.prepareStatement("UPDATE mail_outbox SET next_attempt_at = ? WHERE id = ?")) {
      update.setTimestamp(1, Timestamp.from(at));
      update.setString(2, id);
      update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The row with this id. */
  public static Optional<Row> find(String id) {
    List<Row> rows = select("SELECT " + COLUMNS + " FROM mail_outbox WHERE id = ?", id);
    return rows.stream().findFirst();
  }

  /** Every row for this recipient, oldest first. */
  public static List<Row> forRecipient(String recipient) {
    return select(
        "SELECT " + COLUMNS + " FROM mail_outbox WHERE recipient = ? ORDER BY created_at, id",
        recipient);
  }

  /** Polls the row until it satisfies {@code condition}; fails after {@code timeout}. */
  public static Row waitUntil(String id, Predicate<Row> condition, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      Optional<Row> row = find(id);
      if (row.isPresent() && condition.test(row.get())) {
        return row.get();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "outbox row " + id + " not as expected after " + timeout + ": " + row.orElse(null));
      }
      try {
        Thread.sleep(POLL.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static List<Row> select(String sql, String parameter) {
    try (Connection db = TestDatabase.connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet rs = query.executeQuery()) {
        List<Row> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(
              new Row(
                  rs.getString("id"),
                  rs.getString("recipient"),
                  rs.getString("subject"),
                  rs.getString("body"),
                  instant(rs.getTimestamp("created_at")),
                  rs.getInt("attempts"),
                  rs.getString("last_error"),
                  instant(rs.getTimestamp("next_attempt_at")),
                  rs.getString("claim_token"),
                  instant(rs.getTimestamp("sent_at"))));
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
