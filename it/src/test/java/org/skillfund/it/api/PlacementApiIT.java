package org.skillfund.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.skillfund.it.support.TestDatabase.number;
import static org.skillfund.it.support.TestDatabase.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.it.support.Api;
import org.skillfund.it.support.DeployedSkillfund;
import org.skillfund.it.support.TestDatabase;

@DisplayName("Programs, place applications and allocations over REST: budgets, four eyes, limits")
class PlacementApiIT extends DeployedSkillfund {

  static final String PROGRAMS = "api/v1/programs";
  static final String APPLICATIONS = "api/v1/place-applications";
  static final String PROVIDER_A = "00000000-0000-4000-8000-00000000000a";

  /** CHC33021 pays $2,000 + $3,000 = $5,000 a place in the test programs. */
  static final long PRICE = 500_000;

  private final Api manager = Api.as(baseUrl(), "manager", Api.DEMO_PASSWORD);
  private final Api providerA = Api.as(baseUrl(), "provider-a", Api.DEMO_PASSWORD);
  private final Api staffA = Api.as(baseUrl(), "staff-a", Api.DEMO_PASSWORD);
  private final Api providerB = Api.as(baseUrl(), "provider-b", Api.DEMO_PASSWORD);
  private final Api officer = Api.as(baseUrl(), "officer", Api.DEMO_PASSWORD);
  private final Api delegate = Api.as(baseUrl(), "delegate", Api.DEMO_PASSWORD);
  private final Api delegate2 = Api.as(baseUrl(), "delegate-2", Api.DEMO_PASSWORD);
  private final Api senior = Api.as(baseUrl(), "senior", Api.DEMO_PASSWORD);

  /** A new open program with an NSW and a VIC budget in one stream; returns its code. */
  static String program(Api manager, long nswCents, long vicCents, long providerCapCents) {
    String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    LocalDate today = LocalDate.now();
    Api.Reply created =
        manager.post(
            PROGRAMS,
            """
            {"reason":"Integration test program",
             "program":{"code":"%s","name":"Test program %s","ruleProgramCode":"JOBTRAINER",
              "opensOn":"%s","closesOn":"%s","feeRule":"FREE_TO_CERT_III_CAPPED_ABOVE",
              "feeCapCents":40000,"providerCapCents":%d,
              "streams":[{"code":"GEN","name":"General"}],
              "budgets":[{"state":"NSW","streamCode":"GEN","cents":%d},
                         {"state":"VIC","streamCode":"GEN","cents":%d}],
              "courses":[{"courseCode":"CHC33021","state":"NSW","priority":true},
                         {"courseCode":"CHC33021","state":"VIC","priority":true},
                         {"courseCode":"CHC43015","state":"NSW","priority":false}],
              "prices":[{"courseCode":"CHC33021","commencementCents":200000,"completionCents":300000},
                        {"courseCode":"CHC43015","commencementCents":240000,"completionCents":360000}],
              "targets":[{"state":"NSW","places":1000},{"state":"VIC","places":500}]}}"""
                .formatted(
                    code,
                    code,
                    today.minusDays(10),
                    today.plusDays(100),
                    providerCapCents,
                    nswCents,
                    vicCents));
    assertEquals(201, created.status(), created.body());
    return code;
  }

  static String application(String program, String lines) {
    LocalDate today = LocalDate.now();
    return """
        {"programCode":"%s","streamCode":"GEN","periodFrom":"%s","periodTo":"%s",
         "justification":"Local employers need qualified carers.",
         "industryPartners":"Western Sydney Aged Care Alliance","lines":[%s]}"""
        .formatted(program, today, today.plusMonths(11), lines);
  }

  static String line(String course, String state, int places) {
    return """
        {"courseCode":"%s","state":"%s","places":%d,"cetModel":"WORK_BASED_WITH_GUIDANCE",
         "workBasedFormat":"TRAINEESHIP","locations":"Parramatta","startDates":"Every February"}"""
        .formatted(course, state, places);
  }

  /** provider-a creates and submits; returns the application's id. */
  String submitted(String program, String lines) {
    Api.Reply draft = providerA.post(APPLICATIONS, application(program, lines));
    assertEquals(201, draft.status(), draft.body());
    String id = draft.json().get("id").asText();
    Api.Reply submitted = providerA.post(APPLICATIONS + "/" + id + "/submission", "");
    assertEquals(200, submitted.status(), submitted.body());
    return id;
  }

  /** The officer scores every criterion 4 and recommends the given places. */
  static Api.Reply assess(Api officer, String id, String recommended) {
    return officer.post(
        APPLICATIONS + "/" + id + "/assessment",
        """
        {"scores":{"SKILLS_NEED":4,"DELIVERY_CAPABILITY":4,"INDUSTRY_ENGAGEMENT":3,
                   "PAST_PERFORMANCE":4,"VALUE_FOR_MONEY":4},
         "recommendedPlaces":[%s],"note":"Sound plan; demand shown."}"""
            .formatted(recommended));
  }

  static Api.Reply decide(Api delegate, String id, String approved) {
    return delegate.post(
        APPLICATIONS + "/" + id + "/decision",
        """
        {"approvedPlaces":[%s],"reason":"Within budget and as recommended."}"""
            .formatted(approved));
  }

  static void assertProblem(Api.Reply reply, int status, String... fields) {
    assertEquals(status, reply.status(), reply.body());
    assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    Set<String> named = new HashSet<>();
    JsonNode errors = reply.json().get("errors");
    if (errors != null) {
      errors.forEach(e -> named.add(e.get("field").asText()));
    }
    for (String field : fields) {
      assertTrue(named.contains(field), field + " not named in " + reply.body());
    }
    assertFalse(reply.body().contains("Exception"), reply.body());
  }

  JsonNode budget(String program, String state) {
    for (JsonNode b : manager.get(PROGRAMS + "/" + program).json().get("budgets")) {
      if (b.get("state").asText().equals(state)) {
        return b;
      }
    }
    throw new AssertionError("no " + state + " budget");
  }

  @Test
  @DisplayName("apply, submit, assess, partially approve: money committed, allocations created")
  void partialApprovalCommitsAndAllocates() throws SQLException {
    String program = program(manager, 100_000_000, 50_000_000, 1_000_000_000);
    Api.Reply draft =
        providerA.post(
            APPLICATIONS,
            application(program, line("CHC33021", "NSW", 10) + "," + line("CHC33021", "VIC", 6)));
    assertEquals(201, draft.status(), draft.body());
    String id = draft.json().get("id").asText();
    assertEquals(16 * PRICE, draft.json().get("requestedCents").asLong());

    // tenancy: provider B neither sees nor changes it; staff may edit but only admins submit
    assertProblem(providerB.get(APPLICATIONS + "/" + id), 404);
    assertProblem(providerB.post(APPLICATIONS + "/" + id + "/submission", ""), 404);
    assertEquals(
        0, providerB.get(APPLICATIONS + "?program=" + program).json().get("total").asInt());
    assertProblem(staffA.post(APPLICATIONS + "/" + id + "/submission", ""), 403);

    Api.Reply submitted = providerA.post(APPLICATIONS + "/" + id + "/submission", "");
    assertEquals(200, submitted.status(), submitted.body());
    assertEquals("SUBMITTED", submitted.json().get("status").asText());

    // nobody decides before the assessment; the provider cannot assess or decide
    assertProblem(decide(delegate, id, "10,6"), 409);
    assertProblem(assess(providerA, id, "10,6"), 403);
    assertProblem(assess(officer, id, "10,9"), 400, "recommendedPlaces[1]");
    Api.Reply assessed = assess(officer, id, "10,4");
    assertEquals(200, assessed.status(), assessed.body());
    assertEquals(19, assessed.json().get("totalScore").asInt());

    assertProblem(decide(providerA, id, "10,4"), 403);
    assertProblem(
        delegate.post(APPLICATIONS + "/" + id + "/decision", "{\"approvedPlaces\":[10,4]}"),
        400,
        "reason");
    Api.Reply decided = decide(delegate, id, "10,4");
    assertEquals(200, decided.status(), decided.body());
    assertEquals("PARTIALLY_APPROVED", decided.json().get("status").asText());
    assertEquals(14 * PRICE, decided.json().get("approvedCents").asLong());
    assertProblem(decide(delegate2, id, "10,4"), 409); // decided once only

    assertEquals(10 * PRICE, budget(program, "NSW").get("committedCents").asLong());
    assertEquals(4 * PRICE, budget(program, "VIC").get("committedCents").asLong());
    JsonNode allocations = providerA.get("api/v1/allocations?program=" + program).json();
    assertEquals(2, allocations.get("total").asInt());
    assertEquals(
        0, providerB.get("api/v1/allocations?program=" + program).json().get("total").asInt());
    String allocation = allocations.get("items").get(0).get("id").asText();
    assertProblem(providerB.get("api/v1/allocations/" + allocation), 404);

    try (Connection db = TestDatabase.connect()) {
      assertEquals(
          "PLACE_APPLICATION_PARTIALLY_APPROVED|delegate|place-criteria-2026.1",
          text(
              db,
              "SELECT action || '|' || actor || '|' || rule_version FROM audit_event"
                  + " WHERE entity_id = ? AND action LIKE 'PLACE_APPLICATION_PARTIALLY%'",
              id));
    }

    // a reduction gives the money back, never below the places in use
    Api.Reply reduced =
        delegate2.post(
            APPLICATIONS + "/" + id + "/reduction",
            "{\"places\":[7,4],\"reason\":\"Slower start than planned.\"}");
    assertEquals(200, reduced.status(), reduced.body());
    assertEquals(7 * PRICE, budget(program, "NSW").get("committedCents").asLong());
  }

  @Test
  @DisplayName("bad input is refused naming each field, and nothing is stored")
  void badInputIsRefusedAndNothingStored() throws SQLException {
    String program = program(manager, 100_000_000, 50_000_000, 1_000_000_000);
    long before = count(program);
    assertProblem(providerA.post(APPLICATIONS, application(program, "")), 400, "lines");
    assertProblem(
        providerA.post(APPLICATIONS, application(program, line("ICT30120", "NSW", 5))),
        400,
        "lines[0].courseCode");
    assertProblem(
        providerA.post(APPLICATIONS, application(program, line("CHC43015", "VIC", 5))),
        400,
        "lines[0].courseCode");
    assertProblem(
        providerA.post(APPLICATIONS, application(program, line("CHC33021", "NSW", -3))),
        400,
        "lines[0].places");
    assertProblem(
        providerA.post(
            APPLICATIONS,
            application(program, line("CHC33021", "NSW", 2) + "," + line("CHC33021", "NSW", 3))),
        400,
        "lines[1]");
    assertProblem(
        providerA.post(APPLICATIONS, application("NO-SUCH", line("CHC33021", "NSW", 2))),
        400,
        "programCode");
    assertProblem(providerA.post(APPLICATIONS, "{\"programCode\":"), 400);
    assertProblem(
        officer.post(APPLICATIONS, application(program, line("CHC33021", "NSW", 2))), 403);
    assertEquals(before, count(program));
    assertProblem(
        manager.put(PROGRAMS + "/" + program + "/budgets/XX/GEN", "{\"cents\":1,\"reason\":\"x\"}"),
        400,
        "state");
  }

  @Test
  @DisplayName("four eyes: the assessor never decides; above a limit a second delegate confirms")
  void fourEyesAndDelegationLimits() {
    String program = program(manager, 100_000_000, 50_000_000, 1_000_000_000);
    // senior is OFFICER and DELEGATE: having assessed, they may not decide
    String assessedBySenior = submitted(program, line("CHC33021", "NSW", 2));
    assertEquals(200, assess(senior, assessedBySenior, "2").status());
    Api.Reply own = decide(senior, assessedBySenior, "2");
    assertProblem(own, 403);
    assertTrue(own.json().get("detail").asText().contains("You assessed"), own.body());

    // 100 places x $5,000 = $500,000: above senior's $200,000 limit
    String big = submitted(program, line("CHC33021", "NSW", 100));
    assertEquals(200, assess(officer, big, "100").status());
    Api.Reply referred = decide(senior, big, "100");
    assertEquals(200, referred.status(), referred.body());
    assertEquals("AWAITING_SECOND_APPROVAL", referred.json().get("status").asText());
    assertEquals(0, budget(program, "NSW").get("committedCents").asLong());
    Api.Reply again = decide(senior, big, "100");
    assertProblem(again, 403);
    assertTrue(again.json().get("detail").asText().contains("first approval"), again.body());
    Api.Reply confirmed = decide(delegate, big, "100"); // $500,000 limit covers it
    assertEquals(200, confirmed.status(), confirmed.body());
    assertEquals("APPROVED", confirmed.json().get("status").asText());
    assertEquals("senior", confirmed.json().get("firstApprover").asText());
    assertEquals(100 * PRICE, budget(program, "NSW").get("committedCents").asLong());
  }

  @Test
  @DisplayName("budgets: versioned, never below what is committed; caps refuse with what is left")
  void budgetsAndCaps() {
    // a provider cap of $60,000 fits 12 places
    String program = program(manager, 100_000_000, 50_000_000, 6_000_000);
    String first = submitted(program, line("CHC33021", "NSW", 10));
    assertEquals(200, assess(officer, first, "10").status());
    assertEquals(200, decide(delegate, first, "10").status());
    String second = submitted(program, line("CHC33021", "NSW", 5));
    assertEquals(200, assess(officer, second, "5").status());
    Api.Reply capped = decide(delegate, second, "5");
    assertProblem(capped, 409);
    assertEquals(1_000_000, capped.json().get("remainingCents").asLong(), capped.body());
    assertEquals(2_500_000, capped.json().get("neededCents").asLong());
    assertEquals(
        "ASSESSED", providerA.get(APPLICATIONS + "/" + second).json().get("status").asText());
    assertEquals(200, decide(delegate, second, "2").status()); // $10,000 fits exactly

    String budgetPath = PROGRAMS + "/" + program + "/budgets/NSW/GEN";
    Api.Reply tooLow = manager.put(budgetPath, "{\"cents\":100,\"reason\":\"Cut\"}");
    assertProblem(tooLow, 409);
    assertProblem(manager.put(budgetPath, "{\"cents\":200000000}"), 400, "reason");
    assertProblem(officer.put(budgetPath, "{\"cents\":200000000,\"reason\":\"More\"}"), 403);
    Api.Reply raised = manager.put(budgetPath, "{\"cents\":200000000,\"reason\":\"Extra money\"}");
    assertEquals(200, raised.status(), raised.body());
    assertEquals(2, raised.json().get("version").asInt());
    JsonNode versions = manager.get(PROGRAMS + "/" + program + "/budget-versions").json();
    assertEquals(3, versions.get("total").asInt()); // NSW v1, VIC v1, NSW v2
    assertEquals("Extra money", versions.get("items").get(0).get("reason").asText());
  }

  @Test
  @DisplayName("50 parallel approvals against a budget that fits 7: exactly 7 commit, 43 get 409")
  void concurrentApprovalsNeverOverCommit() throws Exception {
    // NSW budget $350,000: seven applications of 10 places x $5,000
    String program = program(manager, 35_000_000, 0, 1_000_000_000);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String id = submitted(program, line("CHC33021", "NSW", 10));
      assertEquals(200, assess(officer, id, "10").status());
      ids.add(id);
    }
    ExecutorService pool = Executors.newFixedThreadPool(50);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      Api who = i % 2 == 0 ? delegate : delegate2;
      String id = ids.get(i);
      Callable<Api.Reply> call = () -> decide(who, id, "10");
      replies.add(pool.submit(call));
    }
    int approved = 0;
    int refused = 0;
    for (Future<Api.Reply> f : replies) {
      Api.Reply r = f.get();
      if (r.status() == 200) {
        approved++;
      } else {
        assertProblem(r, 409);
        assertTrue(r.json().get("remainingCents").asLong() < 5_000_000, r.body());
        refused++;
      }
    }
    pool.shutdown();
    assertEquals(7, approved);
    assertEquals(43, refused);
    try (Connection db = TestDatabase.connect()) {
      long allocated =
          number(
              db,
              "SELECT COALESCE(SUM(amount_cents), 0) FROM allocation WHERE program_code = ?",
              program);
      long committed =
          number(
              db,
              "SELECT SUM(committed_cents) FROM program_budget WHERE program_code = ?",
              program);
      long provider =
          number(
              db,
              "SELECT committed_cents FROM provider_commitment WHERE program_code = ?",
              program);
      long decided =
          number(
              db,
              "SELECT COALESCE(SUM(approved_cents), 0) FROM place_application"
                  + " WHERE program_code = ? AND status = 'APPROVED'",
              program);
      assertEquals(35_000_000, allocated);
      assertEquals(allocated, committed);
      assertEquals(allocated, provider);
      assertEquals(allocated, decided);
      assertEquals(
          7,
          number(
              db,
              "SELECT COUNT(*) FROM audit_event WHERE action = 'PLACE_APPLICATION_APPROVED'"
                  + " AND entity_id IN (SELECT id FROM place_application WHERE program_code = ?)",
              program));
    }
  }

  private static long count(String program) throws SQLException {
    try (Connection db = TestDatabase.connect()) {
      return number(db, "SELECT COUNT(*) FROM place_application WHERE program_code = ?", program);
    }
  }
}
