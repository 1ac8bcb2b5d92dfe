package org.skillfund.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.it.support.Api;
import org.skillfund.it.support.DeployedSkillfund;

@DisplayName("Rule-set versions over REST: draft, change, what-if, publish")
class RuleSetApiIT extends DeployedSkillfund {

  private static final String RULE_SETS = "api/v1/rule-sets";
  private static final String SE = "STATE_ENTITLEMENT";

  private final Api manager = Api.as(baseUrl(), "manager", Api.DEMO_PASSWORD);
  private final Api auditor = Api.as(baseUrl(), "auditor", Api.DEMO_PASSWORD);

  @Test
  @DisplayName("anonymous callers must sign in; officers and providers are refused")
  void onlyManagersAuditorsAndAdminsSeeRuleSets() {
    Api.Reply anonymous = Api.anonymous(baseUrl()).get(RULE_SETS);
    assertEquals(401, anonymous.status());
    assertTrue(anonymous.contentType().startsWith("application/problem+json"));
    assertEquals(403, Api.as(baseUrl(), "officer", Api.DEMO_PASSWORD).get(RULE_SETS).status());
    Api.Reply provider =
        Api.as(baseUrl(), "provider-a", Api.DEMO_PASSWORD)
            .post(RULE_SETS, draftBody(SE, SE + "-2019.1", SE + "-X1", "2040-01-01", "try"));
    assertEquals(403, provider.status());
    assertEquals(200, auditor.get(RULE_SETS).status());
  }

  @Test
  @DisplayName("the first JobTrainer version is published, with every parameter's source and kind")
  void publishedVersionShowsItsParameters() {
    JsonNode list = manager.get(RULE_SETS + "?program=JOBTRAINER").json();
    boolean found = false;
    for (JsonNode v : list) {
      if (v.get("version").asText().equals("JOBTRAINER-2020.1")) {
        assertEquals("PUBLISHED", v.get("status").asText());
        found = true;
      }
    }
    assertTrue(found, list.toString());
    JsonNode version = manager.get(RULE_SETS + "/JOBTRAINER-2020.1").json();
    JsonNode ageMax = parameter(version, "age.max");
    assertEquals("24", ageMax.get("value").asText());
    assertTrue(ageMax.get("source").asText().contains("JobTrainer"));
    assertEquals("a whole number from 0 to 120", ageMax.get("kind").asText());
  }

  @Test
  @DisplayName("a bad draft is refused naming every field, and nothing is stored")
  void badDraftNamesEveryField() {
    int before = manager.get(RULE_SETS).json().size();
    Api.Reply unparsable =
        manager.post(
            RULE_SETS,
            "{\"programCode\":\"JOBTRAINER\",\"basedOn\":\"JOBTRAINER-2020.1\","
                + "\"version\":\"JOBTRAINER-Y\",\"effectiveFrom\":\"2021-13-01\"}");
    assertEquals(400, unparsable.status());
    assertEquals(Set.of("effectiveFrom", "reason"), fields(unparsable));

    Api.Reply wrong =
        manager.post(RULE_SETS, draftBody("NOPE", "NONE-1", "bad label", "2040-01-01", "because"));
    assertEquals(400, wrong.status());
    assertTrue(wrong.contentType().startsWith("application/problem+json"));
    assertEquals(Set.of("programCode", "basedOn", "version"), fields(wrong));

    Api.Reply otherProgram =
        manager.post(
            RULE_SETS, draftBody(SE, "JOBTRAINER-2020.1", "JOBTRAINER-Z", "2040-01-01", "x"));
    assertEquals(Set.of("basedOn", "version"), fields(otherProgram));
    assertEquals(before, manager.get(RULE_SETS).json().size());
  }

  @Test
  @DisplayName(
      "a manager drafts, fixes a parameter, sees who would gain, publishes; past checks keep"
          + " their decision")
  void draftWhatIfPublish() {
    LocalDate from = nextFreeDate(SE);
    String label = SE + "-T" + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply drafted = manager.post(RULE_SETS, draftBody(SE, SE + "-2019.1", label, from, "test"));
    assertEquals(201, drafted.status(), drafted.body());
    assertTrue(drafted.header("Location").endsWith("/" + label));
    assertEquals("DRAFT", drafted.json().get("status").asText());

    // A 22-year-old who already holds a Certificate IV asks about a Certificate III: not young
    // enough and not upskilling, so not eligible under the published rules.
    String checkBody =
        """
        {"programCode":"STATE_ENTITLEMENT","state":"VIC","courseCode":"CHC33021",
         "courseStartDate":"%s","learner":{"dateOfBirth":"%s","residency":"CITIZEN",
         "employmentStatus":"EMPLOYED","schoolStudent":false,"highestAqfLevelHeld":4}}"""
            .formatted(from.plusDays(10), from.minusYears(22).withDayOfYear(100));
    JsonNode before = Api.anonymous(baseUrl()).post("api/v1/eligibility/checks", checkBody).json();
    assertFalse(before.get("eligible").asBoolean(), before.toString());

    Api.Reply bad = manager.put(parameterPath(label, "youngAge.under"), change("abc"));
    assertEquals(400, bad.status());
    assertEquals(Set.of("value"), fields(bad));
    assertEquals(404, manager.put(parameterPath(label, "no.such"), change("1")).status());
    Api.Reply changed = manager.put(parameterPath(label, "youngAge.under"), change("25"));
    assertEquals(200, changed.status(), changed.body());
    assertEquals("25", parameter(changed.json(), "youngAge.under").get("value").asText());
    assertEquals(
        "Test guideline 1.2", parameter(changed.json(), "youngAge.under").get("source").asText());

    Api.Reply whatIf = manager.post(RULE_SETS + "/" + label + "/what-if", "");
    assertEquals(200, whatIf.status(), whatIf.body());
    JsonNode report = whatIf.json();
    assertEquals("PERIOD", report.get("scope").asText());
    assertTrue(report.get("gained").asLong() >= 1, report.toString());
    boolean listed = false;
    for (JsonNode c : report.get("changed")) {
      listed |= c.get("checkId").asText().equals(before.get("id").asText());
    }
    assertTrue(listed, "the 22-year-old's check is listed as changed");
    assertEquals(
        report.get("evaluated").asLong(),
        report.get("gained").asLong()
            + report.get("lost").asLong()
            + report.get("keptEligible").asLong()
            + report.get("keptIneligible").asLong());
    assertEquals(400, manager.post(RULE_SETS + "/" + label + "/what-if?scope=SOME", "").status());
    assertEquals(200, auditor.post(RULE_SETS + "/" + label + "/what-if?scope=ALL", "").status());

    assertEquals(
        Set.of("reason"), fields(manager.post(RULE_SETS + "/" + label + "/publish", "{}")));
    Api.Reply published =
        manager.post(RULE_SETS + "/" + label + "/publish", "{\"reason\":\"Budget 2040\"}");
    assertEquals(200, published.status(), published.body());
    assertEquals("PUBLISHED", published.json().get("status").asText());
    assertEquals("manager", published.json().get("publishedBy").asText());

    Api.Reply frozen = manager.put(parameterPath(label, "youngAge.under"), change("30"));
    assertEquals(409, frozen.status());
    assertTrue(frozen.contentType().startsWith("application/problem+json"));
    assertEquals(
        409, manager.post(RULE_SETS + "/" + label + "/publish", "{\"reason\":\"again\"}").status());
    assertEquals(409, manager.delete(RULE_SETS + "/" + label, "{\"reason\":\"oops\"}").status());

    // The same question now gets the new version's answer; the stored check is unchanged.
    JsonNode after = Api.anonymous(baseUrl()).post("api/v1/eligibility/checks", checkBody).json();
    assertEquals(label, after.get("ruleSetVersion").asText());
    assertTrue(after.get("eligible").asBoolean(), after.toString());
    assertEquals(
        before,
        Api.anonymous(baseUrl())
            .get("api/v1/eligibility/checks/" + before.get("id").asText())
            .json());

    JsonNode events =
        auditor.get("api/v1/audit/events?entityType=RuleSet&size=100").json().get("items");
    Set<String> actions = new HashSet<>();
    events.forEach(
        e -> {
          if (e.get("entityId").asText().equals(label)) {
            actions.add(e.get("action").asText());
            assertEquals("manager", e.get("actor").asText());
          }
        });
    assertEquals(
        Set.of("RULE_SET_DRAFTED", "RULE_PARAMETER_CHANGED", "RULE_SET_PUBLISHED"), actions);
  }

  @Test
  @DisplayName(
      "a draft that starts before a published version cannot be published; it is discarded")
  void draftBeforePublishedVersionIsRefusedThenDiscarded() {
    String label = SE + "-OLD" + UUID.randomUUID().toString().substring(0, 6);
    assertEquals(
        201,
        manager.post(RULE_SETS, draftBody(SE, SE + "-2019.1", label, "2019-01-01", "t")).status());
    Api.Reply refused = manager.post(RULE_SETS + "/" + label + "/publish", "{\"reason\":\"r\"}");
    assertEquals(409, refused.status());
    assertTrue(refused.json().get("detail").asText().contains("already published"));
    assertEquals(400, manager.delete(RULE_SETS + "/" + label, "{}").status());
    assertEquals(204, manager.delete(RULE_SETS + "/" + label, "{\"reason\":\"mistake\"}").status());
    assertEquals(404, manager.get(RULE_SETS + "/" + label).status());
  }

  /** A day after every published version of the program, far from the years other tests use. */
  private LocalDate nextFreeDate(String program) {
    LocalDate latest = LocalDate.of(2040, 1, 1);
    for (JsonNode v : manager.get(RULE_SETS + "?program=" + program).json()) {
      LocalDate from = LocalDate.parse(v.get("effectiveFrom").asText());
      if (v.get("status").asText().equals("PUBLISHED") && from.isAfter(latest)) {
        latest = from;
      }
    }
    return latest.plusDays(1);
  }

  private static String draftBody(
      String program, String basedOn, String version, Object from, String reason) {
    return """
        {"programCode":"%s","basedOn":"%s","version":"%s","effectiveFrom":"%s","reason":"%s"}"""
        .formatted(program, basedOn, version, from, reason);
  }

  private static String parameterPath(String version, String name) {
    return RULE_SETS + "/" + version + "/parameters/" + name;
  }

  private static String change(String value) {
    return """
        {"value":"%s","source":"Test guideline 1.2","reason":"Raise the age"}"""
        .formatted(value);
  }

  private static JsonNode parameter(JsonNode version, String name) {
    for (JsonNode p : version.get("parameters")) {
      if (p.get("name").asText().equals(name)) {
        return p;
      }
    }
    throw new AssertionError("no parameter " + name + " in " + version);
  }

  private static Set<String> fields(Api.Reply reply) {
    Set<String> fields = new HashSet<>();
    JsonNode errors = reply.json().get("errors");
    if (errors != null) {
      errors.forEach(e -> fields.add(e.get("field").asText()));
    }
    return fields;
  }
}
