package org.skillfund.shared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads request fields and query parameters as text and converts them here, so that every bad value
 * is one 400 naming its field (JAX-RS would answer 404 for a query parameter it cannot convert, and
 * JSON-B would stop at the first unknown enum value without naming it).
 */
public final class RequestInputs {

  private final List<InvalidRequestException.FieldProblem> errors = new ArrayList<>();

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
    errors.add(
        new InvalidRequestException.FieldProblem(
            name, "must be a whole number from " + min + " to " + max));
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
      errors.add(
          new InvalidRequestException.FieldProblem(
              name, "must be one of " + String.join(", ", allowed)));
      return null;
    }
  }

  /** A value that must be present. */
  public <T> T required(String name, T value) {
    boolean alreadyReported = errors.stream().anyMatch(e -> e.field().equals(name));
    if (!alreadyReported && (value == null || (value instanceof String text && text.isBlank()))) {
      errors.add(new InvalidRequestException.FieldProblem(name, "is required"));
    }
    return value;
  }

  /** Optional text of at most {@code maxLength} characters. */
  public String text(String name, String value, int maxLength) {
    if (value != null && value.length() > maxLength) {
      errors.add(
          new InvalidRequestException.FieldProblem(
              name, "must be at most " + maxLength + " characters"));
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
      errors.add(new InvalidRequestException.FieldProblem(name, "must be " + expected));
      return null;
    }
  }

  /** The page and size, defaulting to the first page of {@value PageRequest#DEFAULT_SIZE}. */
  public PageRequest page(String page, String size) {
    Integer p = integer("page", page, 0, 1_000_000);
    Integer s = integer("size", size, 1, PageRequest.MAX_SIZE);
    return new PageRequest(p == null ? 0 : p, s == null ? PageRequest.DEFAULT_SIZE : s);
  }

  /** Records a problem found by a check of the caller's own. */
  public void invalid(String name, String message) {
    errors.add(new InvalidRequestException.FieldProblem(name, message));
  }

  /** Whether no problem has been seen so far. */
  public boolean valid() {
    return errors.isEmpty();
  }

  /**
   * Adds problems found by the service's own checks, except for fields already reported here (so
   * one answer names every bad field once).
   */
  public void alsoInvalid(List<InvalidRequestException.FieldProblem> found) {
    for (InvalidRequestException.FieldProblem problem : found) {
      if (errors.stream().noneMatch(e -> e.field().equals(problem.field()))) {
        errors.add(problem);
      }
    }
  }

  /** Throws {@link InvalidRequestException} naming every bad parameter seen so far. */
  public void check() {
    if (!errors.isEmpty()) {
      throw new InvalidRequestException(errors);
    }
  }
}
