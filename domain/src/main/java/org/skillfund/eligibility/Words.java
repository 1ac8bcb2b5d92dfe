package org.skillfund.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** How explanations write facts, e.g. dates as "1 March 2021". */
final class Words {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private Words() {}

  static String date(LocalDate day) {
    return DATE.format(day);
  }

  /** "a", "a or b", "a, b or c". */
  static String either(List<String> words) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " or "
        + words.get(words.size() - 1);
  }
}
