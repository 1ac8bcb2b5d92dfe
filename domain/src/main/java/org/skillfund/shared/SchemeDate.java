package org.skillfund.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The scheme's calendar: its days are those of Australia/Sydney (a course has started from its
 * start date there, a program is open on a day there), and explanations and refusals write a day as
 * "4 December 2026".
 */
public final class SchemeDate {

  /** Where the scheme's days begin and end. */
  public static final ZoneId ZONE = ZoneId.of("Australia/Sydney");

  private static final DateTimeFormatter WORDS =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private SchemeDate() {}

  /** Today where the scheme runs. */
  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /** A day in words, e.g. "4 December 2026". */
  public static String inWords(LocalDate day) {
    return WORDS.format(day);
  }
}
