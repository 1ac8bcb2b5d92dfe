package org.skillfund.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.skillfund.shared.AustralianState;

/**
 * Reads the training-product register extract kept in the repository
 * (catalog/training-products.csv): {@code
 * code,title,type,aqf_level,status,superseded_by,industry_area,jobtrainer_priority_states}.
 */
public final class TrainingProductCsv {

  public static final String HEADER =
      "code,title,type,aqf_level,status,superseded_by,industry_area,jobtrainer_priority_states";

  private TrainingProductCsv() {}

  /** Parses every line after the header; a bad line fails the whole file, naming the line. */
  public static List<TrainingProduct> parse(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).strip().equals(HEADER)) {
      throw new IllegalArgumentException("the first line must be the header: " + HEADER);
    }
    List<TrainingProduct> products = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int lineNumber = i + 1;
      try {
        TrainingProduct product = parseRow(splitCsv(line));
        if (!codes.add(product.getCode())) {
          throw new IllegalArgumentException("duplicate code " + product.getCode());
        }
        products.add(product);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + lineNumber + ": " + e.getMessage(), e);
      }
    }
    for (TrainingProduct product : products) {
      if (product.getSupersededBy() != null && !codes.contains(product.getSupersededBy())) {
        throw new IllegalArgumentException(
            product.getCode()
                + " is superseded by "
                + product.getSupersededBy()
                + ", which is not in the file");
      }
    }
    return products;
  }

  private static TrainingProduct parseRow(List<String> f) {
    if (f.size() != 8) {
      throw new IllegalArgumentException("expected 8 fields but found " + f.size());
    }
    Set<AustralianState> states = EnumSet.noneOf(AustralianState.class);
    if (!f.get(7).isBlank()) {
      Arrays.stream(f.get(7).split("\\|"))
          .map(String::strip)
          .map(AustralianState::valueOf)
          .forEach(states::add);
    }
    return new TrainingProduct(
        f.get(0).strip(),
        f.get(1).strip(),
        ProductType.valueOf(f.get(2).strip()),
        f.get(3).isBlank() ? null : Integer.valueOf(f.get(3).strip()),
        ProductStatus.valueOf(f.get(4).strip()),
        f.get(5).isBlank() ? null : f.get(5).strip(),
        f.get(6).strip(),
        states);
  }

  /** Splits one CSV line (RFC 4180 quoting: "a, b" and "" for a quote inside quotes). */
  public static List<String> splitCsv(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("a quoted field is not closed");
    }
    fields.add(field.toString());
    return fields;
  }
}
