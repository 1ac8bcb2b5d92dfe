package org.skillfund.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.skillfund.it.support.TestDatabase.number;
import static org.skillfund.it.support.TestDatabase.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.it.support.Api;
import org.skillfund.it.support.DeployedSkillfund;
import org.skillfund.it.support.LearnerAccounts;
import org.skillfund.it.support.Mailbox;
import org.skillfund.it.support.TestDatabase;
import org.skillfund.it.support.Usis;

@DisplayName(
    "Enrolments over REST: places and entitlements taken once, learners confirm from their link")
public class EnrolmentApiIT extends DeployedSkillfund {

  static final String ENROLMENTS = "api/v1/enrolments";
  static final String APPLICATIONS = "api/v1/place-applications";

  private final Api manager = Api.as(baseUrl(), "manager", Api.DEMO_PASSWORD);
  private final Api providerA = Api.as(baseUrl(), "provider-a", Api.DEMO_PASSWORD);
  private final Api staffA = Api.as(baseUrl(), "staff-a", Api.DEMO_PASSWORD);
  private final Api providerB = Api.as(baseUrl(), "provider-b", Api.DEMO_PASSWORD);
  private final Api officer = Api.as(baseUrl(), "officer", Api.DEMO_PASSWORD);
  private final Api delegate = Api.as(baseUrl(), "delegate", Api.DEMO_PASSWORD);

  @BeforeAll
  static void mail() {
    Mailbox.start();
  }

  // ---------------------------------------------------------------------------------------------
  // Fixtures: a fresh program, approved allocations, learner accounts
  // ---------------------------------------------------------------------------------------------

  String program() {
    return program(manager);
  }

  String allocation(Api provider, String program, String state, int places) {
    return allocation(provider, officer, delegate, program, state, places);
  }

  /** A new open JobTrainer program funding CHC33021 in NSW (provider A) and QLD (provider B). */
  public static String program(Api manager) {
    return program(manager, 200_000, 300_000, 1_000);
  }

  /** The same with the given CHC33021 price parts and place target per state. */
  static String program(Api manager, long commencementCents, long completionCents, int target) {
    String code = "EN-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    LocalDate today = LocalDate.now();
    Api.Reply created =
        manager.post(
            "api/v1/programs",
            """
            {"reason":"Enrolment test program",
             "program":{"code":"%s","name":"Enrolment test %s","ruleProgramCode":"JOBTRAINER",
              "opensOn":"%s","closesOn":"%s","feeRule":"FREE_TO_CERT_III_CAPPED_ABOVE",
              "feeCapCents":40000,"providerCapCents":5000000000,
              "streams":[{"code":"GEN","name":"General"}],
              "budgets":[{"state":"NSW","streamCode":"GEN","cents":1000000000},
                         {"state":"QLD","streamCode":"GEN","cents":1000000000}],
              "courses":[{"courseCode":"CHC33021","state":"NSW","priority":true},
                         {"courseCode":"CHC33021","state":"QLD","priority":true}],
              "prices":[{"courseCode":"CHC33021","commencementCents":%d,"completionCents":%d}],
              "targets":[{"state":"NSW","places":%d},{"state":"QLD","places":%d}]}}"""
                .formatted(
                    code,
                    code,
                    today.minusDays(10),
                    today.plusDays(100),
                    commencementCents,
                    completionCents,
                    target,
                    target));
    assertEquals(201, created.status(), created.body());
    return code;
  }

  /**
   * A new program and an approved allocation of {@code places} CHC33021 places in NSW for provider
   * A (assessed by officer, decided by delegate), for journeys that need one whose period holds
   * today; returns its id.
   */
  public static String allocationOfProviderA(int places) {
    String program = program(Api.as(baseUrl(), "manager", Api.DEMO_PASSWORD));
    return allocation(
        Api.as(baseUrl(), "provider-a", Api.DEMO_PASSWORD),
        Api.as(baseUrl(), "officer", Api.DEMO_PASSWORD),
        Api.as(baseUrl(), "delegate", Api.DEMO_PASSWORD),
        program,
        "NSW",
        places);
  }

  /**
   * An approved allocation of {@code places} CHC33021 places in {@code state}, its period from
   * yesterday (so that {@link #schemeToday()} is in it whatever this JVM's zone) for 11 months;
   * returns its id.
   */
  public static String allocation(
      Api provider, Api officer, Api delegate, String program, String state, int places) {
    LocalDate today = LocalDate.now();
    Api.Reply draft =
        provider.post(
            APPLICATIONS,
            """
            {"programCode":"%s","streamCode":"GEN","periodFrom":"%s","periodTo":"%s",
             "justification":"Local employers need qualified carers.",
             "industryPartners":"Care Alliance","lines":[
               {"courseCode":"CHC33021","state":"%s","places":%d,"cetModel":"WORK_BASED_WITH_GUIDANCE",
                "workBasedFormat":"TRAINEESHIP","locations":"Town","startDates":"Monthly"}]}"""
                .formatted(program, today.minusDays(1), today.plusMonths(11), state, places));
    assertEquals(201, draft.status(), draft.body());
    String id = draft.json().get("id").asText();
    Api.Reply submitted = provider.post(APPLICATIONS + "/" + id + "/submission", "");
    assertEquals(200, submitted.status(), submitted.body());
    Api.Reply assessed =
        officer.post(
            APPLICATIONS + "/" + id + "/assessment",
            """
            {"scores":{"SKILLS_NEED":4,"DELIVERY_CAPABILITY":4,"INDUSTRY_ENGAGEMENT":3,
                       "PAST_PERFORMANCE":4,"VALUE_FOR_MONEY":4},
             "recommendedPlaces":[%d],"note":"Sound plan."}"""
                .formatted(places));
    assertEquals(200, assessed.status(), assessed.body());
    Api.Reply decided =
        delegate.post(
            APPLICATIONS + "/" + id + "/decision",
            "{\"approvedPlaces\":[%d],\"reason\":\"Within budget.\"}".formatted(places));
    assertEquals(200, decided.status(), decided.body());
    for (JsonNode a : provider.get("api/v1/allocations?program=" + program).json().get("items")) {
      if (a.get("state").asText().equals(state)) {
        return a.get("id").asText();
      }
    }
    throw new AssertionError("no allocation for " + state);
  }

  /** A learner account (password demo-pass-2026) tied to a fresh USI; returns the USI. */
  static Learner learnerAccount() throws SQLException {
    LearnerAccounts.Account account = LearnerAccounts.create();
    return new Learner(
        account.usi(), account.email(), Api.as(baseUrl(), account.username(), Api.DEMO_PASSWORD));
  }

  record Learner(String usi, String email, Api api) {}

  /** Today where the scheme runs: the server refuses commencement before the start date then. */
  public static LocalDate schemeToday() {
    return LocalDate.now(ZoneId.of("Australia/Sydney"));
  }

  /** An enrolment starting in a week: it cannot be commenced, nor its commencement claimed, yet. */
  static String enrolment(String allocation, String usi, String email) {
    return enrolment(allocation, usi, email, LocalDate.now().plusDays(7));
  }

  /** An enrolment starting on {@code start} ({@link #schemeToday()} for one to be commenced). */
  static String enrolment(String allocation, String usi, String email, LocalDate start) {
    return """
        {"allocationId":"%s","learner":{"usi":"%s","givenName":"Ann","familyName":"Lee",
          "dateOfBirth":"%s","email":"%s"},"startDate":"%s","residency":"CITIZEN",
         "employmentStatus":"UNEMPLOYED","schoolStudent":false}"""
        .formatted(allocation, usi, start.minusYears(21), email, start);
  }

  /**
   * The learner's answer to the link mailed to them ({@code {"answer":"CONFIRM"}} or a dispute).
   */
  static Api.Reply answerLink(Learner learner, String answer) {
    return learner
        .api()
        .post(ENROLMENTS + "/confirmations/" + tokenMailedTo(learner.email()), answer);
  }

  static String tokenMailedTo(String email) {
    return LearnerAccounts.confirmationToken(email);
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

  // ---------------------------------------------------------------------------------------------

  @Test
  @DisplayName(
      "enrol, the learner confirms from the mailed link (once), commences: place and entitlement"
          + " taken in SQL, tenancy and audit hold")
  void enrolConfirmCommence() throws Exception {
    String program = program();
    String allocation = allocation(providerA, program, "NSW", 5);
    Learner ann = learnerAccount();
    Learner other = learnerAccount();

    Api.Reply enrolled =
        staffA.post(ENROLMENTS, enrolment(allocation, ann.usi(), ann.email(), schemeToday()));
    assertEquals(201, enrolled.status(), enrolled.body());
    JsonNode e = enrolled.json();
    String id = e.get("id").asText();
    assertEquals("PENDING_LEARNER_CONFIRMATION", e.get("status").asText());
    assertEquals("JOBTRAINER-2026.1", e.get("ruleSetVersion").asText());
    assertTrue(enrolled.header("Location").endsWith(ENROLMENTS + "/" + id));
    try (Connection db = TestDatabase.connect()) {
      assertEquals(1, number(db, "SELECT places_used FROM allocation WHERE id = ?", allocation));
      assertEquals(1, number(db, "SELECT COUNT(*) FROM funded_start WHERE usi = ?", ann.usi()));
      assertEquals(
          e.get("ledgerEntryId").asText(),
          text(db, "SELECT id FROM funded_start WHERE usi = ?", ann.usi()));
    }

    // tenancy: another provider does not see it, nor can it enrol into A's allocation
    assertProblem(providerB.get(ENROLMENTS + "/" + id), 404);
    assertProblem(
        providerB.post(ENROLMENTS, enrolment(allocation, Usis.fresh(), "x@example.org")), 404);
    assertEquals(
        0, providerB.get(ENROLMENTS + "?allocation=" + allocation).json().get("total").asInt());
    assertEquals(
        1, providerA.get(ENROLMENTS + "?allocation=" + allocation).json().get("total").asInt());

    // unconfirmed: cannot commence
    assertProblem(providerA.post(ENROLMENTS + "/" + id + "/commencement", ""), 409);

    String token = tokenMailedTo(ann.email());
    // another learner's link is refused as if it did not exist
    assertProblem(other.api().get(ENROLMENTS + "/confirmations/" + token), 404);
    assertProblem(
        other.api().post(ENROLMENTS + "/confirmations/" + token, "{\"answer\":\"CONFIRM\"}"), 404);
    assertProblem(
        ann.api().post(ENROLMENTS + "/confirmations/not-a-token", "{\"answer\":\"CONFIRM\"}"), 404);
    assertProblem(
        providerA.post(ENROLMENTS + "/confirmations/" + token, "{\"answer\":\"CONFIRM\"}"), 403);
    assertProblem(
        ann.api().post(ENROLMENTS + "/confirmations/" + token, "{\"answer\":\"MAYBE\"}"),
        400,
        "answer");

    assertEquals(
        id, ann.api().get(ENROLMENTS + "/confirmations/" + token).json().get("id").asText());
    Api.Reply confirmed =
        ann.api().post(ENROLMENTS + "/confirmations/" + token, "{\"answer\":\"CONFIRM\"}");
    assertEquals(200, confirmed.status(), confirmed.body());
    assertEquals("CONFIRMED", confirmed.json().get("status").asText());
    assertNotNull(confirmed.json().get("confirmedAt"));
    // reused
    Api.Reply again =
        ann.api().post(ENROLMENTS + "/confirmations/" + token, "{\"answer\":\"DISPUTE\"}");
    assertProblem(again, 409);
    assertTrue(again.json().get("detail").asText().contains("already used"), again.body());

    JsonNode mine = ann.api().get(ENROLMENTS + "/mine").json();
    assertEquals(1, mine.size());
    assertEquals(id, mine.get(0).get("id").asText());
    assertEquals(0, other.api().get(ENROLMENTS + "/mine").json().size());
    assertProblem(other.api().get(ENROLMENTS + "/" + id), 404);
    // the course starts today: commencement is offered
    assertEquals(
        Set.of("COMMENCE", "WITHDRAW"), actions(providerA.get(ENROLMENTS + "/" + id).json()));

    Api.Reply commenced = staffA.post(ENROLMENTS + "/" + id + "/commencement", "");
    assertEquals(200, commenced.status(), commenced.body());
    assertEquals("COMMENCED", commenced.json().get("status").asText());
    assertTrue(commenced.json().get("actions").toString().contains("COMPLETE"));

    // the same learner cannot hold a second JobTrainer place at the same time
    Api.Reply second = providerA.post(ENROLMENTS, enrolment(allocation, ann.usi(), ann.email()));
    assertProblem(second, 409);
    String detail = second.json().get("detail").asText();
    assertTrue(detail.startsWith("The learner already holds a JobTrainer place"), detail);
    assertTrue(detail.contains("JT-ONE"), detail);

    Api.Reply completed = staffA.post(ENROLMENTS + "/" + id + "/completion", "");
    assertEquals(200, completed.status(), completed.body());
    try (Connection db = TestDatabase.connect()) {
      assertEquals(
          1, number(db, "SELECT places_completed FROM allocation WHERE id = ?", allocation));
      assertNotNull(text(db, "SELECT end_date FROM funded_start WHERE usi = ?", ann.usi()));
    }

    Set<String> actions = new HashSet<>();
    try (Connection db = TestDatabase.connect();
        PreparedStatement s =
            db.prepareStatement(
                "SELECT action FROM audit_event WHERE entity_type = 'Enrolment' AND entity_id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          actions.add(rs.getString(1));
        }
      }
    }
    assertTrue(
        actions.containsAll(
            Set.of(
                "ENROLMENT_CREATED",
                "ENROLMENT_CONFIRMED",
                "ENROLMENT_COMMENCED",
                "ENROLMENT_COMPLETED")),
        actions.toString());
  }

  @Test
  @DisplayName(
      "commencement before the course's start date is refused naming that date and is not"
          + " offered; nothing is written")
  void noCommencementBeforeTheStartDate() throws Exception {
    String program = program();
    String allocation = allocation(providerA, program, "NSW", 2);
    Learner early = learnerAccount();
    LocalDate start = schemeToday().plusDays(7);
    Api.Reply enrolled =
        providerA.post(ENROLMENTS, enrolment(allocation, early.usi(), early.email(), start));
    assertEquals(201, enrolled.status(), enrolled.body());
    String id = enrolled.json().get("id").asText();
    Api.Reply confirmed = answerLink(early, "{\"answer\":\"CONFIRM\"}");
    assertEquals(200, confirmed.status(), confirmed.body());
    assertEquals("CONFIRMED", confirmed.json().get("status").asText());
    assertEquals(Set.of("WITHDRAW"), actions(staffA.get(ENROLMENTS + "/" + id).json()));

    Api.Reply refused = staffA.post(ENROLMENTS + "/" + id + "/commencement", "");
    assertProblem(refused, 409);
    String detail = refused.json().get("detail").asText();
    String day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(start);
    assertEquals(
        "The course starts on " + day + ": its commencement can be recorded from that day.",
        detail);
    // completion is refused too (it needs commencement anyway)
    assertProblem(providerA.post(ENROLMENTS + "/" + id + "/completion", ""), 409);

    JsonNode after = providerA.get(ENROLMENTS + "/" + id).json();
    assertEquals("CONFIRMED", after.get("status").asText());
    assertEquals(Set.of("WITHDRAW"), actions(after));
    try (Connection db = TestDatabase.connect()) {
      assertEquals("CONFIRMED", text(db, "SELECT status FROM enrolment WHERE id = ?", id));
      assertEquals(
          0,
          number(
              db,
              "SELECT COUNT(*) FROM audit_event WHERE action = 'ENROLMENT_COMMENCED'"
                  + " AND entity_id = ?",
              id));
      assertEquals(
          0, number(db, "SELECT places_completed FROM allocation WHERE id = ?", allocation));
    }
  }

  /** The actions an enrolment's JSON offers. */
  private static Set<String> actions(JsonNode enrolment) {
    Set<String> names = new HashSet<>();
    enrolment.get("actions").forEach(a -> names.add(a.asText()));
    return names;
  }

  @Test
  @DisplayName("bad enrolments are refused naming the fields; nothing is taken")
  void badInput() throws SQLException {
    String program = program();
    String allocation = allocation(providerA, program, "NSW", 3);
    LocalDate outside = LocalDate.now().plusYears(2);
    assertProblem(
        providerA.post(
            ENROLMENTS,
            """
            {"allocationId":"%s","learner":{"usi":"ABCDEFGHJS","givenName":"",
              "dateOfBirth":"2004-02-30","email":"nope"},"startDate":"%s",
             "residency":"MARTIAN"}"""
                .formatted(allocation, outside)),
        400,
        "learner.dateOfBirth",
        "residency",
        "employmentStatus");
    assertProblem(
        providerA.post(
            ENROLMENTS,
            """
            {"allocationId":"%s","learner":{"usi":"ABCDEFGHJS","givenName":"",
              "dateOfBirth":"2004-02-01","email":"nope"},"startDate":"%s",
             "residency":"CITIZEN","employmentStatus":"UNEMPLOYED"}"""
                .formatted(allocation, outside)),
        400,
        "learner.usi",
        "learner.givenName",
        "learner.familyName",
        "learner.email",
        "startDate");
    assertProblem(providerA.post(ENROLMENTS, "{\"allocationId\":"), 400);
    assertProblem(
        officer.post(ENROLMENTS, enrolment(allocation, Usis.fresh(), "a@example.org")), 403);
    // a school student is not eligible for JobTrainer: the rule is named
    String usi = Usis.fresh();
    Api.Reply old =
        providerA.post(
            ENROLMENTS,
            enrolment(allocation, usi, "old@example.org")
                .replace("\"schoolStudent\":false", "\"schoolStudent\":true"));
    assertProblem(old, 409);
    assertTrue(old.json().get("detail").asText().contains("JT-SCHOOL"), old.body());
    try (Connection db = TestDatabase.connect()) {
      assertEquals(0, number(db, "SELECT places_used FROM allocation WHERE id = ?", allocation));
      assertEquals(0, number(db, "SELECT COUNT(*) FROM funded_start WHERE usi = ?", usi));
    }
  }

  @Test
  @DisplayName(
      "withdrawal before commencement returns the place and the entitlement; the learner can be"
          + " enrolled again")
  void withdrawalReturnsPlaceAndEntitlement() throws SQLException {
    String program = program();
    String allocation = allocation(providerA, program, "NSW", 1);
    String usi = Usis.fresh();
    Api.Reply first = providerA.post(ENROLMENTS, enrolment(allocation, usi, "w@example.org"));
    assertEquals(201, first.status(), first.body());
    String id = first.json().get("id").asText();
    Api.Reply full =
        providerA.post(ENROLMENTS, enrolment(allocation, Usis.fresh(), "f@example.org"));
    assertProblem(full, 409);
    assertTrue(full.json().get("detail").asText().startsWith("No places left"), full.body());

    assertProblem(providerA.post(ENROLMENTS + "/" + id + "/withdrawal", "{}"), 400, "reason");
    assertProblem(
        providerB.post(ENROLMENTS + "/" + id + "/withdrawal", "{\"reason\":\"Changed mind\"}"),
        404);
    Api.Reply withdrawn =
        staffA.post(ENROLMENTS + "/" + id + "/withdrawal", "{\"reason\":\"Changed mind\"}");
    assertEquals(200, withdrawn.status(), withdrawn.body());
    assertEquals("WITHDRAWN", withdrawn.json().get("status").asText());
    assertFalse(withdrawn.json().path("ledgerEntryId").isTextual(), withdrawn.body());
    try (Connection db = TestDatabase.connect()) {
      assertEquals(0, number(db, "SELECT places_used FROM allocation WHERE id = ?", allocation));
      assertEquals(0, number(db, "SELECT COUNT(*) FROM funded_start WHERE usi = ?", usi));
    }
    assertProblem(
        providerA.post(ENROLMENTS + "/" + id + "/withdrawal", "{\"reason\":\"again\"}"), 409);
    Api.Reply again = providerA.post(ENROLMENTS, enrolment(allocation, usi, "w@example.org"));
    assertEquals(201, again.status(), again.body());
  }

  @Test
  @DisplayName(
      "an expired link is refused; a disputed enrolment reaches the officers' queue and, cancelled,"
          + " gives its place back")
  void expiredLinkAndDispute() throws Exception {
    String program = program();
    String allocation = allocation(providerA, program, "NSW", 4);
    Learner late = learnerAccount();
    Api.Reply enrolled =
        providerA.post(ENROLMENTS, enrolment(allocation, late.usi(), late.email()));
    assertEquals(201, enrolled.status(), enrolled.body());
    String token = tokenMailedTo(late.email());
    try (Connection db = TestDatabase.connect();
        PreparedStatement s =
            db.prepareStatement(
                "UPDATE enrolment_link SET expires_at = created_at WHERE enrolment_id = ?")) {
      s.setString(1, enrolled.json().get("id").asText());
      assertEquals(1, s.executeUpdate());
    }
    Api.Reply expired =
        late.api().post(ENROLMENTS + "/confirmations/" + token, "{\"answer\":\"CONFIRM\"}");
    assertProblem(expired, 409);
    assertTrue(expired.json().get("detail").asText().contains("expired"), expired.body());

    Learner notMe = learnerAccount();
    Api.Reply fake = providerA.post(ENROLMENTS, enrolment(allocation, notMe.usi(), notMe.email()));
    assertEquals(201, fake.status(), fake.body());
    String id = fake.json().get("id").asText();
    Api.Reply disputed =
        answerLink(
            notMe, "{\"answer\":\"DISPUTE\",\"reason\":\"I have never heard of this provider.\"}");
    assertEquals(200, disputed.status(), disputed.body());
    assertEquals("DISPUTED", disputed.json().get("status").asText());
    assertProblem(providerA.post(ENROLMENTS + "/" + id + "/commencement", ""), 409);

    boolean queued = false;
    for (JsonNode q : officer.get(ENROLMENTS + "?status=DISPUTED&size=100").json().get("items")) {
      queued |= q.get("id").asText().equals(id);
    }
    assertTrue(queued, "the disputed enrolment is in the officers' queue");
    try (Connection db = TestDatabase.connect()) {
      // every officer (officer, senior) is told it waits in their queue
      assertEquals(
          2,
          number(
              db,
              "SELECT COUNT(*) FROM mail_outbox WHERE subject LIKE 'Disputed enrolment waiting%'"
                  + " AND body LIKE ?",
              "%" + id + "%"));
    }
    assertProblem(
        providerA.post(
            ENROLMENTS + "/" + id + "/dispute-resolution",
            "{\"action\":\"CANCEL\",\"reason\":\"x\"}"),
        403);
    Api.Reply cancelled =
        officer.post(
            ENROLMENTS + "/" + id + "/dispute-resolution",
            "{\"action\":\"CANCEL\",\"reason\":\"The learner never enrolled.\"}");
    assertEquals(200, cancelled.status(), cancelled.body());
    assertEquals("WITHDRAWN", cancelled.json().get("status").asText());
    try (Connection db = TestDatabase.connect()) {
      assertEquals(1, number(db, "SELECT places_used FROM allocation WHERE id = ?", allocation));
      assertEquals(0, number(db, "SELECT COUNT(*) FROM funded_start WHERE usi = ?", notMe.usi()));
    }
  }

  @Test
  @DisplayName(
      "bulk enrolment from a CSV file: each row on its own, the report says which rows were"
          + " accepted and why the others were not")
  void bulkEnrolment() throws SQLException {
    String program = program();
    String allocation = allocation(providerA, program, "NSW", 10);
    String one = Usis.fresh();
    String two = Usis.fresh();
    LocalDate start = LocalDate.now().plusDays(7);
    String born = start.minusYears(20).toString();
    String row = "%s,Ann,Lee,%s,%s@example.org,CHC33021,%s,NSW,%s,CITIZEN,UNEMPLOYED,,\n";
    String csv =
        "usi,given_name,family_name,date_of_birth,email,course_code,start_date,state,"
            + "funding_program,residency,employment_status,school_student,highest_aqf_level\n"
            + row.formatted(one, born, "one", start, program)
            + row.formatted("ABCDEFGHJS", born, "bad", start, program)
            + row.formatted(two, born, "two", start, program)
            + row.formatted(Usis.fresh(), born, "vic", start, program).replace(",NSW,", ",VIC,")
            + row.formatted(one, born, "again", start, program)
            + "too,few,fields\n";
    Api.Reply report =
        providerA.postBytes(
            ENROLMENTS + "/bulk",
            "text/csv",
            csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(200, report.status(), report.body());
    JsonNode r = report.json();
    assertEquals(2, r.get("accepted").asInt(), report.body());
    assertEquals(4, r.get("rejected").asInt(), report.body());
    JsonNode rows = r.get("rows");
    assertEquals(6, rows.size());
    assertTrue(rows.get(0).get("enrolmentId").isTextual(), rows.get(0).toString());
    assertTrue(
        rows.get(1).get("reason").asText().contains("usi must be a valid USI"),
        rows.get(1).toString());
    assertTrue(rows.get(2).get("enrolmentId").isTextual(), rows.get(2).toString());
    assertTrue(
        rows.get(3).get("reason").asText().contains("no allocation"), rows.get(3).toString());
    assertTrue(rows.get(4).get("reason").asText().contains("JT-ONE"), rows.get(4).toString());
    assertEquals(7, rows.get(5).get("line").asInt());
    assertProblem(
        providerA.postBytes(ENROLMENTS + "/bulk", "text/csv", "a,b\n".getBytes()), 400, "file");
    try (Connection db = TestDatabase.connect()) {
      assertEquals(2, number(db, "SELECT places_used FROM allocation WHERE id = ?", allocation));
    }
  }

  @Test
  @DisplayName(
      "50 clients enrol 50 learners into 20 places at once: exactly 20 enrolments, and the"
          + " counter, enrolments and ledger agree in SQL")
  void fiftyClientsTwentyPlaces() throws Exception {
    String program = program();
    String allocation = allocation(providerA, program, "NSW", 20);
    List<String> usis = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      usis.add(Usis.fresh());
    }
    ExecutorService pool = Executors.newFixedThreadPool(50);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Api.Reply>> replies = new ArrayList<>();
    try {
      for (int i = 0; i < 50; i++) {
        String usi = usis.get(i);
        Api client = i % 2 == 0 ? providerA : staffA;
        Callable<Api.Reply> call =
            () -> {
              go.await();
              return client.post(
                  ENROLMENTS, enrolment(allocation, usi, "c" + usi.toLowerCase() + "@example.org"));
            };
        replies.add(pool.submit(call));
      }
      go.countDown();
      int created = 0;
      int full = 0;
      for (Future<Api.Reply> f : replies) {
        Api.Reply r = f.get();
        if (r.status() == 201) {
          created++;
        } else {
          assertProblem(r, 409);
          assertTrue(r.json().get("detail").asText().startsWith("No places left"), r.body());
          full++;
        }
      }
      assertEquals(20, created);
      assertEquals(30, full);
    } finally {
      pool.shutdownNow();
    }
    try (Connection db = TestDatabase.connect()) {
      assertEquals(20, number(db, "SELECT places_used FROM allocation WHERE id = ?", allocation));
      assertEquals(
          20, number(db, "SELECT COUNT(*) FROM enrolment WHERE allocation_id = ?", allocation));
      assertEquals(
          20,
          number(
              db,
              "SELECT COUNT(*) FROM funded_start f JOIN enrolment e ON e.ledger_entry_id = f.id"
                  + " WHERE e.allocation_id = ?",
              allocation));
      String in = String.join("','", usis);
      try (PreparedStatement s =
              db.prepareStatement("SELECT COUNT(*) FROM funded_start WHERE usi IN ('" + in + "')");
          ResultSet rs = s.executeQuery()) {
        rs.next();
        assertEquals(20, rs.getLong(1), "one ledger start per enrolment, none for the refused");
      }
    }
  }

  @Test
  @DisplayName(
      "the same learner enrolled by two providers at the same moment: one wins, the other is told"
          + " the learner already holds a JobTrainer place")
  void sameLearnerTwoProvidersAtOnce() throws Exception {
    String program = program();
    String nsw = allocation(providerA, program, "NSW", 10);
    String qld = allocation(providerB, program, "QLD", 10);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 5; round++) {
        String usi = Usis.fresh();
        CountDownLatch go = new CountDownLatch(1);
        Future<Api.Reply> a =
            pool.submit(
                () -> {
                  go.await();
                  return providerA.post(ENROLMENTS, enrolment(nsw, usi, "a@example.org"));
                });
        Future<Api.Reply> b =
            pool.submit(
                () -> {
                  go.await();
                  return providerB.post(ENROLMENTS, enrolment(qld, usi, "b@example.org"));
                });
        go.countDown();
        List<Api.Reply> both = List.of(a.get(), b.get());
        long won = both.stream().filter(r -> r.status() == 201).count();
        assertEquals(1, won, both.get(0).body() + " / " + both.get(1).body());
        Api.Reply lost = both.stream().filter(r -> r.status() != 201).findFirst().orElseThrow();
        assertProblem(lost, 409);
        assertTrue(lost.json().get("detail").asText().contains("JT-ONE"), lost.body());
        try (Connection db = TestDatabase.connect()) {
          assertEquals(1, number(db, "SELECT COUNT(*) FROM funded_start WHERE usi = ?", usi));
          assertEquals(1, number(db, "SELECT COUNT(*) FROM enrolment WHERE usi = ?", usi));
        }
      }
    } finally {
      pool.shutdownNow();
    }
    try (Connection db = TestDatabase.connect()) {
      long used =
          number(db, "SELECT places_used FROM allocation WHERE id = ?", nsw)
              + number(db, "SELECT places_used FROM allocation WHERE id = ?", qld);
      assertEquals(5, used, "five places in all, one per learner");
    }
  }
}
