package org.skillfund.shared;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the outbox: every 5 seconds, the unsent mails that are due, oldest first, at most
 * {@value #BATCH} a run, over SMTP as configured by {@code skillfund.mail.*}.
 *
 * <p>Delivery is at least once. Each mail is claimed with a conditional update before it is sent,
 * so of several servers sharing the database only one sends it; the claim is a lease of {@link
 * #LEASE}, after which the mail is due again. A server that stops between the SMTP server's "OK"
 * and recording {@code sent_at} therefore has that mail sent a second time (same Message-ID) by the
 * next run after the lease. A failed attempt is recorded with its error and retried as {@link
 * MailRetryPolicy} says; a mail given up stays in the table unsent, with its last error.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

  static final int BATCH = 50;

  /** Longer than one mail can take with the timeouts below, so a live claim never runs out. */
  static final Duration LEASE = Duration.ofMinutes(2);

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
  private static final int CONNECT_TIMEOUT_MS = 5_000;
  private static final int READ_WRITE_TIMEOUT_MS = 10_000;

  @EJB private MailOutbox outbox;

  @Inject
  @ConfigProperty(name = "skillfund.mail.enabled", defaultValue = "true")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "skillfund.mail.host", defaultValue = "localhost")
  String host;

  @Inject
  @ConfigProperty(name = "skillfund.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(
      name = "skillfund.mail.from",
      defaultValue = "Skillfund <no-reply@skillfund.example>")
  String from;

  @Inject
  @ConfigProperty(name = "skillfund.mail.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "skillfund.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "skillfund.mail.starttls", defaultValue = "false")
  boolean starttls;

  /** Timer runs never overlap: a run that finds the previous one still busy does nothing. */
  private final AtomicBoolean running = new AtomicBoolean();

  private Session session;

  @PostConstruct
  void configure() {
    Properties smtp = new Properties();
    smtp.setProperty("mail.transport.protocol", "smtp");
    smtp.setProperty("mail.smtp.host", host);
    smtp.setProperty("mail.smtp.port", Integer.toString(port));
    smtp.setProperty("mail.smtp.connectiontimeout", Integer.toString(CONNECT_TIMEOUT_MS));
    smtp.setProperty("mail.smtp.timeout", Integer.toString(READ_WRITE_TIMEOUT_MS));
    smtp.setProperty("mail.smtp.writetimeout", Integer.toString(READ_WRITE_TIMEOUT_MS));
    smtp.setProperty("mail.smtp.auth", Boolean.toString(username.isPresent()));
    smtp.setProperty("mail.smtp.starttls.enable", Boolean.toString(starttls));
    smtp.setProperty("mail.smtp.starttls.required", Boolean.toString(starttls));
    session = Session.getInstance(smtp);
    LOG.info(
        () ->
            enabled
                ? "Mail outbox sends through " + host + ":" + port + (starttls ? " (STARTTLS)" : "")
                : "Mail sending is switched off (skillfund.mail.enabled=false); mails stay queued");
  }

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false, info = "mail outbox")
  void sendDueMails() {
    if (!enabled || !running.compareAndSet(false, true)) {
      return;
    }
    try {
      sendDue(Instant.now());
    } catch (RuntimeException e) {
      // the database is away, or similar: the mails stay due and the next run tries again
      LOG.warning(() -> "Mail outbox run stopped: " + e);
    } finally {
      running.set(false);
    }
  }

  private void sendDue(Instant now) {
    List<String> due = outbox.due(now, BATCH);
    if (due.isEmpty()) {
      return;
    }
    InternetAddress sender;
    try {
      sender = new InternetAddress(from, true);
    } catch (AddressException e) {
      LOG.warning(() -> "skillfund.mail.from is not an e-mail address (" + e.getMessage() + ")");
      return;
    }
    String token = UUID.randomUUID().toString();
    try (SmtpConnection smtp = new SmtpConnection()) {
      for (String id : due) {
        Instant claimedAt = Instant.now();
        Optional<OutboxMail> claimed = outbox.claim(id, token, claimedAt, claimedAt.plus(LEASE));
        if (claimed.isPresent() && !deliver(claimed.get(), token, sender, smtp)) {
          return;
        }
      }
    }
  }

  /** Sends one claimed mail and records the outcome; false when the SMTP server is unreachable. */
  private boolean deliver(
      OutboxMail mail, String token, InternetAddress sender, SmtpConnection smtp) {
    try {
      smtp.send(compose(mail, sender));
    } catch (MessagingException e) {
      smtp.close();
      recordFailure(mail, token, e, isPermanent(e));
      // only when the server answered (or the address never reached it) is the next mail worth it
      return e instanceof SendFailedException || e instanceof AddressException;
    } catch (RuntimeException e) {
      // counted like any failure, so a mail that always breaks the mail library is given up
      smtp.close();
      recordFailure(mail, token, e, false);
      return true;
    }
    if (!outbox.markSent(mail.getId(), token, Instant.now())) {
      LOG.warning(
          () ->
              "Mail "
                  + mail.getId()
                  + " was sent after its claim ran out; another server may send it again");
    }
    return true;
  }

  private void recordFailure(OutboxMail mail, String token, Exception e, boolean permanent) {
    int attempts = mail.getAttempts() + 1;
    Optional<Instant> next = MailRetryPolicy.nextAttempt(attempts, permanent, Instant.now());
    String error = OutboxMail.lastErrorOf(describe(e));
    outbox.markFailed(mail.getId(), token, attempts, error, next);
    if (next.isPresent()) {
      LOG.info(
          () ->
              "Mail "
                  + mail.getId()
                  + " failed (attempt "
                  + attempts
                  + "), next try at "
                  + next.get()
                  + ": "
                  + error);
    } else {
      LOG.warning(() -> "Mail " + mail.getId() + " given up (attempt " + attempts + "): " + error);
    }
  }

  /** The failure and its causes, one line each, without stack traces. */
  static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder();
    Throwable cause = failure;
    for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
      String line = cause.getClass().getSimpleName() + ": " + cause.getMessage();
      if (text.indexOf(line) < 0) {
        text.append(text.length() == 0 ? "" : "; caused by ").append(line);
      }
    }
    return text.toString();
  }

  /** A refused address will be refused again; anything else may go away (server down, 4xx). */
  static boolean isPermanent(MessagingException e) {
    if (e instanceof AddressException) {
      return true;
    }
    return e instanceof SendFailedException refused
        && refused.getInvalidAddresses() != null
        && refused.getInvalidAddresses().length > 0;
  }

  private MimeMessage compose(OutboxMail mail, InternetAddress sender) throws MessagingException {
    MimeMessage message = new OutboxMessage(session, messageId(mail, sender));
    message.setFrom(sender);
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
    message.setSubject(mail.getSubject(), StandardCharsets.UTF_8.name());
    message.setText(mail.getBody(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    message.saveChanges();
    return message;
  }

  /** The same for every attempt, so a mail that arrives twice can be recognised as one. */
  private static String messageId(OutboxMail mail, InternetAddress sender) {
    String address = sender.getAddress();
    return "<" + mail.getId() + ".outbox" + address.substring(address.indexOf('@')) + ">";
  }

  /** A message whose Message-ID is the outbox id rather than a new random one. */
  private static final class OutboxMessage extends MimeMessage {

    private final String messageId;

    OutboxMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }

  /** One SMTP connection for a run, opened when the first mail is ready. */
  private final class SmtpConnection implements AutoCloseable {

    private Transport transport;

    void send(MimeMessage message) throws MessagingException {
      if (transport == null || !transport.isConnected()) {
        transport = session.getTransport("smtp");
        transport.connect(username.orElse(null), password.orElse(null));
      }
      transport.sendMessage(message, message.getAllRecipients());
    }

    @Override
    public void close() {
      if (transport == null) {
        return;
      }
      try {
        transport.close();
      } catch (MessagingException e) {
        LOG.log(Level.FINE, "SMTP connection did not close cleanly", e);
      } finally {
        transport = null;
      }
    }
  }
}
