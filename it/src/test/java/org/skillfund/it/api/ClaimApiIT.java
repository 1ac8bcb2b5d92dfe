package org.skillfund.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.skillfund.it.api.EnrolmentApiIT.ENROLMENTS;
import static org.skillfund.it.api.EnrolmentApiIT.assertProblem;
import static org.skillfund.it.support.TestDatabase.number;
import static org.skillfund.it.support.TestDatabase.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.it.support.Api;
import org.skillfund.it.support.DeployedSkillfund;
import org.skillfund.it.support.Mailbox;
import org.skillfund.it.support.TestDatabase;

@DisplayName(
    "Claims over REST: only confirmed enrolments whose course has started, never twice, validated,"
        + " approved, paid")
class ClaimApiIT extends DeployedSkillfund {

  static final String CLAIMS = "api/v1/claims";
  static final String BATCHES = "api/v1/payment-batches";

  private final Api manager = Api.as(baseUrl(), "manager", Api.DEMO_PASSWORD);
  private final Api providerA = Api.as(baseUrl(), "provider-a", Api.DEMO_PASSWORD);
  private final Api providerB = Api.as(baseUrl(), "provider-b", Api.DEMO_PASSWORD);
  private final Api officer = Api.as(baseUrl(), "officer", Api.DEMO_PASSWORD);
  private final Api delegate = Api.as(baseUrl(), "delegate", Api.DEMO_PASSWORD);

  @BeforeAll
  static void mail() {
    Mailbox.start();
  }

  /** POST a claim with an Idempotency-Key header. */
  Api.Reply claim(String enrolment, String kind, String key) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl() + CLAIMS))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString(
                            ("provider-a:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"enrolmentId\":\"%s\",\"kind\":\"%s\"}".formatted(enrolment, kind)));
    if (key != null) {
      request.header("Idempotency-Key", key);
    }
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Api.Reply(response);
  }

  record Enrolled(
      String program, String allocation, EnrolmentApiIT.Learner learner, String enrolment) {}

  /**
   * A learner with an account, enrolled by provider A into a new allocation of 3 places, the course
   * starting today (so that its commencement part can be claimed once the learner confirms).
   */
  Enrolled enrolOne() throws Exception {
    return enrolOne(EnrolmentApiIT.schemeToday());
  }

  /** The same, the course starting on {@code start}. */
  Enrolled enrolOne(LocalDate start) throws Exception {
    String program = EnrolmentApiIT.program(manager);
    String allocation = EnrolmentApiIT.allocation(providerA, officer, delegate, program, "NSW", 3);
    EnrolmentApiIT.Learner learner = EnrolmentApiIT.learnerAccount();
    Api.Reply enrolled =
        providerA.post(
            ENROLMENTS,
            EnrolmentApiIT.enrolment(allocation, learner.usi(), learner.email(), start));
    assertEquals(201, enrolled.status(), enrolled.body());
    return new Enrolled(program, allocation, learner, enrolled.json().get("id").asText());
  }

  @Test
  @DisplayName(
      "claim after confirmation (idempotent, once), officer validates, delegate approves, a batch"
          + " pays and adds to the budget's spent amount, a recovery takes it back")
  void claimToPaymentAndRecovery() throws Exception {
    Enrolled enrolled = enrolOne();
    String program = enrolled.program();
    String allocation = enrolled.allocation();
    EnrolmentApiIT.Learner learner = enrolled.learner();
    String enrolment = enrolled.enrolment();

    Api.Reply early = claim(enrolment, "COMMENCEMENT", null);
    assertProblem(early, 409);
    assertTrue(early.json().get("detail").asText().contains("not confirmed"), early.body());
    assertProblem(claim(enrolment, "SOMETHING", null), 400, "kind");

    Api.Reply confirmed = EnrolmentApiIT.answerLink(learner, "{\"answer\":\"CONFIRM\"}");
    assertEquals(200, confirmed.status(), confirmed.body());

    String key = UUID.randomUUID().toString();
    Api.Reply first = claim(enrolment, "COMMENCEMENT", key);
    assertEquals(201, first.status(), first.body());
    String id = first.json().get("id").asText();
    assertEquals(200000, first.json().get("amountCents").asLong());
    assertEquals("SUBMITTED", first.json().get("status").asText());
    Api.Reply replay = claim(enrolment, "COMMENCEMENT", key);
    assertEquals(200, replay.status(), replay.body());
    assertEquals(id, replay.json().get("id").asText());
    Api.Reply twice = claim(enrolment, "COMMENCEMENT", null);
    assertProblem(twice, 409);
    assertTrue(twice.json().get("detail").asText().contains("already claimed"), twice.body());
    assertProblem(claim(enrolment, "COMPLETION", key), 409);
    assertProblem(claim(enrolment, "COMPLETION", UUID.randomUUID().toString()), 409);
    assertProblem(providerB.get(CLAIMS + "/" + id), 404);
    try (Connection db = TestDatabase.connect()) {
      assertEquals(1, number(db, "SELECT COUNT(*) FROM claim WHERE enrolment_id = ?", enrolment));
    }

    assertProblem(delegate.post(CLAIMS + "/" + id + "/approval", "{}"), 409);
    assertProblem(providerA.post(CLAIMS + "/" + id + "/validation", ""), 403);
    long storedChecks;
    try (Connection db = TestDatabase.connect()) {
      storedChecks = number(db, "SELECT COUNT(*) FROM eligibility_check WHERE id LIKE ?", "%");
    }
    JsonNode checks = officer.get(CLAIMS + "/" + id + "/checks").json();
    assertEquals(6, checks.size());
    checks.forEach(c -> assertTrue(c.get("passed").asBoolean(), c.toString()));
    try (Connection db = TestDatabase.connect()) {
      assertEquals(
          storedChecks,
          number(db, "SELECT COUNT(*) FROM eligibility_check WHERE id LIKE ?", "%"),
          "looking at the checks stores nothing; only validation keeps its re-check");
    }
    Api.Reply validated = officer.post(CLAIMS + "/" + id + "/validation", "");
    assertEquals(200, validated.status(), validated.body());
    assertEquals("VALIDATED", validated.json().get("status").asText());
    assertTrue(validated.json().get("checks").asText().contains("CONFIRMED ok"));
    assertTrue(validated.json().get("checks").asText().contains("STARTED ok"));
    Api.Reply approved =
        delegate.post(CLAIMS + "/" + id + "/approval", "{\"reason\":\"All checks pass.\"}");
    assertEquals(200, approved.status(), approved.body());
    assertEquals("APPROVED", approved.json().get("status").asText());

    assertProblem(providerA.post(BATCHES, ""), 403);
    Api.Reply batch = delegate.post(BATCHES, "");
    assertEquals(201, batch.status(), batch.body());
    String batchId = batch.json().get("id").asText();
    assertTrue(batch.json().get("claimCount").asInt() >= 1);
    JsonNode paid = providerA.get(CLAIMS + "/" + id).json();
    assertEquals("PAID", paid.get("status").asText());
    assertEquals(batchId, paid.get("batchId").asText());
    assertProblem(delegate.post(BATCHES, ""), 409);
    Api.Reply file = delegate.get(BATCHES + "/" + batchId + "/file");
    assertEquals(200, file.status(), file.body());
    assertTrue(file.contentType().startsWith("text/csv"), file.contentType());
    assertTrue(file.body().contains("D," + id + ","), file.body());
    assertTrue(
        file.body()
            .contains(
                "T,"
                    + batch.json().get("claimCount").asInt()
                    + ","
                    + batch.json().get("totalCents").asLong()),
        file.body());
    try (Connection db = TestDatabase.connect()) {
      assertEquals(
          200000,
          number(
              db,
              "SELECT spent_cents FROM program_budget WHERE program_code = ? AND state = 'NSW'",
              program));
    }

    assertProblem(delegate.post(CLAIMS + "/" + id + "/recovery", "{}"), 400, "reason");
    Api.Reply recovered =
        delegate.post(
            CLAIMS + "/" + id + "/recovery",
            "{\"reason\":\"Audit found the learner was still at school.\"}");
    assertEquals(200, recovered.status(), recovered.body());
    assertEquals(-200000, recovered.json().get("amountCents").asLong());
    assertEquals("RECOVERED", providerA.get(CLAIMS + "/" + id).json().get("status").asText());
    assertProblem(delegate.post(CLAIMS + "/" + id + "/recovery", "{\"reason\":\"again\"}"), 409);
    try (Connection db = TestDatabase.connect()) {
      assertEquals(
          0,
          number(
              db,
              "SELECT spent_cents FROM program_budget WHERE program_code = ? AND state = 'NSW'",
              program));
      assertEquals(
          -200000, number(db, "SELECT amount_cents FROM claim_adjustment WHERE claim_id = ?", id));
      assertEquals(
          1,
          number(
              db,
              "SELECT COUNT(*) FROM audit_event WHERE action = 'CLAIM_RECOVERED' AND entity_id = ?",
              id));
    }
  }

  @Test
  @DisplayName(
      "the commencement part of a confirmed enrolment starting next week is refused (409 naming"
          + " the start date), with or without an Idempotency-Key; nothing is written")
  void noCommencementClaimBeforeTheStartDate() throws Exception {
    LocalDate start = EnrolmentApiIT.schemeToday().plusDays(7);
    Enrolled enrolled = enrolOne(start);
    EnrolmentApiIT.Learner learner = enrolled.learner();
    String enrolment = enrolled.enrolment();
    Api.Reply confirmed = EnrolmentApiIT.answerLink(learner, "{\"answer\":\"CONFIRM\"}");
    assertEquals(200, confirmed.status(), confirmed.body());
    assertEquals("CONFIRMED", confirmed.json().get("status").asText());

    String day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(start);
    String expected =
        "The course starts on " + day + ": its commencement part can be claimed from that day.";
    Api.Reply refused = claim(enrolment, "COMMENCEMENT", null);
    assertProblem(refused, 409);
    assertEquals(expected, refused.json().get("detail").asText(), refused.body());
    String key = UUID.randomUUID().toString();
    Api.Reply refusedWithKey = claim(enrolment, "COMMENCEMENT", key);
    assertProblem(refusedWithKey, 409);
    assertEquals(expected, refusedWithKey.json().get("detail").asText(), refusedWithKey.body());
    // the refusal kept no key: the same key is refused the same way again, not answered as a claim
    Api.Reply again = claim(enrolment, "COMMENCEMENT", key);
    assertProblem(again, 409);
    assertEquals(expected, again.json().get("detail").asText(), again.body());

    try (Connection db = TestDatabase.connect()) {
      assertEquals(0, number(db, "SELECT COUNT(*) FROM claim WHERE enrolment_id = ?", enrolment));
      assertEquals(0, number(db, "SELECT COUNT(*) FROM claim WHERE idempotency_key = ?", key));
      assertEquals(
          0,
          number(
              db,
              "SELECT COUNT(*) FROM audit_event WHERE action = 'CLAIM_SUBMITTED'"
                  + " AND summary LIKE ?",
              "%" + enrolment + "%"));
      assertEquals("CONFIRMED", text(db, "SELECT status FROM enrolment WHERE id = ?", enrolment));
    }
  }

  @Test
  @DisplayName(
      "one Idempotency-Key sent at the same moment for claims on two enrolments (8 requests each):"
          + " one claim is made, every other answer is that claim (200) or a 409 naming the key;"
          + " the other enrolment gets no claim and can claim with a key of its own")
  void oneKeyTwoEnrolmentsAtOnce() throws Exception {
    List<String> enrolments = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Enrolled enrolled = enrolOne();
      Api.Reply confirmed =
          EnrolmentApiIT.answerLink(enrolled.learner(), "{\"answer\":\"CONFIRM\"}");
      assertEquals(200, confirmed.status(), confirmed.body());
      enrolments.add(enrolled.enrolment());
    }
    String key = UUID.randomUUID().toString();
    int requests = 16;
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Api.Reply>> answers = new ArrayList<>();
    List<Api.Reply> replies = new ArrayList<>();
    try {
      for (int i = 0; i < requests; i++) {
        String enrolment = enrolments.get(i % 2);
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return claim(enrolment, "COMMENCEMENT", key);
                }));
      }
      go.countDown();
      for (Future<Api.Reply> answer : answers) {
        replies.add(answer.get(120, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    Map<Integer, Long> statuses =
        replies.stream()
            .collect(Collectors.groupingBy(Api.Reply::status, TreeMap::new, Collectors.counting()));
    Set<String> claimIds = new HashSet<>();
    Set<String> claimedEnrolments = new HashSet<>();
    for (Api.Reply reply : replies) {
      switch (reply.status()) {
        case 200, 201 -> {
          claimIds.add(reply.json().get("id").asText());
          claimedEnrolments.add(reply.json().get("enrolmentId").asText());
        }
        case 409 -> {
          assertProblem(reply, 409);
          String detail = reply.json().get("detail").asText();
          assertTrue(
              detail.contains("Idempotency-Key") || detail.contains("in progress"), reply.body());
        }
        default -> throw new AssertionError(statuses + ": " + reply.status() + " " + reply.body());
      }
    }
    assertEquals(1L, statuses.getOrDefault(201, 0L), "exactly one claim was made: " + statuses);
    assertEquals(1, claimIds.size(), "every success is the same claim: " + claimIds);
    assertEquals(1, claimedEnrolments.size(), claimedEnrolments.toString());
    String winner = claimedEnrolments.iterator().next();
    String other = enrolments.get(0).equals(winner) ? enrolments.get(1) : enrolments.get(0);
    try (Connection db = TestDatabase.connect()) {
      assertEquals(1, number(db, "SELECT COUNT(*) FROM claim WHERE idempotency_key = ?", key));
      assertEquals(1, number(db, "SELECT COUNT(*) FROM claim WHERE enrolment_id = ?", winner));
      assertEquals(0, number(db, "SELECT COUNT(*) FROM claim WHERE enrolment_id = ?", other));
      assertEquals(
          1,
          number(
              db,
              "SELECT COUNT(*) FROM audit_event WHERE action = 'CLAIM_SUBMITTED' AND entity_id = ?",
              claimIds.iterator().next()));
    }
    Api.Reply own = claim(other, "COMMENCEMENT", UUID.randomUUID().toString());
    assertEquals(201, own.status(), own.body());
  }

  @Test
  @DisplayName(
      "16 simultaneous identical claims with one Idempotency-Key: no 500, one claim row, each"
          + " answer that claim (one 201, the others 200); the key with another body is 409")
  void simultaneousRepeatsMakeOneClaim() throws Exception {
    Enrolled enrolled = enrolOne();
    String program = enrolled.program();
    String allocation = enrolled.allocation();
    EnrolmentApiIT.Learner learner = enrolled.learner();
    String enrolment = enrolled.enrolment();
    Api.Reply confirmed = EnrolmentApiIT.answerLink(learner, "{\"answer\":\"CONFIRM\"}");
    assertEquals(200, confirmed.status(), confirmed.body());

    String key = UUID.randomUUID().toString();
    int requests = 16;
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Api.Reply>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < requests; i++) {
        answers.add(
            pool.submit(
                () -> {
                  go.await();
                  return claim(enrolment, "COMMENCEMENT", key);
                }));
      }
      go.countDown();
      List<Api.Reply> replies = new ArrayList<>();
      for (Future<Api.Reply> answer : answers) {
        replies.add(answer.get(120, TimeUnit.SECONDS));
      }
      Set<String> claimIds = new HashSet<>();
      int created = 0;
      for (Api.Reply reply : replies) {
        switch (reply.status()) {
          case 201 -> {
            created++;
            claimIds.add(reply.json().get("id").asText());
          }
          case 200 -> claimIds.add(reply.json().get("id").asText());
          case 409 -> {
            assertProblem(reply, 409);
            assertTrue(reply.json().get("detail").asText().contains("in progress"), reply.body());
          }
          default -> throw new AssertionError(reply.status() + " " + reply.body());
        }
      }
      Map<Integer, Long> statuses =
          replies.stream()
              .collect(
                  Collectors.groupingBy(Api.Reply::status, TreeMap::new, Collectors.counting()));
      assertEquals(1, created, "exactly one request made the claim: " + statuses);
      assertEquals(1, claimIds.size(), "every answer is the same claim: " + claimIds);
      String id = claimIds.iterator().next();
      Api.Reply later = claim(enrolment, "COMMENCEMENT", key);
      assertEquals(200, later.status(), later.body());
      assertEquals(id, later.json().get("id").asText());
      try (Connection db = TestDatabase.connect()) {
        assertEquals(1, number(db, "SELECT COUNT(*) FROM claim WHERE enrolment_id = ?", enrolment));
        assertEquals(1, number(db, "SELECT COUNT(*) FROM claim WHERE idempotency_key = ?", key));
        assertEquals(
            1,
            number(
                db,
                "SELECT COUNT(*) FROM audit_event WHERE action = 'CLAIM_SUBMITTED'"
                    + " AND entity_id = ?",
                id));
      }
    } finally {
      pool.shutdownNow();
    }

    // the same key with another body: another part, or another enrolment (even unconfirmed)
    Api.Reply otherPart = claim(enrolment, "COMPLETION", key);
    assertProblem(otherPart, 409);
    assertTrue(otherPart.json().get("detail").asText().contains("already used"), otherPart.body());
    EnrolmentApiIT.Learner second = EnrolmentApiIT.learnerAccount();
    Api.Reply secondEnrolled =
        providerA.post(
            ENROLMENTS, EnrolmentApiIT.enrolment(allocation, second.usi(), second.email()));
    assertEquals(201, secondEnrolled.status(), secondEnrolled.body());
    String secondId = secondEnrolled.json().get("id").asText();
    Api.Reply otherEnrolment = claim(secondId, "COMMENCEMENT", key);
    assertProblem(otherEnrolment, 409);
    assertTrue(
        otherEnrolment.json().get("detail").asText().contains("already used"),
        otherEnrolment.body());
    try (Connection db = TestDatabase.connect()) {
      assertEquals(0, number(db, "SELECT COUNT(*) FROM claim WHERE enrolment_id = ?", secondId));
      assertEquals(1, number(db, "SELECT COUNT(*) FROM claim WHERE idempotency_key = ?", key));
    }
  }
}
