package org.skillfund.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.it.support.Api;
import org.skillfund.it.support.DeployedSkillfund;
import org.skillfund.it.support.Usis;

@DisplayName("The entitlement ledger over REST, and the rules that read it")
class LedgerApiIT extends DeployedSkillfund {

  private final Api admin = Api.as(baseUrl(), "admin", Api.DEMO_PASSWORD);
  private final Api officer = Api.as(baseUrl(), "officer", Api.DEMO_PASSWORD);

  @Test
  @DisplayName(
      "a recorded JobTrainer start makes a second JobTrainer course fail 'one at a time', with"
          + " what would change it")
  void recordedStartIsReadByTheRules() {
    String usi = Usis.fresh();
    Api.Reply recorded =
        admin.post(
            "api/v1/ledger/" + usi + "/starts",
            """
            {"programCode":"JOBTRAINER","courseCode":"CHC33021","startDate":"2021-01-11",
             "reason":"Enrolment migrated from the state's system"}""");
    assertEquals(201, recorded.status(), recorded.body());
    assertTrue(recorded.json().get("qualification").asBoolean());
    assertEquals(3, recorded.json().get("aqfLevel").asInt());

    JsonNode starts = officer.get("api/v1/ledger/" + usi).json();
    assertEquals(1, starts.size());
    assertEquals("CHC33021", starts.get(0).get("courseCode").asText());
    assertNull(starts.get(0).get("endDate"));

    JsonNode decision =
        Api.anonymous(baseUrl())
            .post(
                "api/v1/eligibility/checks",
                """
                {"programCode":"JOBTRAINER","state":"VIC","courseCode":"HLT33115",
                 "courseStartDate":"2021-03-01","learner":{"dateOfBirth":"2000-05-01",
                 "residency":"CITIZEN","employmentStatus":"UNEMPLOYED","schoolStudent":false,
                 "usi":"%s"}}"""
                    .formatted(usi))
            .json();
    assertFalse(decision.get("eligible").asBoolean());
    JsonNode one = rule(decision, "JT-ONE");
    assertFalse(one.get("passed").asBoolean());
    assertTrue(one.get("explanation").asText().contains("CHC33021"));
    assertTrue(one.get("remedy").asText().contains("has ended"), one.toString());

    JsonNode events =
        Api.as(baseUrl(), "auditor", Api.DEMO_PASSWORD)
            .get("api/v1/audit/events?action=LEDGER_START_RECORDED&size=100")
            .json()
            .get("items");
    boolean audited = false;
    for (JsonNode e : events) {
      audited |= e.get("entityId").asText().equals(recorded.json().get("id").asText());
    }
    assertTrue(audited, "the recorded start is in the audit trail");
  }

  @Test
  @DisplayName(
      "bad starts are refused naming the fields; providers cannot read or write the ledger")
  void badInputAndWrongRoles() {
    String usi = Usis.fresh();
    Api.Reply bad =
        admin.post(
            "api/v1/ledger/" + usi + "/starts",
            """
            {"programCode":"NOPE","courseCode":"XYZ123","startDate":"2021-02-30",
             "reason":"r"}""");
    assertEquals(400, bad.status());
    assertTrue(bad.contentType().startsWith("application/problem+json"));
    assertEquals(1, bad.json().get("errors").size(), bad.body());
    assertEquals("startDate", bad.json().get("errors").get(0).get("field").asText());

    Api.Reply wrong =
        admin.post(
            "api/v1/ledger/" + usi + "/starts",
            """
            {"programCode":"NOPE","courseCode":"XYZ123","startDate":"2021-02-03",
             "endDate":"2021-01-01","reason":"r"}""");
    assertEquals(400, wrong.status());
    assertEquals(3, wrong.json().get("errors").size(), wrong.body());
    assertEquals(0, officer.get("api/v1/ledger/" + usi).json().size(), "nothing was stored");

    assertEquals(400, officer.get("api/v1/ledger/ABCDEFGHJK").status());
    Api provider = Api.as(baseUrl(), "provider-a", Api.DEMO_PASSWORD);
    assertEquals(403, provider.get("api/v1/ledger/" + usi).status());
    assertEquals(
        403,
        officer
            .post(
                "api/v1/ledger/" + usi + "/starts",
                """
                {"programCode":"JOBTRAINER","courseCode":"CHC33021","startDate":"2021-01-11",
                 "reason":"r"}""")
            .status());
  }

  @Test
  @DisplayName("the synthetic-check generator is off unless configured")
  void syntheticChecksAreOffByDefault() {
    Api.Reply reply = admin.post("api/v1/admin/synthetic-checks", "{\"count\":10,\"seed\":1}");
    assertEquals(404, reply.status(), reply.body());
    assertEquals(
        403, officer.post("api/v1/admin/synthetic-checks", "{\"count\":10,\"seed\":1}").status());
  }

  private static JsonNode rule(JsonNode decision, String id) {
    for (JsonNode r : decision.get("rules")) {
      if (r.get("id").asText().equals(id)) {
        return r;
      }
    }
    throw new AssertionError("no rule " + id + " in " + decision);
  }
}
