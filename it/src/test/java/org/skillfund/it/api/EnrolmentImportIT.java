package org.skillfund.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.skillfund.it.api.EnrolmentApiIT.assertProblem;
import static org.skillfund.it.support.TestDatabase.number;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    "Bulk enrolment import over REST: per-row atomic, every row reported, nothing of a rejected"
        + " row written")
class EnrolmentImportIT extends DeployedSkillfund {

  static final String BULK = "api/v1/enrolments/bulk";
  static final String HEADER =
      "usi,given_name,family_name,date_of_birth,email,course_code,start_date,state,"
          + "funding_program,residency,employment_status,school_student,highest_aqf_level\n";

  private final Api manager = Api.as(baseUrl(), "manager", Api.DEMO_PASSWORD);
  private final Api providerA = Api.as(baseUrl(), "provider-a", Api.DEMO_PASSWORD);
  private final Api officer = Api.as(baseUrl(), "officer", Api.DEMO_PASSWORD);
  private final Api delegate = Api.as(baseUrl(), "delegate", Api.DEMO_PASSWORD);

  @BeforeAll
  static void mail() {
    Mailbox.start();
  }

  private Api.Reply post(String csv) {
    return providerA.postBytes(BULK, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName(
      "a file mixing good rows with a bad USI, no allocation, the same learner twice, an"
          + " ineligible learner, more rows than places and a broken line: the exact report, and"
          + " places, enrolments, ledger, links, mails, checks and audit agree in SQL")
  void mixedFile() throws Exception {
    String program = EnrolmentApiIT.program(manager);
    String allocation = EnrolmentApiIT.allocation(providerA, officer, delegate, program, "NSW", 3);
    LearnerAccounts.Account ann = LearnerAccounts.create();
    String bob = Usis.fresh();
    String cat = Usis.fresh();
    String dan = Usis.fresh();
    String eve = Usis.fresh();
    String vic = Usis.fresh();
    LocalDate start = LocalDate.now().plusDays(7);
    String born = start.minusYears(21).toString();
    String row = "%s,%s,Lee,%s,%s,CHC33021,%s,NSW,%s,%s,UNEMPLOYED,false,\n";
    // addresses unique to this run, so the outbox counts hold on a database used before
    String tag = bob.toLowerCase();
    String badUsi = bob.substring(0, 9) + (bob.charAt(9) == '2' ? '3' : '2');
    String csv =
        HEADER
            + row.formatted(ann.usi(), "Ann", born, ann.email(), start, program, "CITIZEN")
            + row.formatted(
                badUsi, "Bad", born, "bad." + tag + "@example.org", start, program, "CITIZEN")
            + row.formatted(
                bob, "Bob", born, "bob." + tag + "@example.org", start, program, "CITIZEN")
            + row.formatted(
                    vic, "Vic", born, "vic." + tag + "@example.org", start, program, "CITIZEN")
                .replace(",NSW,", ",VIC,")
            + row.formatted(
                ann.usi(), "Ann", born, "again." + tag + "@example.org", start, program, "CITIZEN")
            + row.formatted(
                eve, "Eve", born, "eve." + tag + "@example.org", start, program, "TEMPORARY_VISA")
            + row.formatted(
                cat, "Cat", born, "cat." + tag + "@example.org", start, program, "CITIZEN")
            + row.formatted(
                dan, "Dan", born, "dan." + tag + "@example.org", start, program, "CITIZEN")
            + "too,few,fields\n";

    Api.Reply reply = post(csv);

    assertEquals(200, reply.status(), reply.body());
    JsonNode report = reply.json();
    assertEquals(3, report.get("accepted").asInt(), reply.body());
    assertEquals(6, report.get("rejected").asInt(), reply.body());
    JsonNode rows = report.get("rows");
    assertEquals(9, rows.size(), reply.body());
    for (int i = 0; i < 9; i++) {
      assertEquals(i + 2, rows.get(i).get("line").asInt(), rows.get(i).toString());
    }
    List<String> enrolmentIds = new ArrayList<>();
    for (int i : new int[] {0, 2, 6}) {
      assertTrue(rows.get(i).get("enrolmentId").isTextual(), rows.get(i).toString());
      assertTrue(
          !rows.get(i).has("reason") || rows.get(i).get("reason").isNull(), rows.get(i).toString());
      enrolmentIds.add(rows.get(i).get("enrolmentId").asText());
    }
    assertEquals("usi must be a valid USI", reason(rows, 1));
    assertEquals("no allocation of yours for CHC33021 in VIC under " + program, reason(rows, 3));
    assertTrue(
        reason(rows, 4).startsWith("The learner already holds a JobTrainer place. JT-ONE"),
        reason(rows, 4));
    assertTrue(reason(rows, 4).endsWith("[JT-ONE]"), reason(rows, 4));
    assertTrue(
        reason(rows, 5).startsWith("The learner is not eligible for CHC33021 under JOBTRAINER"),
        reason(rows, 5));
    assertTrue(reason(rows, 5).endsWith("[JT-RESIDENCY]"), reason(rows, 5));
    assertEquals(
        "No places left: all 3 places of this allocation (CHC33021 in NSW) are used.",
        reason(rows, 7));
    assertEquals("expected 13 fields but found 3", reason(rows, 8));
    assertEquals(dan, rows.get(7).get("usi").asText());

    try (Connection db = TestDatabase.connect()) {
      assertEquals(3, number(db, "SELECT places_used FROM allocation WHERE id = ?", allocation));
      assertEquals(
          3, number(db, "SELECT COUNT(*) FROM enrolment WHERE allocation_id = ?", allocation));
      assertEquals(
          3,
          number(
              db,
              "SELECT COUNT(*) FROM funded_start f JOIN enrolment e ON e.ledger_entry_id = f.id"
                  + " WHERE e.allocation_id = ? AND f.usi = e.usi AND f.program_code = 'JOBTRAINER'",
              allocation));
      for (String id : enrolmentIds) {
        assertEquals(
            1,
            number(
                db,
                "SELECT COUNT(*) FROM audit_event WHERE entity_id = ?"
                    + " AND action = 'ENROLMENT_CREATED'",
                id));
        assertEquals(
            1, number(db, "SELECT COUNT(*) FROM enrolment_link WHERE enrolment_id = ?", id));
        assertEquals(
            1,
            number(
                db,
                "SELECT COUNT(*) FROM eligibility_check c JOIN enrolment e"
                    + " ON e.eligibility_check_id = c.id WHERE e.id = ? AND c.eligible = TRUE",
                id));
      }
      for (String email :
          List.of(ann.email(), "bob." + tag + "@example.org", "cat." + tag + "@example.org")) {
        assertEquals(
            1, number(db, "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", email), email);
      }
      for (String email :
          List.of(
              "bad." + tag + "@example.org",
              "vic." + tag + "@example.org",
              "again." + tag + "@example.org",
              "eve." + tag + "@example.org",
              "dan." + tag + "@example.org")) {
        assertEquals(
            0, number(db, "SELECT COUNT(*) FROM mail_outbox WHERE recipient = ?", email), email);
      }
      assertEquals(1, number(db, "SELECT COUNT(*) FROM funded_start WHERE usi = ?", ann.usi()));
      for (String usi : List.of(dan, eve, vic)) {
        assertEquals(0, number(db, "SELECT COUNT(*) FROM enrolment WHERE usi = ?", usi), usi);
        assertEquals(0, number(db, "SELECT COUNT(*) FROM funded_start WHERE usi = ?", usi), usi);
        assertEquals(
            0, number(db, "SELECT COUNT(*) FROM eligibility_check WHERE usi = ?", usi), usi);
      }
    }

    // the learner confirms from the link the import mailed, like any enrolment's
    Api annApi = Api.as(baseUrl(), ann.username(), Api.DEMO_PASSWORD);
    String token = LearnerAccounts.confirmationToken(ann.email());
    Api.Reply confirmed =
        annApi.post(
            EnrolmentApiIT.ENROLMENTS + "/confirmations/" + token, "{\"answer\":\"CONFIRM\"}");
    assertEquals(200, confirmed.status(), confirmed.body());
    assertEquals(enrolmentIds.get(0), confirmed.json().get("id").asText());

    Api auditor = Api.as(baseUrl(), "auditor", Api.DEMO_PASSWORD);
    JsonNode verification = auditor.get("api/v1/audit/verify").json();
    assertTrue(verification.get("valid").asBoolean(), verification.toString());
  }

  /**
   * A file of {@code rows} rows for fresh learners, line i (from 2) for learner i - 2, except that
   * learner {@code again[k]} (an index) appears again at index {@code again[k + 1]}.
   */
  private static List<String> learners(int rows, int... again) {
    List<String> usis = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      usis.add(Usis.fresh());
    }
    for (int k = 0; k < again.length; k += 2) {
      usis.set(again[k + 1], usis.get(again[k]));
    }
    return usis;
  }

  private static String file(String program, List<String> usis, String tag) {
    LocalDate start = LocalDate.now().plusDays(7);
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < usis.size(); i++) {
      csv.append(
          "%s,Row,Number%d,%s,row%d.%s@example.org,CHC33021,%s,NSW,%s,CITIZEN,UNEMPLOYED,false,\n"
              .formatted(usis.get(i), i, start.minusYears(20), i, tag, start, program));
    }
    return csv.toString();
  }

  /** Places used, enrolments, funded starts, links and audit events of the allocation. */
  private static List<Long> written(String allocation) throws Exception {
    try (Connection db = TestDatabase.connect()) {
      return List.of(
          number(db, "SELECT places_used FROM allocation WHERE id = ?", allocation),
          number(db, "SELECT COUNT(*) FROM enrolment WHERE allocation_id = ?", allocation),
          number(
              db,
              "SELECT COUNT(*) FROM funded_start f JOIN enrolment e ON e.ledger_entry_id = f.id"
                  + " WHERE e.allocation_id = ?",
              allocation),
          number(
              db,
              "SELECT COUNT(*) FROM enrolment_link k JOIN enrolment e ON e.id = k.enrolment_id"
                  + " WHERE e.allocation_id = ?",
              allocation),
          number(
              db,
              "SELECT COUNT(*) FROM audit_event a JOIN enrolment e ON e.id = a.entity_id"
                  + " AND a.action = 'ENROLMENT_CREATED' WHERE e.allocation_id = ?",
              allocation));
    }
  }

  @Test
  @DisplayName(
      "a file that fits its allocation is enrolled in chunks side by side (40 rows each here):"
          + " a learner again in a later chunk or in the same chunk is refused by the ledger,"
          + " everything else accepted, and SQL agrees")
  void chunksSideBySide() throws Exception {
    String program = EnrolmentApiIT.program(manager, 100, 100, 10_000);
    String allocation =
        EnrolmentApiIT.allocation(providerA, officer, delegate, program, "NSW", 120);
    // learner 3 again at 95 (first chunk, then third), learner 50 again at 55 (the same chunk)
    List<String> usis = learners(100, 3, 95, 50, 55);

    Api.Reply reply = post(file(program, usis, usis.get(0).toLowerCase()));

    assertEquals(200, reply.status(), reply.body());
    JsonNode rows = reply.json().get("rows");
    assertEquals(98, reply.json().get("accepted").asInt(), reply.body());
    for (int i = 0; i < 100; i++) {
      JsonNode row = rows.get(i);
      assertEquals(i + 2, row.get("line").asInt(), row.toString());
      if (i == 95 || i == 55) {
        assertTrue(row.get("reason").asText().endsWith("[JT-ONE]"), row.toString());
      } else {
        assertTrue(row.get("enrolmentId").isTextual(), row.toString());
      }
    }
    assertEquals(List.of(98L, 98L, 98L, 98L, 98L), written(allocation));
    JsonNode verification =
        Api.as(baseUrl(), "auditor", Api.DEMO_PASSWORD).get("api/v1/audit/verify").json();
    assertTrue(verification.get("valid").asBoolean(), verification.toString());
  }

  @Test
  @DisplayName(
      "a file with more rows than places is enrolled chunk after chunk: the first rows in the"
          + " file take the places, every later row is refused as 'No places left'")
  void moreRowsThanPlacesInFileOrder() throws Exception {
    String program = EnrolmentApiIT.program(manager, 100, 100, 10_000);
    String allocation = EnrolmentApiIT.allocation(providerA, officer, delegate, program, "NSW", 70);
    List<String> usis = learners(100);

    Api.Reply reply = post(file(program, usis, usis.get(0).toLowerCase()));

    assertEquals(200, reply.status(), reply.body());
    JsonNode rows = reply.json().get("rows");
    assertEquals(70, reply.json().get("accepted").asInt(), reply.body());
    for (int i = 0; i < 100; i++) {
      JsonNode row = rows.get(i);
      if (i < 70) {
        assertTrue(row.get("enrolmentId").isTextual(), row.toString());
      } else {
        assertTrue(row.get("reason").asText().startsWith("No places left"), row.toString());
      }
    }
    assertEquals(List.of(70L, 70L, 70L, 70L, 70L), written(allocation));
  }

  @Test
  @DisplayName(
      "a second import of the same learners is refused row by row by the ledger and takes no"
          + " place")
  void secondImportRefusedByLedger() throws Exception {
    String program = EnrolmentApiIT.program(manager);
    String allocation = EnrolmentApiIT.allocation(providerA, officer, delegate, program, "NSW", 10);
    LocalDate start = LocalDate.now().plusDays(7);
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 4; i++) {
      csv.append(
          "%s,Kim,Lee,%s,kim%d@example.org,CHC33021,%s,NSW,%s,CITIZEN,UNEMPLOYED,,\n"
              .formatted(Usis.fresh(), start.minusYears(19), i, start, program));
    }
    assertEquals(4, post(csv.toString()).json().get("accepted").asInt());
    JsonNode again = post(csv.toString()).json();
    assertEquals(0, again.get("accepted").asInt(), again.toString());
    for (JsonNode row : again.get("rows")) {
      assertTrue(row.get("reason").asText().endsWith("[JT-ONE]"), row.toString());
    }
    try (Connection db = TestDatabase.connect()) {
      assertEquals(4, number(db, "SELECT places_used FROM allocation WHERE id = ?", allocation));
      assertEquals(
          4, number(db, "SELECT COUNT(*) FROM enrolment WHERE allocation_id = ?", allocation));
    }
  }

  @Test
  @DisplayName(
      "a file without the header, with the header only or with more than 50,000 rows is refused"
          + " whole (400, naming the file); department users may not import (403)")
  void refusedFiles() {
    assertProblem(post("a,b\n1,2\n"), 400, "file");
    assertProblem(post(HEADER), 400, "file");
    Api.Reply tooMany = post(HEADER + "x\n".repeat(50_001));
    assertProblem(tooMany, 400, "file");
    assertTrue(tooMany.body().contains("at most 50000 rows"), tooMany.body());
    assertEquals(
        403,
        officer
            .postBytes(BULK, "text/csv", (HEADER + "x\n").getBytes(StandardCharsets.UTF_8))
            .status());
  }

  private static String reason(JsonNode rows, int index) {
    return rows.get(index).get("reason").asText();
  }
}
