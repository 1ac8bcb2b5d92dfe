package org.skillfund.eligibility;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A check's trace (every rule's outcome, in order) as it is stored: one JSON array in the check's
 * own row, {@code [{"rule":"JT-AGE","title":...,"passed":true,"explanation":...,"reference":...,
 * "remedy":...}, ...]} ({@code remedy} left out when there is none). One row per check instead of
 * one per rule: a check is written with one insert, and read back exactly as it was decided.
 */
public final class RuleTrace {

  // Json.createXxx() looks the provider up anew on every call, far too slow per check
  private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private RuleTrace() {}

  /** The outcomes as stored. */
  public static String json(List<RuleOutcome> outcomes) {
    JsonArrayBuilder array = BUILDERS.createArrayBuilder();
    for (RuleOutcome o : outcomes) {
      JsonObjectBuilder one =
          BUILDERS
              .createObjectBuilder()
              .add("rule", o.ruleId())
              .add("title", o.title())
              .add("passed", o.passed())
              .add("explanation", o.explanation())
              .add("reference", o.reference());
      if (o.remedy() != null) {
        one.add("remedy", o.remedy());
      }
      array.add(one);
    }
    return array.build().toString();
  }

  /** The outcomes a stored trace holds, in order. */
  public static List<RuleOutcome> outcomes(String json) {
    JsonArray array;
    try (JsonReader reader = READERS.createReader(new StringReader(json))) {
      array = reader.readArray();
    }
    List<RuleOutcome> outcomes = new ArrayList<>(array.size());
    for (JsonValue value : array) {
      JsonObject o = value.asJsonObject();
      outcomes.add(
          new RuleOutcome(
              o.getString("rule"),
              o.getString("title"),
              o.getBoolean("passed"),
              o.getString("explanation"),
              o.getString("reference"),
              o.containsKey("remedy") && !o.isNull("remedy") ? o.getString("remedy") : null));
    }
    return outcomes;
  }
}
