package org.skillfund.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learner accounts made in SQL for tests (a fresh USI each, so a test can run again), and the
 * enrolment confirmation links mailed to learners.
 */
public final class LearnerAccounts {

  private static final Pattern TOKEN =
      Pattern.compile("confirm-enrolment\\.xhtml\\?token=(?:3D)?([A-Za-z0-9_-]+)");

  private LearnerAccounts() {}

  /** A new learner account. */
  public record Account(String username, String usi, String email) {}

  /**
   * A learner account with the demo password (demo-pass-2026), the LEARNER role and a fresh USI,
   * whose user name is {@code lrn-<usi>} and e-mail {@code lrn-<usi>@example.org}.
   */
  public static Account create() throws SQLException {
    String usi = Usis.fresh();
    String username = "lrn-" + usi.toLowerCase();
    String email = username + "@example.org";
    try (Connection db = TestDatabase.connect()) {
      try (PreparedStatement s =
          db.prepareStatement(
              "INSERT INTO user_account (username, display_name, email, password_hash,"
                  + " provider_id, enabled, usi) SELECT ?, 'Test Learner', ?, password_hash, NULL,"
                  + " TRUE, ? FROM user_account WHERE username = 'learner'")) {
        s.setString(1, username);
        s.setString(2, email);
        s.setString(3, usi);
        assertEquals(1, s.executeUpdate());
      }
      try (PreparedStatement s =
          db.prepareStatement("INSERT INTO user_role (username, role) VALUES (?, 'LEARNER')")) {
        s.setString(1, username);
        s.executeUpdate();
      }
    }
    return new Account(username, usi, email);
  }

  /** The token of the one enrolment confirmation link mailed to {@code email} (waits for it). */
  public static String confirmationToken(String email) {
    List<MimeMessage> mails =
        Mailbox.waitFor(email, s -> s.startsWith("Please confirm"), Duration.ofSeconds(60));
    assertEquals(1, mails.size(), "one confirmation mail to " + email);
    Matcher link = TOKEN.matcher(GreenMailUtil.getBody(mails.get(0)).replace("=\r\n", ""));
    assertTrue(link.find(), "the mail holds the link");
    return link.group(1);
  }
}
