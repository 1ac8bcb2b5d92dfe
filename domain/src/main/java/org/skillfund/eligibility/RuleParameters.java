package org.skillfund.eligibility;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The values a rule set's rules read (ages, dates, fee caps, course lists, limits), each with the
 * source it comes from. Immutable: a new version changes parameters with {@link #with}.
 */
public final class RuleParameters {

  /**
   * One named value and where it comes from.
   *
   * @param name e.g. jobtrainer.maxAge
   * @param value the value as text: a number, an ISO date, or a comma-separated list
   * @param source the guideline and clause that sets it
   */
  public record Parameter(String name, String value, String source) {}

  private final Map<String, Parameter> values;

  private RuleParameters(Map<String, Parameter> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  public static RuleParameters of(Parameter... parameters) {
    Map<String, Parameter> values = new LinkedHashMap<>();
    for (Parameter p : parameters) {
      values.put(p.name(), p);
    }
    return new RuleParameters(values);
  }

  /** A copy with one value changed (or added), for a draft version. */
  public RuleParameters with(String name, String value, String source) {
    Map<String, Parameter> copy = new LinkedHashMap<>(values);
    copy.put(name, new Parameter(name, value, source));
    return new RuleParameters(copy);
  }

  public Map<String, Parameter> asMap() {
    return values;
  }

  public int integer(String name) {
    return Integer.parseInt(text(name));
  }

  public long cents(String name) {
    return Long.parseLong(text(name));
  }

  public LocalDate date(String name) {
    return LocalDate.parse(text(name));
  }

  /** A comma-separated list as a set of trimmed values. */
  public Set<String> set(String name) {
    String text = text(name);
    return text.isBlank()
        ? Set.of()
        : Arrays.stream(text.split(",")).map(String::strip).collect(Collectors.toUnmodifiableSet());
  }

  private String text(String name) {
    Parameter parameter = values.get(name);
    if (parameter == null) {
      throw new IllegalStateException("the rule set has no parameter " + name);
    }
    return parameter.value();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleParameters p && p.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }
}
