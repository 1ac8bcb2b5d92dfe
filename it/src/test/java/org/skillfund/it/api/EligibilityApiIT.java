package org.skillfund.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.skillfund.it.support.Api;
import org.skillfund.it.support.DeployedSkillfund;
import org.skillfund.it.support.TestDatabase;
import org.skillfund.it.support.Usis;

@DisplayName("Eligibility checks over REST")
class EligibilityApiIT extends DeployedSkillfund {

  private static final String CHECKS = "api/v1/eligibility/checks";
  private final Api api = Api.anonymous(baseUrl());

  private static String request(
      String state, String course, String start, String dob, String employment, String usi) {
    return """
        {"programCode":"JOBTRAINER","state":"%s","courseCode":"%s","courseStartDate":"%s",
         "learner":{"dateOfBirth":"%s","residency":"CITIZEN","employmentStatus":"%s",
                    "schoolStudent":false%s,"highestAqfLevelHeld":2}}"""
        .formatted(
            state, course, start, dob, employment, usi == null ? "" : ",\"usi\":\"" + usi + "\"");
  }

  private static List<String> failedRules(JsonNode decision) {
    List<String> failed = new ArrayList<>();
    decision
        .get("rules")
        .forEach(
            r -> {
              if (!r.get("passed").asBoolean()) {
                failed.add(r.get("id").asText());
              }
            });
    return failed;
  }

  @Test
  @DisplayName("an unemployed 20-year-old is eligible; the stored check reads back unchanged")
  void eligibleLearner() {
    Api.Reply created =
        api.post(
            CHECKS,
            request("VIC", "CHC33021", "2021-03-01", "2000-05-01", "UNEMPLOYED", "ABCDEFGHJR"));
    assertEquals(201, created.status(), created.body());
    JsonNode decision = created.json();
    assertTrue(decision.get("eligible").asBoolean());
    assertEquals(0, decision.get("maxStudentFeeCents").asLong());
    assertEquals(6, decision.get("rules").size());
    String location = created.header("Location");
    assertTrue(location.endsWith("/" + decision.get("id").asText()), location);
    Api.Reply read = api.get(CHECKS + "/" + decision.get("id").asText());
    assertEquals(200, read.status());
    assertEquals(decision, read.json());
  }

  @Test
  @DisplayName(
      "a 26-year-old employed learner in a hospitality Certificate IV is told why not, and the fee cap")
  void ineligibleLearnerGetsReasons() {
    JsonNode decision =
        api.post(CHECKS, request("VIC", "SIT40521", "2021-03-01", "1994-12-01", "EMPLOYED", null))
            .json();
    assertFalse(decision.get("eligible").asBoolean());
    assertEquals(List.of("JT-AGE"), failedRules(decision));
    assertEquals(40000, decision.get("maxStudentFeeCents").asLong());
    String age = decision.get("rules").get(1).get("explanation").asText();
    assertTrue(age.startsWith("You are 26 on 1 March 2021"), age);
  }

  @Test
  @DisplayName("a JobTrainer course still going in the learner's ledger makes JT-ONE fail")
  void ledgerIsRead() throws Exception {
    String usi = Usis.fresh();
    try (Connection db = TestDatabase.connect();
        PreparedStatement insert =
            db.prepareStatement(
                "INSERT INTO funded_start (id, usi, program_code, course_code, qualification,"
                    + " aqf_level, start_date, end_date) VALUES (?, ?, 'JOBTRAINER', 'BSB30120',"
                    + " TRUE, 3, DATE '2021-01-10', NULL)")) {
      insert.setString(1, UUID.randomUUID().toString());
      insert.setString(2, usi);
      assertEquals(1, insert.executeUpdate());
    }
    JsonNode decision =
        api.post(CHECKS, request("NSW", "CHC33021", "2021-03-01", "2000-05-01", "UNEMPLOYED", usi))
            .json();
    assertEquals(List.of("JT-ONE"), failedRules(decision));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown course|{\"programCode\":\"JOBTRAINER\",\"state\":\"VIC\",\"courseCode\":\"XYZ99999\",\"courseStartDate\":\"2021-03-01\",\"learner\":{\"dateOfBirth\":\"2000-05-01\",\"residency\":\"CITIZEN\",\"employmentStatus\":\"EMPLOYED\",\"schoolStudent\":false}}|courseCode",
        "invalid USI|{\"programCode\":\"JOBTRAINER\",\"state\":\"VIC\",\"courseCode\":\"CHC33021\",\"courseStartDate\":\"2021-03-01\",\"learner\":{\"dateOfBirth\":\"2000-05-01\",\"residency\":\"CITIZEN\",\"employmentStatus\":\"EMPLOYED\",\"schoolStudent\":false,\"usi\":\"ABCDEFGHJS\"}}|learner.usi",
        "future date of birth|{\"programCode\":\"JOBTRAINER\",\"state\":\"VIC\",\"courseCode\":\"CHC33021\",\"courseStartDate\":\"2021-03-01\",\"learner\":{\"dateOfBirth\":\"2099-05-01\",\"residency\":\"CITIZEN\",\"employmentStatus\":\"EMPLOYED\",\"schoolStudent\":false}}|learner.dateOfBirth",
        "unknown residency|{\"programCode\":\"JOBTRAINER\",\"state\":\"VIC\",\"courseCode\":\"CHC33021\",\"courseStartDate\":\"2021-03-01\",\"learner\":{\"dateOfBirth\":\"2000-05-01\",\"residency\":\"MARTIAN\",\"employmentStatus\":\"EMPLOYED\",\"schoolStudent\":false}}|learner.residency",
        "unknown state|{\"programCode\":\"JOBTRAINER\",\"state\":\"XX\",\"courseCode\":\"CHC33021\",\"courseStartDate\":\"2021-03-01\",\"learner\":{\"dateOfBirth\":\"2000-05-01\",\"residency\":\"CITIZEN\",\"employmentStatus\":\"EMPLOYED\",\"schoolStudent\":false}}|state",
        "missing start date|{\"programCode\":\"JOBTRAINER\",\"state\":\"VIC\",\"courseCode\":\"CHC33021\",\"learner\":{\"dateOfBirth\":\"2000-05-01\",\"residency\":\"CITIZEN\",\"employmentStatus\":\"EMPLOYED\",\"schoolStudent\":false}}|courseStartDate",
        "missing learner|{\"programCode\":\"JOBTRAINER\",\"state\":\"VIC\",\"courseCode\":\"CHC33021\",\"courseStartDate\":\"2021-03-01\"}|learner",
        "unknown program|{\"programCode\":\"NOPE\",\"state\":\"VIC\",\"courseCode\":\"CHC33021\",\"courseStartDate\":\"2021-03-01\",\"learner\":{\"dateOfBirth\":\"2000-05-01\",\"residency\":\"CITIZEN\",\"employmentStatus\":\"EMPLOYED\",\"schoolStudent\":false}}|programCode",
        "no rules in force|{\"programCode\":\"JOBTRAINER\",\"state\":\"VIC\",\"courseCode\":\"CHC33021\",\"courseStartDate\":\"2019-03-01\",\"learner\":{\"dateOfBirth\":\"2000-05-01\",\"residency\":\"CITIZEN\",\"employmentStatus\":\"EMPLOYED\",\"schoolStudent\":false}}|courseStartDate"
      })
  @DisplayName("bad input is 400 problem+json naming the field, and nothing is stored")
  void badInputIsNamedAndNotStored(String name, String body, String field) throws Exception {
    long before = storedChecks();
    Api.Reply reply = api.post(CHECKS, body);
    assertEquals(400, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/problem+json"));
    List<String> fields = new ArrayList<>();
    reply.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertTrue(fields.contains(field), fields.toString());
    assertEquals(before, storedChecks());
  }

  @Test
  @DisplayName("a body that is not JSON is 400, and an unknown check id is 404")
  void malformedBodyAndUnknownId() {
    Api.Reply bad = api.post(CHECKS, "not json");
    assertEquals(400, bad.status(), bad.body());
    assertTrue(bad.contentType().startsWith("application/problem+json"));
    Api.Reply missing = api.get(CHECKS + "/" + UUID.randomUUID());
    assertEquals(404, missing.status());
  }

  private static long storedChecks() throws Exception {
    try (Connection db = TestDatabase.connect();
        PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM eligibility_check");
        ResultSet rs = count.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
