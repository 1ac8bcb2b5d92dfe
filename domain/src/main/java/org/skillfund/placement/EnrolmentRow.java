package org.skillfund.placement;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.skillfund.eligibility.EmploymentStatus;
import org.skillfund.eligibility.LearnerFacts;
import org.skillfund.eligibility.Residency;
import org.skillfund.shared.AustralianState;
import org.skillfund.shared.UsiValidator;

/**
 * One row of a bulk enrolment file whose fields are all well-formed: the same checks a single
 * enrolment makes of its input (USI check character, names, date of birth in the past and before
 * the start, e-mail address, residency and employment status, AQF level 1 to 10), named by the
 * file's column names. Whether an allocation covers the start date, whether the learner is eligible
 * and whether a place is left are decided later.
 *
 * @param line the line in the file (the header is line 1)
 */
public record EnrolmentRow(
    int line,
    LearnerIdentity learner,
    String courseCode,
    LocalDate startDate,
    AustralianState state,
    String programCode,
    Residency residency,
    EmploymentStatus employmentStatus,
    boolean schoolStudent,
    Integer highestAqfLevelHeld) {

  /**
   * A row read from the file: the row, or why it was rejected (every problem, joined by "; ").
   *
   * @param usi the USI as given, for the report (null when the line could not be split)
   */
  public record Read(int line, String usi, EnrolmentRow row, String problem) {}

  public String usi() {
    return learner.usi();
  }

  /** What the eligibility rules are told about the learner. */
  public LearnerFacts facts() {
    return new LearnerFacts(
        learner.dateOfBirth(), residency, employmentStatus, schoolStudent, highestAqfLevelHeld);
  }

  /** Checks every field of a split row as of {@code today} (the scheme's date). */
  public static Read read(EnrolmentCsv.Row row, LocalDate today) {
    if (row.problem() != null) {
      return new Read(row.line(), null, null, row.problem());
    }
    List<String> problems = new ArrayList<>();
    String usi = row.usi() == null ? null : row.usi().toUpperCase(Locale.ROOT);
    if (usi == null || !UsiValidator.isValidUsi(usi)) {
      problems.add("usi must be a valid USI");
    }
    String given = name(row.field(1), "given_name", problems);
    String family = name(row.field(2), "family_name", problems);
    LocalDate born = date(row.field(3), "date_of_birth", problems);
    if (born != null && !born.isBefore(today)) {
      problems.add("date_of_birth must be a date in the past");
    }
    String email = row.field(4);
    if (!isEmail(email)) {
      problems.add("email must be an e-mail address");
    }
    String course = row.field(5);
    if (course == null) {
      problems.add("course_code is required");
    }
    LocalDate start = date(row.field(6), "start_date", problems);
    if (born != null && start != null && !born.isBefore(start)) {
      problems.add("date_of_birth must be before the start date");
    }
    AustralianState state = choice(row.field(7), AustralianState.class, "state", problems);
    String program = row.field(8);
    if (program == null) {
      problems.add("funding_program is required");
    }
    Residency residency = choice(row.field(9), Residency.class, "residency", problems);
    EmploymentStatus employment =
        choice(row.field(10), EmploymentStatus.class, "employment_status", problems);
    Boolean school = yesNo(row.field(11), problems);
    Integer level = null;
    if (row.field(12) != null) {
      try {
        level = Integer.valueOf(row.field(12));
        if (level < 1 || level > 10) {
          problems.add("highest_aqf_level must be an AQF level from 1 to 10");
        }
      } catch (NumberFormatException e) {
        problems.add("highest_aqf_level must be a whole number");
      }
    }
    if (!problems.isEmpty()) {
      return new Read(row.line(), row.usi(), null, String.join("; ", problems));
    }
    return new Read(
        row.line(),
        usi,
        new EnrolmentRow(
            row.line(),
            new LearnerIdentity(usi, given, family, born, email),
            course.toUpperCase(Locale.ROOT),
            start,
            state,
            program.toUpperCase(Locale.ROOT),
            residency,
            employment,
            school,
            level),
        null);
  }

  /** The same test as account e-mail addresses (and single enrolments) use. */
  static boolean isEmail(String email) {
    return email != null
        && email.length() <= 254
        && email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  }

  private static String name(String value, String field, List<String> problems) {
    if (value == null || value.length() > 100) {
      problems.add(field + " is required (1 to 100 characters)");
      return null;
    }
    return value;
  }

  private static LocalDate date(String value, String field, List<String> problems) {
    if (value == null) {
      problems.add(field + " is required");
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(field + " must be a date as YYYY-MM-DD");
      return null;
    }
  }

  private static Boolean yesNo(String value, List<String> problems) {
    if (value == null) {
      return false;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "y", "yes", "1" -> true;
      case "false", "n", "no", "0" -> false;
      default -> {
        problems.add("school_student must be true or false (or empty)");
        yield false;
      }
    };
  }

  private static <E extends Enum<E>> E choice(
      String value, Class<E> type, String field, List<String> problems) {
    if (value == null) {
      problems.add(field + " is required");
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(
          field
              + " must be one of "
              + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
      return null;
    }
  }
}
