package org.skillfund.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.it.support.Api;
import org.skillfund.it.support.DeployedSkillfund;
import org.skillfund.it.support.TestDatabase;

@DisplayName("Sign-in, roles and the audit trail")
class SecurityAndAuditIT extends DeployedSkillfund {

  private final Api auditor = Api.as(baseUrl(), "auditor", Api.DEMO_PASSWORD);

  @Test
  @DisplayName("the audit trail answers 401 with a Basic challenge to an anonymous caller")
  void anonymousIsChallenged() {
    Api.Reply reply = Api.anonymous(baseUrl()).get("api/v1/audit/events");
    assertEquals(401, reply.status());
    assertTrue(reply.header("WWW-Authenticate").startsWith("Basic"));
    assertTrue(reply.contentType().startsWith("application/problem+json"));
  }

  @Test
  @DisplayName("an officer is refused the audit trail with 403 problem+json")
  void officerIsForbidden() {
    Api.Reply reply = Api.as(baseUrl(), "officer", Api.DEMO_PASSWORD).get("api/v1/audit/verify");
    assertEquals(403, reply.status());
    assertTrue(reply.contentType().startsWith("application/problem+json"));
    assertFalse(reply.body().contains("Exception"));
  }

  @Test
  @DisplayName("a wrong password is 401 and is written to the audit trail as a failed sign-in")
  void failedSignInIsAudited() {
    String who = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply reply = Api.as(baseUrl(), who, "wrong-password").get("api/v1/audit/events");
    assertEquals(401, reply.status());
    JsonNode events =
        auditor.get("api/v1/audit/events?action=SIGN_IN_FAILED&size=100").json().get("items");
    boolean found = false;
    for (JsonNode e : events) {
      found |=
          who.equals(e.get("entityId").asText()) && "anonymous".equals(e.get("actor").asText());
    }
    assertTrue(found, "no SIGN_IN_FAILED event for " + who + " in " + events);
  }

  @Test
  @DisplayName("30 concurrent failed sign-ins each get their own event and the chain stays intact")
  void concurrentEventsKeepTheChain() throws Exception {
    String prefix = "burst-" + UUID.randomUUID().toString().substring(0, 6) + "-";
    int attempts = 30;
    ExecutorService pool = Executors.newFixedThreadPool(10);
    try {
      List<Future<Integer>> statuses = new ArrayList<>();
      for (int i = 0; i < attempts; i++) {
        String who = prefix + i;
        statuses.add(
            pool.submit(() -> Api.as(baseUrl(), who, "wrong").get("api/v1/audit/verify").status()));
      }
      for (Future<Integer> status : statuses) {
        assertEquals(401, status.get(60, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdown();
    }
    Set<String> recorded = new HashSet<>();
    for (JsonNode e :
        auditor.get("api/v1/audit/events?action=SIGN_IN_FAILED&size=100").json().get("items")) {
      if (e.get("entityId").asText().startsWith(prefix)) {
        recorded.add(e.get("entityId").asText());
      }
    }
    assertEquals(attempts, recorded.size());
    JsonNode verification = auditor.get("api/v1/audit/verify").json();
    assertTrue(verification.get("valid").asBoolean(), verification.toString());
  }

  @Test
  @DisplayName("the auditor pages through events newest first and filters by action")
  void auditorBrowsesEvents() {
    JsonNode page = auditor.get("api/v1/audit/events?size=5").json();
    assertTrue(page.get("total").asLong() >= 2);
    JsonNode items = page.get("items");
    for (int i = 1; i < items.size(); i++) {
      assertTrue(items.get(i - 1).get("seq").asLong() > items.get(i).get("seq").asLong());
    }
    JsonNode imports = auditor.get("api/v1/audit/events?action=CATALOG_IMPORTED").json();
    assertTrue(imports.get("total").asLong() >= 1);
    imports.get("items").forEach(e -> assertEquals("CATALOG_IMPORTED", e.get("action").asText()));
    Api.Reply bad = auditor.get("api/v1/audit/events?from=yesterday");
    assertEquals(400, bad.status());
    assertEquals("from", bad.json().get("errors").get(0).get("field").asText());
  }

  @Test
  @DisplayName(
      "a row changed behind the service's back breaks the chain at that event; restored, it verifies")
  void tamperingIsDetected() throws Exception {
    JsonNode before = auditor.get("api/v1/audit/verify").json();
    assertTrue(before.get("valid").asBoolean(), before.toString());
    long events = before.get("events").asLong();
    assertTrue(events >= 2);

    try (Connection db = TestDatabase.connect()) {
      long target = 2;
      String original;
      try (PreparedStatement read =
          db.prepareStatement("SELECT summary FROM audit_event WHERE seq = ?")) {
        read.setLong(1, target);
        try (ResultSet rs = read.executeQuery()) {
          assertTrue(rs.next());
          original = rs.getString(1);
        }
      }
      try {
        update(db, target, original + " (edited)");
        JsonNode broken = auditor.get("api/v1/audit/verify").json();
        assertFalse(broken.get("valid").asBoolean(), broken.toString());
        assertEquals(target, broken.get("firstBrokenSeq").asLong());
        assertNotNull(broken.get("problem"));
      } finally {
        update(db, target, original);
      }
    }
    JsonNode after = auditor.get("api/v1/audit/verify").json();
    assertTrue(after.get("valid").asBoolean(), after.toString());
  }

  private static void update(Connection db, long seq, String summary) throws Exception {
    try (PreparedStatement update =
        db.prepareStatement("UPDATE audit_event SET summary = ? WHERE seq = ?")) {
      update.setString(1, summary);
      update.setLong(2, seq);
      assertEquals(1, update.executeUpdate());
    }
  }

  @Test
  @DisplayName(
      "readiness is UP with the database check, metrics count searches, pages carry security headers")
  void healthAndHeaders() {
    Api root = Api.anonymous(baseUrl().replace("/skillfund/", "/"));
    Api.Reply ready = root.get("health/ready");
    assertEquals(200, ready.status(), ready.body());
    assertTrue(ready.body().contains("skillfund-database"), ready.body());
    Api.Reply page = Api.anonymous(baseUrl()).get("catalogue");
    assertEquals(200, page.status());
    assertTrue(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
    assertEquals("nosniff", page.header("X-Content-Type-Options"));
    String cookie = Api.anonymous(baseUrl()).get("login").header("Set-Cookie");
    assertTrue(cookie != null && cookie.contains("HttpOnly"), "session cookie: " + cookie);
    assertTrue(cookie.toLowerCase().contains("samesite=lax"), "session cookie: " + cookie);
    assertEquals(200, Api.anonymous(baseUrl()).get("api/v1/catalog/products?q=care").status());
    Api.Reply metrics = root.get("metrics");
    assertEquals(200, metrics.status(), metrics.body());
    assertTrue(metrics.body().contains("CatalogResource_catalogSearch"), "no catalogue metric");
  }

  @Test
  @DisplayName("a page that does not exist shows the friendly error page, no stack trace")
  void errorPageHasNoStackTrace() {
    Api.Reply reply = Api.anonymous(baseUrl()).get("no-such-page.xhtml");
    assertEquals(404, reply.status());
    assertTrue(reply.body().contains("There is no page at this address"), reply.body());
    assertFalse(reply.body().contains("Exception"));
    Api.Reply product = Api.anonymous(baseUrl()).get("product?code=NOPE1");
    assertEquals(404, product.status());
    assertFalse(product.body().contains("Exception"));
  }
}
