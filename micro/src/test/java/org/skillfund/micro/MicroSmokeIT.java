package org.skillfund.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Starts the built micro WAR on Payara Micro (its own port, clustering off, H2 in target/) and asks
 * it what the EAR's integration tests ask the EAR: the same answers mean the same application.
 * Ports 8080/4848/3700/7676/3025 are never touched, so no lock is needed.
 */
@DisplayName("skillfund-micro.war on Payara Micro")
class MicroSmokeIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String PORT = System.getProperty("micro.port", "28091");
  private static final String ROOT = "http://127.0.0.1:" + PORT + "/";
  private static final String APP = ROOT + "skillfund/";

  private static MicroInstance micro;

  @BeforeAll
  static void startMicro() throws Exception {
    Path work = Path.of(System.getProperty("micro.work", "target/smoke"));
    micro =
        MicroInstance.start(
            Integer.parseInt(PORT),
            work,
            Map.of(
                "SKILLFUND_DB_URL",
                "jdbc:h2:" + work.toAbsolutePath() + "/db/sf",
                "SKILLFUND_DB_DATASOURCE",
                "org.h2.jdbcx.JdbcDataSource"));
    // assigned before waiting, so that @AfterAll stops it also when it never gets ready
    micro.awaitReady(240); // 100-280 s seen on a busy 2-core machine
  }

  @AfterAll
  static void stopMicro() throws Exception {
    if (micro != null) {
      micro.close();
    }
  }

  @Test
  @DisplayName("/health/ready is UP, with the database check")
  void readyIsUp() throws Exception {
    JsonNode health = JSON.readTree(get(ROOT + "health/ready").body());
    assertEquals("UP", health.get("status").asText());
    assertTrue(health.toString().contains("skillfund-database"), health.toString());
  }

  @Test
  @DisplayName(
      "the catalogue pages, searches, shows supersession and answers 404/400 as on the EAR")
  void catalogueAnswersAsOnTheEar() throws Exception {
    JsonNode first = json(get(APP + "api/v1/catalog/products?size=25"));
    assertTrue(first.get("total").asLong() >= 40, first.toString());
    assertEquals(25, first.get("items").size());
    JsonNode old = json(get(APP + "api/v1/catalog/products/SIT40516"));
    assertEquals("SUPERSEDED", old.get("status").asText());
    assertEquals("SIT40521", old.get("supersededBy").asText());
    JsonNode successor = json(get(APP + "api/v1/catalog/products/SIT40521"));
    assertEquals("Certificate IV in Kitchen Management", successor.get("title").asText());
    assertTrue(successor.get("supersedes").toString().contains("SIT40516"));
    List<String> codes = new ArrayList<>();
    json(get(APP + "api/v1/catalog/products?q=individual%20support"))
        .get("items")
        .forEach(i -> codes.add(i.get("code").asText()));
    assertTrue(codes.contains("CHC33021"), codes.toString());

    HttpResponse<String> unknown = get(APP + "api/v1/catalog/products/XYZ99999");
    assertEquals(404, unknown.statusCode());
    assertProblem(unknown);
    HttpResponse<String> badSize = get(APP + "api/v1/catalog/products?size=0");
    assertEquals(400, badSize.statusCode());
    assertProblem(badSize);
    assertEquals("size", json(badSize).get("errors").get(0).get("field").asText());
  }

  @Test
  @DisplayName("an eligibility check is decided, stored and read back; bad input is 400")
  void eligibilityAnswersAsOnTheEar() throws Exception {
    HttpResponse<String> created =
        post(
            APP + "api/v1/eligibility/checks",
            check("VIC", "CHC33021", "2000-05-01", "UNEMPLOYED", ",\"usi\":\"ABCDEFGHJR\""));
    assertEquals(201, created.statusCode(), created.body());
    JsonNode decision = json(created);
    assertTrue(decision.get("eligible").asBoolean());
    assertEquals(0, decision.get("maxStudentFeeCents").asLong());
    assertEquals(6, decision.get("rules").size());
    String location = created.headers().firstValue("Location").orElseThrow();
    assertTrue(location.endsWith("/" + decision.get("id").asText()), location);
    assertEquals(decision, json(get(location)));

    JsonNode refused =
        json(
            post(
                APP + "api/v1/eligibility/checks",
                check("VIC", "SIT40521", "1994-12-01", "EMPLOYED", "")));
    assertFalse(refused.get("eligible").asBoolean());
    assertEquals(40000, refused.get("maxStudentFeeCents").asLong());
    assertTrue(
        refused
            .get("rules")
            .get(1)
            .get("explanation")
            .asText()
            .startsWith("You are 26 on 1 March 2021"));

    HttpResponse<String> bad = post(APP + "api/v1/eligibility/checks", "not json");
    assertEquals(400, bad.statusCode(), bad.body());
    assertProblem(bad);
  }

  @Test
  @DisplayName("a demo auditor signs in over HTTP Basic: roles map as in the EAR")
  void rolesMapAsInTheEar() throws Exception {
    HttpResponse<String> verify = get(APP + "api/v1/audit/verify", "auditor");
    assertEquals(200, verify.statusCode(), verify.body());
    assertTrue(json(verify).get("valid").asBoolean());
    assertEquals(403, get(APP + "api/v1/audit/verify", "learner").statusCode());
  }

  @Test
  @DisplayName("a DELETE with a JSON body (a removal's reason) reaches the application")
  void deleteWithBodyReachesTheApplication() throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString("manager:demo-pass-2026".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> reply =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(APP + "api/v1/rule-sets/NO-SUCH.1"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"reason\":\"mistake\"}"))
                .timeout(Duration.ofSeconds(20))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(404, reply.statusCode(), reply.body());
    assertProblem(reply);
  }

  private static String check(
      String state, String course, String dob, String employment, String usi) {
    return """
        {"programCode":"JOBTRAINER","state":"%s","courseCode":"%s","courseStartDate":"2021-03-01",
         "learner":{"dateOfBirth":"%s","residency":"CITIZEN","employmentStatus":"%s",
                    "schoolStudent":false%s,"highestAqfLevelHeld":2}}"""
        .formatted(state, course, dob, employment, usi);
  }

  private static void assertProblem(HttpResponse<String> reply) {
    String type = reply.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("application/problem+json"), type);
    assertFalse(reply.body().contains("Exception"), reply.body());
  }

  private static JsonNode json(HttpResponse<String> reply) throws IOException {
    return JSON.readTree(reply.body());
  }

  private static HttpResponse<String> get(String url) throws Exception {
    return get(url, null);
  }

  private static HttpResponse<String> get(String url, String user) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (user != null) {
      String basic = user + ":demo-pass-2026";
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    return HTTP.send(
        request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String url, String body) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .timeout(Duration.ofSeconds(20))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
