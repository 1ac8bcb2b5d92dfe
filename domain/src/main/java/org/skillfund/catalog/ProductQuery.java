package org.skillfund.catalog;

import java.util.Locale;

/**
 * A catalogue search: free text over code and title, and optional filters; null means any.
 *
 * @param text words to look for in the code or title
 * @param type only this kind of product
 * @param aqfLevel only this AQF level
 * @param status only products with this status
 */
public record ProductQuery(String text, ProductType type, Integer aqfLevel, ProductStatus status) {

  public ProductQuery {
    text = text == null || text.isBlank() ? null : text.strip();
  }

  public static ProductQuery all() {
    return new ProductQuery(null, null, null, null);
  }

  /** The text as a case-insensitive SQL LIKE pattern, with LIKE's wildcards taken literally. */
  public String likePattern() {
    if (text == null) {
      return null;
    }
    String escaped =
        text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return "%" + escaped + "%";
  }
}
