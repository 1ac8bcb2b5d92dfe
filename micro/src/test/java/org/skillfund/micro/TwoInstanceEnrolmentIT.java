package org.skillfund.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 7's concurrency test across two servers: two Payara Micro instances of the micro WAR share
 * one PostgreSQL schema of their own ({@code skillfund_micro_it}, dropped and created here), each
 * with its own connection pool. 50 clients, alternating between the instances, enrol 50 distinct
 * eligible learners into one allocation of 20 places at the same moment: exactly 20 are created, 30
 * refused with 409 problem+json, and in SQL the allocation's counter, the enrolment rows and the
 * ledger (funded starts) agree on 20.
 *
 * <p>Needs PostgreSQL (127.0.0.1:5432, database test, user postgres, or -Dmicro.pg.*); when it
 * cannot be reached the test is skipped with a message saying so. The instances start one after the
 * other (the first migrates and seeds the empty schema; the demo seeders add what is missing and
 * would collide if both ran at once); the allocation is set up on the first while the second
 * starts. Ports 28093 and 28094; clustering off (the database is what the instances share here).
 */
@DisplayName("two Payara Micro instances on one PostgreSQL schema")
class TwoInstanceEnrolmentIT {

  private static final String PG_HOST = System.getProperty("micro.pg.host", "127.0.0.1");
  private static final String PG_PORT = System.getProperty("micro.pg.port", "5432");
  private static final String PG_DB = System.getProperty("micro.pg.database", "test");
  private static final String PG_USER = System.getProperty("micro.pg.user", "postgres");
  private static final String PG_PASSWORD = System.getProperty("micro.pg.password", "postgres");
  private static final String SCHEMA = "skillfund_micro_it";
  private static final int PLACES = 20;
  private static final int CLIENTS = 50;
  private static final long PLACE_PRICE_CENTS = 500_000; // CHC33021: $2,000 + $3,000
  private static final String PASSWORD = "demo-pass-2026";
  private static final String USI_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final String USI_PREFIX = "PAR2";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static final List<MicroInstance> instances = new ArrayList<>();
  private static String program;
  private static String allocation;

  @BeforeAll
  static void startTwoInstances() throws Exception {
    String reason = postgresUnreachable();
    Assumptions.assumeTrue(
        reason == null,
        "PostgreSQL at "
            + PG_HOST
            + ":"
            + PG_PORT
            + "/"
            + PG_DB
            + " is not reachable ("
            + reason
            + "); skipping");
    try (Connection db = connect();
        Statement sql = db.createStatement()) {
      sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
      sql.execute("CREATE SCHEMA " + SCHEMA);
    }
    Path work = Path.of(System.getProperty("micro.work", "target/smoke")).resolveSibling("two");
    // each is in the list before it is waited for, so @AfterAll stops it whatever happens
    instances.add(MicroInstance.start(28093, work.resolve("micro-1"), env(1)));
    instances.get(0).awaitReady(240);
    instances.add(MicroInstance.start(28094, work.resolve("micro-2"), env(2)));
    // the set-up runs on the first instance while the second starts
    setUpAllocation(instances.get(0).app);
    instances.get(1).awaitReady(240);
  }

  @AfterAll
  static void stopInstances() throws Exception {
    for (MicroInstance instance : instances) {
      instance.close();
    }
  }

  @Test
  @DisplayName(
      "50 clients on two instances enrol into 20 places: 20 created, 30 refused, SQL agrees")
  void exactlyTheAllocatedPlacesAreTaken() throws Exception {
    // each instance has checked provider-a's password once and read the allocation, so the race
    // below is between two instances that are both ready to take places
    for (MicroInstance instance : instances) {
      for (int i = 0; i < 3; i++) {
        expect(
            200,
            call("provider-a", "GET", instance.app + "api/v1/allocations/" + allocation, null));
      }
    }
    LocalDate start = LocalDate.now().plusDays(7);
    CyclicBarrier together = new CyclicBarrier(CLIENTS);
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    Set<String> usis = new HashSet<>();
    for (int i = 0; i < CLIENTS; i++) {
      String usi = usi(i);
      assertTrue(usis.add(usi), "distinct learners");
      String instance = instances.get(i % 2).app;
      ObjectNode body = JSON.createObjectNode();
      body.put("allocationId", allocation);
      ObjectNode learner = body.putObject("learner");
      learner.put("usi", usi);
      learner.put("givenName", "Parallel");
      learner.put("familyName", "Learner " + i);
      learner.put("dateOfBirth", start.minusYears(21).toString());
      learner.put("email", "parallel" + i + "@example.org");
      body.put("startDate", start.toString());
      body.put("residency", "CITIZEN");
      body.put("employmentStatus", "UNEMPLOYED");
      body.put("schoolStudent", false);
      answers.add(
          pool.submit(
              () -> {
                together.await();
                return call("provider-a", "POST", instance + "api/v1/enrolments", body);
              }));
    }
    Map<Integer, Integer> statuses = new TreeMap<>();
    Map<Integer, Integer> createdPerInstance = new TreeMap<>();
    for (int i = 0; i < CLIENTS; i++) {
      HttpResponse<String> answer = answers.get(i).get();
      statuses.merge(answer.statusCode(), 1, Integer::sum);
      if (answer.statusCode() == 201) {
        createdPerInstance.merge(i % 2 + 1, 1, Integer::sum);
      } else {
        assertEquals(409, answer.statusCode(), answer.body());
        String type = answer.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/problem+json"), type);
        assertFalse(answer.body().contains("Exception"), answer.body());
      }
    }
    pool.shutdown();
    assertEquals(
        Map.of(201, PLACES, 409, CLIENTS - PLACES),
        statuses,
        "answers by status; created through instance " + createdPerInstance);

    try (Connection db = connect()) {
      assertEquals(PLACES, number(db, "SELECT places_used FROM allocation WHERE id = ?"));
      assertEquals(
          PLACES,
          number(
              db,
              "SELECT COUNT(*) FROM enrolment WHERE allocation_id = ? AND status <> 'WITHDRAWN'"));
      assertEquals(
          PLACES,
          number(
              db,
              "SELECT COUNT(*) FROM enrolment e JOIN funded_start f ON f.id = e.ledger_entry_id"
                  + " WHERE e.allocation_id = ?"));
      // and nothing else in the ledger: the 30 refused learners have no funded start either
      assertEquals(
          PLACES,
          number(db, "SELECT COUNT(*) FROM funded_start WHERE usi LIKE ?", USI_PREFIX + "%"));
    }
  }

  /** A program of its own whose NSW budget fits 40 places, and one allocation of 20 places. */
  private static void setUpAllocation(String app) throws Exception {
    program = "TWO-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    LocalDate today = LocalDate.now();
    String definition =
        """
        {"program": {"code": "%s", "name": "Two-instance test %s", "ruleProgramCode": "JOBTRAINER",
          "opensOn": "%s", "closesOn": "%s", "feeRule": "NO_FEE", "feeCapCents": 0,
          "providerCapCents": %d,
          "streams": [{"code": "GEN", "name": "General"}],
          "budgets": [{"state": "NSW", "streamCode": "GEN", "cents": %d}],
          "courses": [{"courseCode": "CHC33021", "state": "NSW", "priority": true}],
          "prices": [{"courseCode": "CHC33021", "commencementCents": 200000,
                      "completionCents": 300000}],
          "targets": [{"state": "NSW", "places": 100}]},
         "reason": "two-instance concurrency test"}"""
            .formatted(
                program,
                program,
                today.minusDays(1),
                today.plusDays(100),
                2 * PLACES * PLACE_PRICE_CENTS,
                2 * PLACES * PLACE_PRICE_CENTS);
    expect(201, call("manager", "POST", app + "api/v1/programs", JSON.readTree(definition)));
    String draft =
        """
        {"programCode": "%s", "streamCode": "GEN", "periodFrom": "%s", "periodTo": "%s",
         "justification": "Two-instance concurrency test",
         "lines": [{"courseCode": "CHC33021", "state": "NSW", "places": %d,
                    "cetModel": "INSTITUTION_BASED", "locations": "Sydney",
                    "startDates": "February"}]}"""
            .formatted(program, today, today.plusDays(300), PLACES);
    String application =
        expect(
                201,
                call("provider-a", "POST", app + "api/v1/place-applications", JSON.readTree(draft)))
            .get("id")
            .asText();
    String base = app + "api/v1/place-applications/" + application;
    expect(200, call("provider-a", "POST", base + "/submission", null));
    String assessment =
        """
        {"scores": {"SKILLS_NEED": 3, "DELIVERY_CAPABILITY": 3, "INDUSTRY_ENGAGEMENT": 3,
                    "PAST_PERFORMANCE": 3, "VALUE_FOR_MONEY": 3},
         "recommendedPlaces": [%d], "note": "two-instance concurrency test"}"""
            .formatted(PLACES);
    expect(200, call("officer", "POST", base + "/assessment", JSON.readTree(assessment)));
    String decision =
        """
        {"approvedPlaces": [%d], "reason": "two-instance concurrency test"}"""
            .formatted(PLACES);
    expect(200, call("delegate", "POST", base + "/decision", JSON.readTree(decision)));
    JsonNode page =
        expect(200, call("provider-a", "GET", app + "api/v1/allocations?program=" + program, null));
    assertEquals(1, page.get("items").size(), page.toString());
    allocation = page.get("items").get(0).get("id").asText();
    assertEquals(PLACES, page.get("items").get(0).get("places").asInt(), page.toString());
  }

  private static Map<String, String> env(int n) {
    return Map.of(
        "SKILLFUND_DB_URL",
        "jdbc:postgresql://"
            + PG_HOST
            + ":"
            + PG_PORT
            + "/"
            + PG_DB
            + "?currentSchema="
            + SCHEMA
            + "&ApplicationName=skillfund-micro-it-"
            + n,
        "SKILLFUND_DB_USER",
        PG_USER,
        "SKILLFUND_DB_PASSWORD",
        PG_PASSWORD,
        "SKILLFUND_DB_DATASOURCE",
        "org.postgresql.ds.PGSimpleDataSource");
  }

  private static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + PG_HOST + ":" + PG_PORT + "/" + PG_DB + "?currentSchema=" + SCHEMA,
        PG_USER,
        PG_PASSWORD);
  }

  /** Null when PostgreSQL answers; otherwise why not. */
  private static String postgresUnreachable() {
    DriverManager.setLoginTimeout(5);
    try (Connection db = connect()) {
      return db.isValid(5) ? null : "connection not valid";
    } catch (SQLException e) {
      return e.getMessage();
    }
  }

  private static long number(Connection db, String query) throws SQLException {
    return number(db, query, allocation);
  }

  private static long number(Connection db, String query, String parameter) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(query)) {
      statement.setString(1, parameter);
      try (ResultSet row = statement.executeQuery()) {
        assertTrue(row.next(), query);
        return row.getLong(1);
      }
    }
  }

  private static HttpResponse<String> call(String user, String method, String url, JsonNode body)
      throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Basic " + basic)
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(120));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode expect(int status, HttpResponse<String> answer) throws Exception {
    assertEquals(
        status,
        answer.statusCode(),
        answer.request().method() + " " + answer.request().uri() + ": " + answer.body());
    return answer.body().isEmpty() ? null : JSON.readTree(answer.body());
  }

  /** Learner {@code i}'s USI (the schema is new each run): the prefix, i and the check one. */
  private static String usi(int i) {
    StringBuilder first = new StringBuilder(USI_PREFIX);
    for (int k = 0, n = i; k < 5; k++) {
      first.append(USI_ALPHABET.charAt(n % 32));
      n /= 32;
    }
    int n = USI_ALPHABET.length();
    int factor = 2;
    int total = 0;
    for (int k = first.length() - 1; k >= 0; k--) {
      int addend = factor * USI_ALPHABET.indexOf(first.charAt(k));
      factor = factor == 2 ? 1 : 2;
      total += addend / n + addend % n;
    }
    return first.toString() + USI_ALPHABET.charAt((n - total % n) % n);
  }
}
