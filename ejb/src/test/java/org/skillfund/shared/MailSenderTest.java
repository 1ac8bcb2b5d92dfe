package org.skillfund.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MailSenderTest {

  private static final Address[] NONE = {};

  @Test
  @DisplayName("a malformed address, or one the SMTP server refused, will be refused again")
  void refusedAddressIsPermanent() throws AddressException {
    assertTrue(MailSender.isPermanent(new AddressException("Missing final '@domain'")));
    Address[] refused = {new InternetAddress("gone@example.org")};
    assertTrue(
        MailSender.isPermanent(
            new SendFailedException("Invalid Addresses", null, NONE, NONE, refused)));
  }

  @Test
  @DisplayName("an unreachable server or a recipient deferred for now may work next time")
  void otherFailuresPass() throws AddressException {
    assertFalse(
        MailSender.isPermanent(
            new MessagingException("Couldn't connect to host", new ConnectException("refused"))));
    Address[] deferred = {new InternetAddress("busy@example.org")};
    assertFalse(
        MailSender.isPermanent(
            new SendFailedException("Mailbox busy", null, NONE, deferred, NONE)));
    assertFalse(MailSender.isPermanent(new SendFailedException("554 Transaction failed")));
  }

  @Test
  @DisplayName("a failure is described with its causes on one line, without a stack trace")
  void describedWithCauses() {
    assertEquals(
        "MessagingException: Couldn't connect to host, port: localhost, 25; timeout 5000;"
            + " caused by ConnectException: Connection refused",
        MailSender.describe(
            new MessagingException(
                "Couldn't connect to host, port: localhost, 25; timeout 5000",
                new ConnectException("Connection refused"))));
  }
}
