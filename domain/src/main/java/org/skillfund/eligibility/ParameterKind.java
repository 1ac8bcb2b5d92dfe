package org.skillfund.eligibility;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What kind of value a rule parameter holds, so a program manager's edit is checked before it is
 * saved: a whole number in a range, an amount in cents, a date, or a list (of known names, or free
 * text).
 *
 * @param description the kind in words, shown next to the field (e.g. "a whole number 0-120")
 * @param check returns what is wrong with a value, or empty when it is acceptable
 */
public record ParameterKind(String description, Function<String, Optional<String>> check) {

  /** What is wrong with {@code value}, or empty. */
  public Optional<String> problemWith(String value) {
    if (value == null) {
      return Optional.of("must be " + description);
    }
    return check.apply(value.strip());
  }

  public static ParameterKind wholeNumber(int min, int max) {
    String words = "a whole number from " + min + " to " + max;
    return new ParameterKind(
        words,
        v -> {
          try {
            int n = Integer.parseInt(v);
            return n < min || n > max ? Optional.of("must be " + words) : Optional.empty();
          } catch (NumberFormatException e) {
            return Optional.of("must be " + words);
          }
        });
  }

  /** An amount of money in whole cents, at most $100,000. */
  public static ParameterKind cents() {
    String words = "an amount in cents from 0 to 10000000 (e.g. 40000 for $400)";
    return new ParameterKind(
        words,
        v -> {
          try {
            long n = Long.parseLong(v);
            return n < 0 || n > 10_000_000 ? Optional.of("must be " + words) : Optional.empty();
          } catch (NumberFormatException e) {
            return Optional.of("must be " + words);
          }
        });
  }

  public static ParameterKind date() {
    String words = "a date as YYYY-MM-DD";
    return new ParameterKind(
        words,
        v -> {
          try {
            LocalDate.parse(v);
            return Optional.empty();
          } catch (DateTimeParseException e) {
            return Optional.of("must be " + words);
          }
        });
  }

  /** A comma-separated list of names of {@code type}'s constants (possibly empty). */
  public static <E extends Enum<E>> ParameterKind listOf(Class<E> type) {
    List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    String words = "a comma-separated list of " + String.join(", ", names);
    return new ParameterKind(
        words,
        v ->
            Arrays.stream(v.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty() && !names.contains(s))
                .findFirst()
                .map(bad -> "\"" + bad + "\" is not one of " + String.join(", ", names)));
  }

  /** A comma-separated list of non-empty words. */
  public static ParameterKind textList() {
    String words = "a comma-separated list";
    return new ParameterKind(
        words,
        v ->
            v.isBlank() || Arrays.stream(v.split(",")).anyMatch(s -> s.strip().isEmpty())
                ? Optional.of("must be " + words + " with no empty entries")
                : Optional.empty());
  }
}
