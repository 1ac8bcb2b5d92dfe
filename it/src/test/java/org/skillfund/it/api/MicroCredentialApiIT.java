package org.skillfund.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.it.support.Api;
import org.skillfund.it.support.DeployedSkillfund;
import org.skillfund.it.support.Mailbox;
import org.skillfund.it.support.Usis;

@DisplayName(
    "Micro-credentials over REST: submission, review, endorsement, catalogue, badges, tenancy")
class MicroCredentialApiIT extends DeployedSkillfund {

  private static final String MC = "api/v1/microcredentials";
  private static final String CREDENTIALS = "api/v1/credentials";

  private final Api providerA = Api.as(baseUrl(), "provider-a", Api.DEMO_PASSWORD);
  private final Api staffA = Api.as(baseUrl(), "staff-a", Api.DEMO_PASSWORD);
  private final Api providerB = Api.as(baseUrl(), "provider-b", Api.DEMO_PASSWORD);
  private final Api endorser = Api.as(baseUrl(), "endorser", Api.DEMO_PASSWORD);
  private final Api endorserOfA = Api.as(baseUrl(), "endorser-a", Api.DEMO_PASSWORD);
  private final Api anyone = Api.anonymous(baseUrl());

  @BeforeAll
  static void smtp() {
    Mailbox.start();
  }

  private static String draft(String title, int hours) {
    return """
        {"title":"%s","description":"Hand hygiene and PPE for customer-facing staff.",
         "learningOutcomes":["Apply hand hygiene","Use PPE correctly"],"hours":%d,
         "deliveryMode":"BLENDED","cetModel":"INSTITUTION_BASED",
         "assessment":"Observed demonstration and a quiz","industry":"Retail",
         "industryEndorsement":"National Retail Association","priceCents":9900,
         "units":["HLTINF006"],"creditTowards":["HLTSS00065"],
         "stacking":"Stacks into the HLTSS00065 skill set",
         "qaStatement":"Moderated by our quality team","reviewDate":"%s"}
        """
        .formatted(title, hours, LocalDate.now().plusYears(1));
  }

  /** An endorsed micro-credential of provider A, by the whole workflow; returns its id. */
  private String endorsed(String title) {
    String id = providerA.post(MC, draft(title, 12)).json().get("id").asText();
    assertEquals(200, providerA.post(MC + "/" + id + "/submission", "{}").status());
    assertEquals(200, endorser.post(MC + "/" + id + "/pick-up", "{}").status());
    Api.Reply endorsed =
        endorser.post(
            MC + "/" + id + "/endorsement",
            "{\"reviewDate\":\"" + LocalDate.now().plusYears(2) + "\"}");
    assertEquals(200, endorsed.status(), endorsed.body());
    return id;
  }

  @Test
  @DisplayName(
      "provider submits, endorser requests changes, provider resubmits (diff), endorser endorses;"
          + " it is in the public catalogue; every step audited and e-mailed")
  void workflow() {
    String start = java.time.Instant.now().minusSeconds(5).toString();
    String title = "Infection control " + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply empty = providerA.post(MC, "{\"title\":\"" + title + "\"}");
    assertEquals(201, empty.status(), empty.body());
    String id = empty.json().get("id").asText();
    assertEquals("DRAFT", empty.json().get("status").asText());

    Api.Reply refused = providerA.post(MC + "/" + id + "/submission", "{}");
    assertEquals(400, refused.status());
    assertTrue(refused.contentType().startsWith("application/problem+json"));
    Set<String> fields = new HashSet<>();
    refused.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
    assertTrue(
        fields.containsAll(Set.of("learningOutcomes", "hours", "assessment", "qaStatement")),
        refused.body());
    assertTrue(refused.body().contains("No learning outcomes are stated"), refused.body());

    assertEquals(200, providerA.put(MC + "/" + id, draft(title, 600)).status());
    Api.Reply tooBig = providerA.post(MC + "/" + id + "/submission", "{}");
    assertEquals(400, tooBig.status(), "600 hours is as large as an AQF award");
    assertTrue(tooBig.body().contains("a micro-credential must be smaller"), tooBig.body());
    Api.Reply saved = staffA.put(MC + "/" + id, draft(title, 12));
    assertEquals(200, saved.status(), saved.body());
    assertEquals(403, staffA.post(MC + "/" + id + "/submission", "{}").status());
    assertEquals(404, providerB.get(MC + "/" + id).status(), "B cannot see A's draft");
    assertEquals(404, providerB.put(MC + "/" + id, draft(title, 12)).status());
    assertEquals(404, endorser.get(MC + "/" + id).status(), "nobody reviews a draft");
    assertEquals(404, anyone.get(MC + "/" + id).status());

    Api.Reply submitted = providerA.post(MC + "/" + id + "/submission", "{}");
    assertEquals(200, submitted.status(), submitted.body());
    assertEquals("SUBMITTED", submitted.json().get("status").asText());
    assertFalse(
        Mailbox.waitFor(
                "endorser@demo.skillfund.example", s -> s.contains(title), Duration.ofSeconds(60))
            .isEmpty(),
        "the endorsers hear of it");

    assertEquals(403, endorserOfA.post(MC + "/" + id + "/pick-up", "{}").status());
    assertEquals(403, providerA.post(MC + "/" + id + "/pick-up", "{}").status());
    assertEquals(200, endorser.post(MC + "/" + id + "/pick-up", "{}").status());
    assertEquals(
        201,
        endorser
            .post(
                MC + "/" + id + "/comments",
                "{\"section\":\"VOLUME\",\"text\":\"12 hours is short for two outcomes\"}")
            .status());
    assertEquals(
        400,
        endorser
            .post(MC + "/" + id + "/comments", "{\"section\":\"NOPE\",\"text\":\"x\"}")
            .status());
    Api.Reply back =
        endorser.post(MC + "/" + id + "/changes-request", "{\"reason\":\"See the comments\"}");
    assertEquals(200, back.status(), back.body());
    assertEquals("CHANGES_REQUESTED", back.json().get("status").asText());
    assertFalse(
        Mailbox.waitFor(
                "provider-a@demo.skillfund.example",
                s -> s.startsWith("Changes requested: " + title),
                Duration.ofSeconds(60))
            .isEmpty());

    assertEquals(200, staffA.put(MC + "/" + id, draft(title, 16)).status());
    assertEquals(200, providerA.post(MC + "/" + id + "/submission", "{}").status());
    JsonNode changes = providerA.get(MC + "/" + id + "/changes").json();
    assertEquals(1, changes.size(), changes.toString());
    assertEquals("VOLUME", changes.get(0).get("section").asText());
    assertEquals("16 hours", changes.get(0).get("after").asText());
    assertEquals(2, endorser.get(MC + "/" + id + "/versions").json().size());
    assertEquals(1, providerA.get(MC + "/" + id + "/comments").json().size());

    assertEquals(200, endorser.post(MC + "/" + id + "/pick-up", "{}").status());
    assertEquals(
        403,
        endorserOfA
            .post(
                MC + "/" + id + "/endorsement",
                "{\"reviewDate\":\"" + LocalDate.now().plusYears(1) + "\"}")
            .status(),
        "the provider's own staff never endorse");
    assertEquals(
        400,
        endorser
            .post(MC + "/" + id + "/endorsement", "{\"reviewDate\":\"" + LocalDate.now() + "\"}")
            .status());
    Api.Reply endorsed =
        endorser.post(
            MC + "/" + id + "/endorsement",
            "{\"reviewDate\":\"" + LocalDate.now().plusYears(2) + "\"}");
    assertEquals(200, endorsed.status(), endorsed.body());
    assertEquals("ENDORSED", endorsed.json().get("status").asText());

    String q = URLEncoder.encode(title, StandardCharsets.UTF_8);
    JsonNode found = anyone.get(MC + "?q=" + q + "&creditTowards=HLTSS00065&maxHours=20").json();
    assertEquals(1, found.get("total").asInt(), found.toString());
    assertEquals(
        0, anyone.get(MC + "?q=" + q + "&cetModel=WHOLLY_WORK_BASED").json().get("total").asInt());
    assertEquals(0, anyone.get(MC + "?q=" + q + "&maxPriceCents=100").json().get("total").asInt());
    assertEquals(400, anyone.get(MC + "?deliveryMode=BY_PIGEON").status());
    JsonNode detail = anyone.get(MC + "/" + id).json();
    assertEquals(
        "Counts towards HLTSS00065: units HLTINF006", detail.get("creditPathway").get(0).asText());
    assertEquals(2, detail.get("content").get("learningOutcomes").size());

    Set<String> actions = new HashSet<>();
    for (JsonNode e :
        Api.as(baseUrl(), "auditor", Api.DEMO_PASSWORD)
            .get("api/v1/audit/events?entityType=MicroCredential&size=100&from=" + start)
            .json()
            .get("items")) {
      if (id.equals(e.get("entityId").asText())) {
        actions.add(e.get("action").asText());
      }
    }
    assertTrue(
        actions.containsAll(
            Set.of(
                "MICRO_CREDENTIAL_DRAFTED",
                "MICRO_CREDENTIAL_SUBMITTED",
                "MICRO_CREDENTIAL_PICKED_UP",
                "MICRO_CREDENTIAL_COMMENTED",
                "MICRO_CREDENTIAL_CHANGES_REQUESTED",
                "MICRO_CREDENTIAL_ENDORSED")),
        actions.toString());

    Api.Reply retired =
        providerA.post(MC + "/" + id + "/retirement", "{\"reason\":\"Replaced by a new one\"}");
    assertEquals(200, retired.status(), retired.body());
    assertEquals(0, anyone.get(MC + "?q=" + q).json().get("total").asInt());
    assertEquals(404, anyone.get(MC + "/" + id).status());
  }

  @Test
  @DisplayName(
      "a completion issues a signed badge the learner sees; it verifies; a changed one does"
          + " not; revoked verifies as revoked; B sees none of A's completions")
  void completionsAndBadges() {
    String id = endorsed("First aid basics " + UUID.randomUUID().toString().substring(0, 8));

    Api.Reply badUsi =
        providerA.post(
            MC + "/" + id + "/completions",
            "{\"usi\":\"ABCDEFGHJS\",\"learnerName\":\"Alex\",\"completedOn\":\""
                + LocalDate.now()
                + "\"}");
    assertEquals(400, badUsi.status());
    assertEquals("usi", badUsi.json().get("errors").get(0).get("field").asText());

    String usi = Usis.fresh();
    Api.Reply issued =
        staffA.post(
            MC + "/" + id + "/completions",
            "{\"usi\":\"%s\",\"learnerName\":\"Lee Learner\",\"learnerUsername\":\"learner\",\"completedOn\":\"%s\"}"
                .formatted(usi, LocalDate.now()));
    assertEquals(201, issued.status(), issued.body());
    String credentialId = issued.json().get("id").asText();
    assertEquals(
        400,
        staffA
            .post(
                MC + "/" + id + "/completions",
                "{\"usi\":\"%s\",\"learnerName\":\"Lee\",\"completedOn\":\"%s\"}"
                    .formatted(usi, LocalDate.now()))
            .status(),
        "one credential per learner and micro-credential");

    assertEquals(404, providerB.get(MC + "/" + id + "/completions").status());
    assertEquals(
        404,
        providerB
            .post(
                MC + "/" + id + "/completions",
                "{\"usi\":\"%s\",\"learnerName\":\"X\",\"completedOn\":\"%s\"}"
                    .formatted(Usis.fresh(), LocalDate.now()))
            .status());
    assertEquals(404, providerB.get(CREDENTIALS + "/" + credentialId).status());
    assertEquals(1, providerA.get(MC + "/" + id + "/completions").json().get("total").asInt());

    Api learner = Api.as(baseUrl(), "learner", Api.DEMO_PASSWORD);
    boolean listed = false;
    for (JsonNode c : learner.get(CREDENTIALS + "/mine").json()) {
      listed |= credentialId.equals(c.get("record").get("id").asText());
    }
    assertTrue(listed, "the learner sees it");
    JsonNode view = learner.get(CREDENTIALS + "/" + credentialId).json();
    assertTrue(
        view.get("credential").get("type").toString().contains("OpenBadgeCredential"),
        view.toString());
    assertEquals(
        "BitstringStatusListEntry",
        view.get("credential").get("credentialStatus").get("type").asText());
    Api.Reply download = learner.get(CREDENTIALS + "/" + credentialId + "/download");
    assertEquals(200, download.status());
    String jwt = download.body();
    assertEquals(view.get("jwt").asText(), jwt);

    JsonNode valid =
        anyone.post(CREDENTIALS + "/verify", "{\"credential\":\"" + jwt + "\"}").json();
    assertTrue(valid.get("valid").asBoolean(), valid.toString());
    char last = jwt.charAt(jwt.length() / 2);
    String tampered =
        jwt.substring(0, jwt.length() / 2)
            + (last == 'A' ? 'B' : 'A')
            + jwt.substring(jwt.length() / 2 + 1);
    JsonNode bad =
        anyone.post(CREDENTIALS + "/verify", "{\"credential\":\"" + tampered + "\"}").json();
    assertFalse(bad.get("valid").asBoolean());
    assertEquals("BAD_SIGNATURE", bad.get("outcome").asText());

    Api.Reply list = anyone.get(CREDENTIALS + "/status/revocation");
    assertEquals(200, list.status());
    assertTrue(list.contentType().startsWith("application/vc+jwt"), list.contentType());

    assertEquals(
        404,
        providerB
            .post(CREDENTIALS + "/" + credentialId + "/revocation", "{\"reason\":\"x\"}")
            .status());
    assertEquals(
        200,
        providerA
            .post(
                CREDENTIALS + "/" + credentialId + "/revocation",
                "{\"reason\":\"Issued in error\"}")
            .status());
    JsonNode revoked =
        anyone.post(CREDENTIALS + "/verify", "{\"credential\":\"" + jwt + "\"}").json();
    assertEquals("REVOKED", revoked.get("outcome").asText(), revoked.toString());
    assertTrue(
        anyone
            .get(CREDENTIALS + "/status/revocation.json")
            .json()
            .get("credentialSubject")
            .get("encodedList")
            .asText()
            .startsWith("u"));
  }

  @Test
  @DisplayName("bulk CSV completions are all or nothing and name the bad row")
  void bulkCsv() {
    String id = endorsed("Manual handling " + UUID.randomUUID().toString().substring(0, 8));
    String today = LocalDate.now().toString();
    String bad =
        "usi,learnerName,completedOn\n"
            + Usis.fresh()
            + ",Ana,"
            + today
            + "\nABCDEFGHJS,Ben,"
            + today
            + "\n";
    Api.Reply refused =
        providerA.postBytes(
            MC + "/" + id + "/completions", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
    assertEquals(400, refused.status(), refused.body());
    assertEquals("rows[1].usi", refused.json().get("errors").get(0).get("field").asText());
    assertEquals(0, providerA.get(MC + "/" + id + "/completions").json().get("total").asInt());

    String good = Usis.fresh() + ",Ana," + today + "\n" + Usis.fresh() + ",Ben," + today + "\n";
    Api.Reply issued =
        providerA.postBytes(
            MC + "/" + id + "/completions", "text/csv", good.getBytes(StandardCharsets.UTF_8));
    assertEquals(201, issued.status(), issued.body());
    assertEquals(2, issued.json().size());
    assertEquals(2, providerA.get(MC + "/" + id + "/completions").json().get("total").asInt());
  }

  @Test
  @DisplayName(
      "eight identical completions of one learner sent at once issue one credential, and the rest"
          + " are refused with 4xx, never 500")
  void simultaneousCompletionsIssueOne() throws Exception {
    String id = endorsed("Manual handling " + UUID.randomUUID().toString().substring(0, 8));
    String body =
        "{\"usi\":\"%s\",\"learnerName\":\"Sam Lee\",\"completedOn\":\"%s\"}"
            .formatted(Usis.fresh(), LocalDate.now());
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(8);
    java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
    java.util.List<java.util.concurrent.Future<Api.Reply>> replies = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 8; i++) {
        Api client = i % 2 == 0 ? providerA : staffA;
        replies.add(
            pool.submit(
                () -> {
                  go.await();
                  return client.post(MC + "/" + id + "/completions", body);
                }));
      }
      go.countDown();
      int issued = 0;
      for (java.util.concurrent.Future<Api.Reply> f : replies) {
        Api.Reply r = f.get();
        if (r.status() == 201) {
          issued++;
        } else {
          assertTrue(r.status() == 400 || r.status() == 409, r.status() + " " + r.body());
          assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        }
      }
      assertEquals(1, issued);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, providerA.get(MC + "/" + id + "/completions").json().get("total").asInt());
  }
}
