package org.skillfund.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

  private static final Instant NOW = Instant.parse("2026-03-02T09:15:30.123456789Z");
  private static Validator validator;

  @BeforeAll
  static void createValidator() {
    validator = Validation.buildDefaultValidatorFactory().getValidator();
  }

  private static OutboxMail mail(String recipient, String subject, String body) {
    return OutboxMail.queue(recipient, subject, body, NOW);
  }

  private static Set<String> violatedProperties(OutboxMail mail) {
    return validator.validate(mail).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  @Test
  @DisplayName("a new mail is valid, unsent, never tried and due at once")
  void newMailIsDueAtOnce() {
    OutboxMail mail =
        mail("priya@harbourside.example", "Your application was approved", "Dear Priya, ...");
    assertEquals(Set.of(), violatedProperties(mail));
    assertEquals(36, mail.getId().length());
    assertEquals(0, mail.getAttempts());
    assertNull(mail.getSentAt());
    assertNull(mail.getLastError());
    assertEquals(Instant.parse("2026-03-02T09:15:30.123Z"), mail.getCreatedAt());
    assertEquals(mail.getCreatedAt(), mail.getNextAttemptAt());
    assertFalse(mail.isAbandoned());
  }

  @Test
  @DisplayName("each new mail has its own id")
  void idsDiffer() {
    assertNotEquals(mail("a@b.example", "s", "b").getId(), mail("a@b.example", "s", "b").getId());
  }

  @Test
  @DisplayName("a recipient that is not an e-mail address, or none, is refused")
  void recipientMustBeAnAddress() {
    assertEquals(Set.of("recipient"), violatedProperties(mail("priya at example", "s", "b")));
    assertEquals(Set.of("recipient"), violatedProperties(mail("", "s", "b")));
    assertEquals(Set.of("recipient"), violatedProperties(mail(null, "s", "b")));
    String longer = "a".repeat(64) + "@" + ("b".repeat(63) + ".").repeat(3) + "example";
    assertTrue(longer.length() > 254, "" + longer.length());
    assertEquals(Set.of("recipient"), violatedProperties(mail(longer, "s", "b")));
  }

  @Test
  @DisplayName("a subject must be one line of at most 200 characters")
  void subjectIsOneShortLine() {
    assertEquals(Set.of(), violatedProperties(mail("a@b.example", "x".repeat(200), "b")));
    assertEquals(Set.of("subject"), violatedProperties(mail("a@b.example", "x".repeat(201), "b")));
    assertEquals(Set.of("subject"), violatedProperties(mail("a@b.example", " ", "b")));
    assertEquals(
        Set.of("subject"),
        violatedProperties(mail("a@b.example", "Approved\r\nBcc: someone@else.example", "b")));
  }

  @Test
  @DisplayName("a body is plain text of at most 20,000 characters and may have several lines")
  void bodyLength() {
    assertEquals(
        Set.of(),
        violatedProperties(mail("a@b.example", "s", "line 1\nline 2\n" + "x".repeat(19_986))));
    assertEquals(Set.of("body"), violatedProperties(mail("a@b.example", "s", "x".repeat(20_001))));
    assertEquals(Set.of("body"), violatedProperties(mail("a@b.example", "s", null)));
  }

  @Test
  @DisplayName("the stored error is the message on one line, cut to 1,000 characters")
  void lastErrorIsOneShortLine() {
    assertEquals(
        "Couldn't connect to host, port: localhost, 25; nested exception is: java.net.ConnectException: Connection refused",
        OutboxMail.lastErrorOf(
            "Couldn't connect to host, port: localhost, 25;\n  nested exception is:\n\tjava.net.ConnectException: Connection refused\n"));
    String cut = OutboxMail.lastErrorOf("e".repeat(5_000));
    assertEquals(1_000, cut.length());
    assertTrue(cut.endsWith("…"));
    assertEquals("unknown error", OutboxMail.lastErrorOf(null));
    assertEquals("unknown error", OutboxMail.lastErrorOf(" \n "));
  }
}
