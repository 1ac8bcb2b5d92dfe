package org.skillfund.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How explanations write facts, e.g. dates as "1 March 2021". */
final class Words {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private Words() {}

  static String date(LocalDate day) {
    return DATE.format(day);
  }
}
