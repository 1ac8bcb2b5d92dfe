package org.skillfund.it.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The SMTP server the deployed application sends to: one GreenMail server for the whole test JVM on
 * 127.0.0.1 and {@code it.mail.port} (3025; the failsafe configuration gives Payara the same port
 * as {@code SKILLFUND_MAIL_PORT}). It starts when a test first needs it and stops when the JVM
 * ends. Payara sends every 5 seconds, so tests wait for mail with {@link #waitFor}. A mail Payara
 * tried to send before the server started is retried 5 s after its failed attempt.
 */
public final class Mailbox {

  private static final String HOST = "127.0.0.1";
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Duration BIND_PATIENCE = Duration.ofSeconds(60);

  private static GreenMail server;
  private static boolean stopAtExit;

  private Mailbox() {}

  /** The port the server listens on. */
  public static int port() {
    return Integer.getInteger("it.mail.port", 3025);
  }

  /**
   * Starts the server unless it runs. Waits for the port while another test JVM (a previous run's
   * H2 or PostgreSQL execution) still holds it.
   */
  public static synchronized void start() {
    if (server != null) {
      return;
    }
    Instant deadline = Instant.now().plus(BIND_PATIENCE);
    while (true) {
      GreenMail candidate =
          new GreenMail(new ServerSetup(port(), HOST, ServerSetup.PROTOCOL_SMTP))
              .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
      try {
        candidate.start();
        server = candidate;
        break;
      } catch (RuntimeException portInUse) {
        candidate.stop();
        if (Instant.now().isAfter(deadline)) {
          throw new IllegalStateException(
              "no SMTP test server on " + HOST + ":" + port(), portInUse);
        }
        sleep(Duration.ofSeconds(1));
      }
    }
    if (!stopAtExit) {
      Runtime.getRuntime().addShutdownHook(new Thread(Mailbox::stop, "mailbox-stop"));
      stopAtExit = true;
    }
  }

  /** Stops the server (a test of an SMTP outage); the next {@link #start} starts a new one. */
  public static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }

  /**
   * Messages received for {@code recipient} whose subject matches, waiting up to {@code timeout}
   * for the first; empty when none came in time.
   */
  public static List<MimeMessage> waitFor(
      String recipient, Predicate<String> subject, Duration timeout) {
    start();
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      List<MimeMessage> found = received(recipient, subject);
      if (!found.isEmpty() || Instant.now().isAfter(deadline)) {
        return found;
      }
      sleep(POLL);
    }
  }

  /** Messages received so far for {@code recipient} whose subject matches, without waiting. */
  public static List<MimeMessage> received(String recipient, Predicate<String> subject) {
    GreenMail running = running();
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage message : running.getReceivedMessages()) {
      try {
        if (isFor(message, recipient) && subject.test(message.getSubject())) {
          found.add(message);
        }
      } catch (MessagingException e) {
        throw new IllegalStateException("unreadable test mail", e);
      }
    }
    return found;
  }

  /** Forgets every message received so far. */
  public static void purge() {
    try {
      running().purgeEmailFromAllMailboxes();
    } catch (FolderException e) {
      throw new IllegalStateException(e);
    }
  }

  private static synchronized GreenMail running() {
    start();
    return server;
  }

  private static boolean isFor(MimeMessage message, String recipient) throws MessagingException {
    Address[] to = message.getAllRecipients();
    if (to == null) {
      return false;
    }
    for (Address address : to) {
      if (address instanceof InternetAddress internet
          && recipient.equalsIgnoreCase(internet.getAddress())) {
        return true;
      }
    }
    return false;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for mail", e);
    }
  }
}
