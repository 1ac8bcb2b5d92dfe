package org.skillfund.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.skillfund.it.api.EnrolmentApiIT.ENROLMENTS;
import static org.skillfund.it.api.EnrolmentApiIT.assertProblem;
import static org.skillfund.it.api.EnrolmentApiIT.enrolment;
import static org.skillfund.it.support.TestDatabase.number;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.it.support.Api;
import org.skillfund.it.support.DeployedSkillfund;
import org.skillfund.it.support.Mailbox;
import org.skillfund.it.support.TestDatabase;
import org.skillfund.it.support.Usis;

@DisplayName("Enrolment retries with an Idempotency-Key: one enrolment however often it is sent")
class EnrolmentRetryIT extends DeployedSkillfund {

  private final Api manager = Api.as(baseUrl(), "manager", Api.DEMO_PASSWORD);
  private final Api providerA = Api.as(baseUrl(), "provider-a", Api.DEMO_PASSWORD);
  private final Api staffA = Api.as(baseUrl(), "staff-a", Api.DEMO_PASSWORD);
  private final Api officer = Api.as(baseUrl(), "officer", Api.DEMO_PASSWORD);
  private final Api delegate = Api.as(baseUrl(), "delegate", Api.DEMO_PASSWORD);

  @BeforeAll
  static void mail() {
    Mailbox.start();
  }

  @Test
  @DisplayName(
      "a replay answers the same enrolment (200), the key for another learner is 409, and 12"
          + " identical requests at once make one enrolment, one place, one ledger start, one mail")
  void retriesMakeOneEnrolment() throws Exception {
    String program = EnrolmentApiIT.program(manager);
    String allocation = EnrolmentApiIT.allocation(providerA, officer, delegate, program, "NSW", 5);
    String usi = Usis.fresh();
    String email = "retry-" + usi.toLowerCase() + "@example.org";
    String body = enrolment(allocation, usi, email);
    String key = "enrol-" + UUID.randomUUID();

    Api.Reply first = providerA.postKeyed(ENROLMENTS, body, key);
    assertEquals(201, first.status(), first.body());
    String id = first.json().get("id").asText();
    // the same provider's other user retries with the same key: the same enrolment, not a new one
    Api.Reply replay = staffA.postKeyed(ENROLMENTS, body, key);
    assertEquals(200, replay.status(), replay.body());
    assertEquals(id, replay.json().get("id").asText());
    // the key for another learner is refused and stores nothing
    assertProblem(
        providerA.postKeyed(
            ENROLMENTS, enrolment(allocation, Usis.fresh(), "other@example.org"), key),
        409);
    assertProblem(providerA.postKeyed(ENROLMENTS, body, "k".repeat(101)), 400, "Idempotency-Key");

    // twelve identical requests with a new key at the same moment
    String usi2 = Usis.fresh();
    String body2 = enrolment(allocation, usi2, "retry-" + usi2.toLowerCase() + "@example.org");
    String key2 = "enrol-" + UUID.randomUUID();
    ExecutorService pool = Executors.newFixedThreadPool(12);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    try {
      for (int i = 0; i < 12; i++) {
        Api client = i % 2 == 0 ? providerA : staffA;
        replies.add(
            pool.submit(
                () -> {
                  go.await();
                  return client.postKeyed(ENROLMENTS, body2, key2);
                }));
      }
      go.countDown();
      int created = 0;
      Set<String> ids = new HashSet<>();
      for (Future<Api.Reply> f : replies) {
        Api.Reply r = f.get();
        if (r.status() == 201) {
          created++;
        } else {
          assertEquals(200, r.status(), r.body());
        }
        ids.add(r.json().get("id").asText());
      }
      assertEquals(1, created, "exactly one request created it");
      assertEquals(1, ids.size(), "every answer is the same enrolment");
    } finally {
      pool.shutdownNow();
    }

    try (Connection db = TestDatabase.connect()) {
      assertEquals(2, number(db, "SELECT places_used FROM allocation WHERE id = ?", allocation));
      assertEquals(
          2, number(db, "SELECT COUNT(*) FROM enrolment WHERE allocation_id = ?", allocation));
      assertEquals(1, number(db, "SELECT COUNT(*) FROM funded_start WHERE usi = ?", usi));
      assertEquals(1, number(db, "SELECT COUNT(*) FROM funded_start WHERE usi = ?", usi2));
      assertEquals(
          1,
          number(
              db,
              "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?",
              "retry-" + usi2.toLowerCase() + "@example.org"));
      assertEquals(
          1,
          number(
              db,
              "SELECT COUNT(*) FROM audit_event WHERE action = 'ENROLMENT_CREATED'"
                  + " AND entity_id = ?",
              id));
    }
  }
}
