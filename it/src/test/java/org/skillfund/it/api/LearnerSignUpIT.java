package org.skillfund.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.skillfund.it.api.EnrolmentApiIT.ENROLMENTS;
import static org.skillfund.it.api.EnrolmentApiIT.assertProblem;
import static org.skillfund.it.api.EnrolmentApiIT.enrolment;
import static org.skillfund.it.api.EnrolmentApiIT.tokenMailedTo;
import static org.skillfund.it.support.TestDatabase.number;
import static org.skillfund.it.support.TestDatabase.text;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.it.support.Api;
import org.skillfund.it.support.DeployedSkillfund;
import org.skillfund.it.support.Mailbox;
import org.skillfund.it.support.TestDatabase;
import org.skillfund.it.support.Usis;

@DisplayName("A learner with no account makes one from the confirmation link, then answers it")
class LearnerSignUpIT extends DeployedSkillfund {

  static final String ACCOUNTS = "api/v1/learner-accounts";

  private final Api manager = Api.as(baseUrl(), "manager", Api.DEMO_PASSWORD);
  private final Api providerA = Api.as(baseUrl(), "provider-a", Api.DEMO_PASSWORD);
  private final Api officer = Api.as(baseUrl(), "officer", Api.DEMO_PASSWORD);
  private final Api delegate = Api.as(baseUrl(), "delegate", Api.DEMO_PASSWORD);
  private final Api anonymous = Api.anonymous(baseUrl());

  @BeforeAll
  static void mail() {
    Mailbox.start();
  }

  static String body(String token, String username, String usi, LocalDate born, String password) {
    return """
        {"token":"%s","username":"%s","displayName":"Ann Lee","usi":"%s","dateOfBirth":"%s",
         "password":"%s"}"""
        .formatted(token, username, usi, born, password);
  }

  @Test
  @DisplayName(
      "only the link with the enrolment's USI and date of birth makes an account; it answers the"
          + " link once; refusals change nothing")
  void signUpFromLink() throws Exception {
    String program = EnrolmentApiIT.program(manager);
    String allocation = EnrolmentApiIT.allocation(providerA, officer, delegate, program, "NSW", 2);
    String usi = Usis.fresh();
    String email = "ann-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    Api.Reply enrolled = providerA.post(ENROLMENTS, enrolment(allocation, usi, email));
    assertEquals(201, enrolled.status(), enrolled.body());
    String id = enrolled.json().get("id").asText();
    // enrolment(...) enrols the learner born 21 years before a start a week from today
    LocalDate born = LocalDate.now().plusDays(7).minusYears(21);
    String token = tokenMailedTo(email);
    String username = "ann-" + UUID.randomUUID().toString().substring(0, 8);

    long accountsBefore;
    try (Connection db = TestDatabase.connect()) {
      accountsBefore = number(db, "SELECT COUNT(*) FROM user_account WHERE username LIKE ?", "%");
    }
    // bad input, a wrong date of birth, another USI, an unknown link: refused, nothing made
    assertProblem(
        anonymous.post(ACCOUNTS, body(token, "A B", "nope", born, "short")),
        400,
        "username",
        "usi",
        "password");
    assertProblem(
        anonymous.post(
            ACCOUNTS, body(token, username, usi, born.minusDays(1), "a-long-password-1")),
        400,
        "usi");
    assertProblem(
        anonymous.post(ACCOUNTS, body(token, username, Usis.fresh(), born, "a-long-password-1")),
        400,
        "usi");
    assertProblem(
        anonymous.post(ACCOUNTS, body("not-a-token", username, usi, born, "a-long-password-1")),
        404);
    assertProblem(anonymous.post(ACCOUNTS, "{\"token\":"), 400);
    // a badly formed date is named in the same answer as the service's own field problems
    assertProblem(
        anonymous.post(
            ACCOUNTS,
            body(token, "A B", "nope", born, "short").replace(born.toString(), "2004-02-30")),
        400,
        "dateOfBirth",
        "username",
        "usi",
        "password");
    try (Connection db = TestDatabase.connect()) {
      assertEquals(
          accountsBefore,
          number(db, "SELECT COUNT(*) FROM user_account WHERE username LIKE ?", "%"));
    }

    Api.Reply created =
        anonymous.post(
            ACCOUNTS, body(token, username, usi.toLowerCase(), born, "a-long-password-1"));
    assertEquals(201, created.status(), created.body());
    assertEquals(usi, created.json().get("usi").asText());
    assertEquals(email, created.json().get("email").asText());
    try (Connection db = TestDatabase.connect()) {
      assertEquals(usi, text(db, "SELECT usi FROM user_account WHERE username = ?", username));
      assertEquals("LEARNER", text(db, "SELECT role FROM user_role WHERE username = ?", username));
      assertEquals(
          1,
          number(
              db,
              "SELECT COUNT(*) FROM audit_event WHERE action = 'LEARNER_ACCOUNT_CREATED'"
                  + " AND entity_id = ?",
              username));
    }
    // a second account for the same USI is refused
    assertProblem(
        anonymous.post(ACCOUNTS, body(token, username + "-2", usi, born, "a-long-password-1")),
        409);

    // the new learner signs in and confirms; the link is then used up for account making too
    Api ann = Api.as(baseUrl(), username, "a-long-password-1");
    Api.Reply confirmed =
        ann.post(ENROLMENTS + "/confirmations/" + token, "{\"answer\":\"CONFIRM\"}");
    assertEquals(200, confirmed.status(), confirmed.body());
    assertEquals("CONFIRMED", confirmed.json().get("status").asText());
    assertEquals(id, ann.get(ENROLMENTS + "/mine").json().get(0).get("id").asText());
    assertProblem(
        anonymous.post(ACCOUNTS, body(token, username + "-3", usi, born, "a-long-password-1")),
        409);
  }
}
