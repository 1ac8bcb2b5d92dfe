package org.skillfund.identity;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.skillfund.shared.InvalidRequestException.FieldProblem;

/** The checks every self-made account passes (organisation sign-up, accepted staff invitation). */
public final class NewAccounts {

  /** The shortest password anyone may choose. */
  public static final int MIN_PASSWORD = 12;

  private NewAccounts() {}

  /** Whether {@code email} looks like an e-mail address (at most 254 characters). */
  public static boolean isEmail(String email) {
    return email != null
        && email.length() <= 254
        && email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  }

  /** What is wrong with a new account's user name, name and password, by field. */
  public static List<FieldProblem> problems(
      EntityManager em, String username, String displayName, char[] password) {
    List<FieldProblem> problems = new ArrayList<>();
    if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,59}")) {
      problems.add(
          new FieldProblem(
              "username",
              "must be 2 to 60 lower-case letters, digits, dots, hyphens or underscores"));
    } else if (em.find(UserAccount.class, username) != null) {
      problems.add(new FieldProblem("username", "is taken; choose another"));
    }
    if (displayName == null || displayName.isBlank() || displayName.length() > 120) {
      problems.add(new FieldProblem("displayName", "is required (up to 120 characters)"));
    }
    if (password == null || password.length < MIN_PASSWORD) {
      problems.add(
          new FieldProblem("password", "must be at least " + MIN_PASSWORD + " characters"));
    }
    return problems;
  }
}
