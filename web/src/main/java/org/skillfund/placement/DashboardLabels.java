package org.skillfund.placement;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words and number formats the dashboard exports share with the pages: texts from the page
 * bundle, dollars from cents.
 */
final class DashboardLabels {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final ResourceBundle bundle =
      ResourceBundle.getBundle("org.skillfund.web.messages", Locale.ENGLISH);

  /** The bundle text for {@code key} with its {0}, {1}... filled in. */
  String text(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
  }

  String status(PlaceApplicationStatus status) {
    return text("placeApp.status." + status.name());
  }

  static String when(java.time.Instant instant) {
    return WHEN.format(instant);
  }

  /** Cents as dollars with two decimals and no grouping, e.g. {@code 123456.78}, for data files. */
  static String dollars(long cents) {
    return BigDecimal.valueOf(cents, 2).toPlainString();
  }

  /** Cents as dollars for people, e.g. {@code $1,234.56}. */
  static String money(long cents) {
    NumberFormat f = NumberFormat.getCurrencyInstance(Locale.forLanguageTag("en-AU"));
    return f.format(BigDecimal.valueOf(cents, 2));
  }

  /** A whole number with grouping, e.g. {@code 108,600}. */
  static String count(long n) {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
  }
}
