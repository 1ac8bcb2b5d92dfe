package org.skillfund.program;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/** Amounts of money are whole cents ({@code long}); this shows them to people. */
public final class Money {

  private Money() {}

  /** {@code 123456} as {@code $1,234.56}; negative amounts as {@code -$1,234.56}. */
  public static String format(long cents) {
    NumberFormat format = NumberFormat.getCurrencyInstance(Locale.forLanguageTag("en-AU"));
    return format.format(BigDecimal.valueOf(cents).movePointLeft(2));
  }
}
