package org.skillfund.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads query parameters as text and converts them here, so that a bad value is a 400 naming the
 * parameter (JAX-RS would answer 404 for a query parameter it cannot convert).
 */
public final class PageParameters {

  private final List<Problem.FieldError> errors = new ArrayList<>();

  /** An optional whole number from {@code min} to {@code max}. */
  public Integer integer(String name, String value, int min, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below like an out-of-range number
    }
    errors.add(new Problem.FieldError(name, "must be a whole number from " + min + " to " + max));
    return null;
  }

  /** An optional value of an enum, by its name. */
  public <E extends Enum<E>> E choice(String name, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      List<String> allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
      errors.add(new Problem.FieldError(name, "must be one of " + String.join(", ", allowed)));
      return null;
    }
  }

  /** Optional text of at most {@code maxLength} characters. */
  public String text(String name, String value, int maxLength) {
    if (value != null && value.length() > maxLength) {
      errors.add(new Problem.FieldError(name, "must be at most " + maxLength + " characters"));
      return null;
    }
    return value;
  }

  /** An optional value parsed by {@code parser}, which throws on a bad value. */
  public <T> T parsed(String name, String value, Function<String, T> parser, String expected) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return parser.apply(value.strip());
    } catch (RuntimeException e) {
      errors.add(new Problem.FieldError(name, "must be " + expected));
      return null;
    }
  }

  /** The page and size, defaulting to the first page of {@value PageRequest#DEFAULT_SIZE}. */
  public PageRequest page(String page, String size) {
    Integer p = integer("page", page, 0, 1_000_000);
    Integer s = integer("size", size, 1, PageRequest.MAX_SIZE);
    return new PageRequest(p == null ? 0 : p, s == null ? PageRequest.DEFAULT_SIZE : s);
  }

  /** Throws {@link InvalidInputException} naming every bad parameter seen so far. */
  public void check() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
