package org.skillfund.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.it.support.DeployedSkillfund;
import org.skillfund.it.support.Mailbox;
import org.skillfund.it.support.OutboxTable;

/**
 * The outbox sender of the deployed application, fed through the table (no workflow sends mail yet)
 * and watched at the test SMTP server. The sender runs every 5 seconds.
 */
@DisplayName("Mail outbox delivery")
class MailOutboxIT extends DeployedSkillfund {

  // A run every 5 s delivers within about 5 s; the margin is for a busy 2-core machine, where
  // timers run late. The waits end as soon as the mail is there.
  private static final Duration DELIVERY = Duration.ofSeconds(30);
  private static final Duration MARKED = Duration.ofSeconds(10);

  @BeforeAll
  static void smtpServer() {
    Mailbox.start();
  }

  private static String freshRecipient() {
    return "learner-" + UUID.randomUUID() + "@example.org";
  }

  private static String freshSubject(String topic) {
    return topic + " " + UUID.randomUUID();
  }

  @Test
  @DisplayName("a queued mail reaches the SMTP server within seconds and is marked sent")
  void queuedMailIsDelivered() throws Exception {
    String recipient = freshRecipient();
    String subject = freshSubject("Your application was approved");
    String id =
        OutboxTable.queue(recipient, subject, "Dear learner,\nyour application was approved.");

    List<MimeMessage> received = Mailbox.waitFor(recipient, subject::equals, DELIVERY);

    assertEquals(1, received.size(), "mails received for " + recipient);
    MimeMessage mail = received.get(0);
    assertEquals(
        "Dear learner,\nyour application was approved.",
        mail.getContent().toString().replace("\r\n", "\n"));
    assertTrue(mail.getContentType().startsWith("text/plain"), mail.getContentType());
    assertEquals("no-reply@skillfund.example", ((InternetAddress) mail.getFrom()[0]).getAddress());
    assertTrue(mail.getMessageID().contains(id), mail.getMessageID());
    OutboxTable.Row row = OutboxTable.waitUntil(id, OutboxTable.Row::isSent, MARKED);
    assertEquals(0, row.attempts());
    assertNull(row.lastError());
    assertNull(row.claimToken());
  }

  @Test
  @DisplayName("a mail to a malformed address fails once, keeps the error and is given up")
  void malformedAddressIsGivenUp() {
    String recipient = "no-at-sign-" + UUID.randomUUID();
    String id = OutboxTable.queue(recipient, freshSubject("Undeliverable"), "Never sent.");

    OutboxTable.Row row = OutboxTable.waitUntil(id, r -> r.attempts() > 0, DELIVERY);

    assertEquals(1, row.attempts());
    assertNotNull(row.lastError());
    assertTrue(row.lastError().startsWith("AddressException"), row.lastError());
    assertNull(row.sentAt());
    assertNull(row.nextAttemptAt(), "given up: no further attempt");
    assertNull(row.claimToken());
  }

  @Test
  @DisplayName("while the SMTP server is down a mail waits, and it is sent once the server is back")
  void outageIsRetried() {
    String recipient = freshRecipient();
    String subject = freshSubject("Your claim was paid");
    Mailbox.stop();
    String id;
    OutboxTable.Row failed;
    try {
      id = OutboxTable.queue(recipient, subject, "Paid.");
      failed = OutboxTable.waitUntil(id, r -> r.attempts() > 0, DELIVERY);
    } finally {
      Mailbox.start();
    }
    assertEquals(1, failed.attempts());
    assertNull(failed.sentAt());
    assertNotNull(failed.nextAttemptAt(), "tried again later");
    assertTrue(failed.lastError().contains("Couldn't connect"), failed.lastError());

    assertEquals(1, Mailbox.waitFor(recipient, subject::equals, DELIVERY.plusSeconds(5)).size());
    OutboxTable.Row sent = OutboxTable.waitUntil(id, OutboxTable.Row::isSent, MARKED);
    assertEquals(1, sent.attempts(), "the failed attempt stays counted");
  }

  @Test
  @DisplayName("a mail another server holds is left alone until its claim runs out, then sent once")
  void claimedMailIsLeftToItsHolder() throws Exception {
    String recipient = freshRecipient();
    String subject = freshSubject("Your enrolment was confirmed");
    String id =
        OutboxTable.queueClaimed(
            recipient, subject, "Confirmed.", "another-server", Instant.now().plusSeconds(60));

    // two sender runs go by
    Thread.sleep(Duration.ofSeconds(11).toMillis());
    assertTrue(Mailbox.received(recipient, s -> true).isEmpty());
    assertNull(OutboxTable.find(id).orElseThrow().sentAt());

    // the other server died with the claim: after the lease it is this server's to send
    OutboxTable.setNextAttemptAt(id, Instant.now().minusSeconds(1));
    assertEquals(1, Mailbox.waitFor(recipient, subject::equals, DELIVERY).size());
    OutboxTable.Row sent = OutboxTable.waitUntil(id, OutboxTable.Row::isSent, MARKED);
    assertNull(sent.claimToken());
  }
}
