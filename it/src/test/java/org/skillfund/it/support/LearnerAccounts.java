package org.skillfund.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Learner accounts made in SQL for tests: a fresh USI each, so a test can run again. */
public final class LearnerAccounts {

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
}
