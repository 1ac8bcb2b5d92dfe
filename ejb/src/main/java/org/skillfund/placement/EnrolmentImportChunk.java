package org.skillfund.placement;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.skillfund.audit.AuditService;
import org.skillfund.eligibility.EligibilityDecision;
import org.skillfund.eligibility.FundedStart;
import org.skillfund.eligibility.RuleTrace;
import org.skillfund.identity.Caller;
import org.skillfund.identity.Callers;
import org.skillfund.identity.Role;
import org.skillfund.placement.BulkEnrolmentPlan.Candidate;
import org.skillfund.placement.BulkEnrolmentPlan.Decided;
import org.skillfund.placement.EnrolmentImport.RowResult;
import org.skillfund.provider.EvidenceCheck;
import org.skillfund.shared.ForbiddenException;
import org.skillfund.shared.OutboxMail;

/**
 * Enrols one chunk of a bulk file in one transaction of its own, doing for every row what a single
 * enrolment does, set-based: the learners' lock rows are created if missing and locked in USI order
 * before the ledger is read; the eligibility checks, funded starts, enrolments, confirmation links
 * and mails are inserted a few statements at a time; then each allocation's places are consumed
 * with one conditional update, and the chain head is taken once for all the rows' audit events.
 * Lock order as everywhere: learners, allocations, audit chain head. A rejected row writes nothing;
 * any error rolls the whole chunk back.
 *
 * <p>Two ways to count places. {@link #enrol} locks the allocations first and refuses the rows that
 * find none left ("no places left"), as single enrolments one after the other would. {@link
 * #enrolAhead} runs in the background and locks no allocation until the end: it assumes every
 * eligible row finds a place, so chunks of one file can be written side by side, and the
 * conditional update at the end settles it; if an allocation no longer has the places, the chunk is
 * rolled back with {@link PlacesTakenMeanwhile} and the importer runs it again with {@link #enrol}.
 * Places can never be over-used either way: the database refuses the update.
 */
@Stateless
public class EnrolmentImportChunk {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Logger LOG = Logger.getLogger(EnrolmentImportChunk.class.getName());

  @Resource(lookup = "java:app/jdbc/skillfund")
  private DataSource dataSource;

  @EJB private AuditService audit;

  @EJB private Callers callers;

  @Inject private Validator validator;

  @Inject
  @ConfigProperty(name = "skillfund.public-url", defaultValue = "http://localhost:8080/skillfund/")
  private String publicUrl;

  /**
   * Decides and enrols the candidates (well-formed rows matched to the caller's own allocations by
   * {@link EnrolmentImport}), in file order, counting places under the allocations' locks; returns
   * each one's outcome in the same order.
   */
  @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_STAFF})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<RowResult> enrol(List<Candidate> candidates) {
    return enrol(candidates, true);
  }

  /**
   * The same in the background, side by side with other chunks of the file whose learners are not
   * its own: no allocation is locked until the end, when one conditional update per allocation
   * takes the places of all the accepted rows. The future fails with {@link PlacesTakenMeanwhile}
   * (and nothing is written) if an allocation no longer has them.
   */
  @RolesAllowed({Role.Names.PROVIDER_ADMIN, Role.Names.PROVIDER_STAFF})
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  @Asynchronous
  public Future<List<RowResult>> enrolAhead(List<Candidate> candidates) {
    return new AsyncResult<>(enrol(candidates, false));
  }

  /** An allocation had fewer places at the end of a chunk written ahead than its rows took. */
  @ApplicationException(rollback = true)
  public static class PlacesTakenMeanwhile extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PlacesTakenMeanwhile(String allocationId) {
      super("allocation " + allocationId + " has fewer places left than the chunk's rows took");
    }
  }

  private List<RowResult> enrol(List<Candidate> candidates, boolean locked) {
    Caller caller = callers.current();
    for (Candidate x : candidates) {
      if (!x.allocation().getProviderId().equals(caller.providerId())) {
        throw new ForbiddenException("Only your own allocations can take your enrolments.");
      }
    }
    try (Connection connection = dataSource.getConnection()) {
      return enrol(connection, candidates, caller.username(), locked);
    } catch (SQLException e) {
      throw new IllegalStateException("bulk enrolment chunk failed: " + e.getMessage(), e);
    }
  }

  private List<RowResult> enrol(
      Connection c, List<Candidate> candidates, String username, boolean locked)
      throws SQLException {
    long t0 = System.nanoTime();
    Instant now = Instant.now();
    Timestamp at = Timestamp.from(now);
    Set<String> usis =
        candidates.stream().map(x -> x.row().usi()).collect(Collectors.toCollection(TreeSet::new));
    ensureLearners(c, usis, at);
    lock(c, "SELECT usi FROM learner WHERE usi IN (%s) ORDER BY usi FOR UPDATE", usis);
    Set<String> allocationIds =
        candidates.stream()
            .map(x -> x.allocation().getId())
            .collect(Collectors.toCollection(TreeSet::new));
    // written ahead, every eligible row is assumed to find a place; the update at the end checks
    Map<String, Integer> placesLeft =
        locked
            ? lockedPlacesLeft(c, allocationIds)
            : allocationIds.stream().collect(Collectors.toMap(id -> id, id -> Integer.MAX_VALUE));
    Map<String, List<FundedStart>> ledger = ledgerOf(c, usis);
    long tLocked = System.nanoTime();

    // The mail is checked like the single enrolment's (a bad one refuses the row) before places.
    List<Candidate> mailable = new ArrayList<>(candidates.size());
    Map<Candidate, String> refused = new IdentityHashMap<>();
    Map<Candidate, String> tokens = new IdentityHashMap<>();
    Map<Candidate, OutboxMail> mails = new IdentityHashMap<>();
    for (Candidate x : candidates) {
      String token = token();
      OutboxMail mail =
          OutboxMail.queue(
              x.row().learner().email(),
              EnrolmentMail.subject(x.course()),
              EnrolmentMail.body(
                  x.row().learner().givenName(), x.course(), x.row().startDate(), publicUrl, token),
              now);
      Set<ConstraintViolation<OutboxMail>> violations = validator.validate(mail);
      if (violations.isEmpty()) {
        mailable.add(x);
        tokens.put(x, token);
        mails.put(x, mail);
      } else {
        refused.put(
            x,
            violations.stream()
                .map(v -> "email " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; ")));
      }
    }
    long t1 = System.nanoTime();
    List<Decided> decided = BulkEnrolmentPlan.decide(mailable, ledger, placesLeft);
    long t2 = System.nanoTime();

    BulkInsert checks =
        new BulkInsert(
            "eligibility_check",
            "id,checked_at,program_code,rule_set_version,state,course_code,course_start_date,"
                + "date_of_birth,residency,employment_status,school_student,usi,"
                + "highest_aqf_level_held,eligible,max_student_fee_cents,outcomes",
            Types.VARCHAR,
            Types.TIMESTAMP,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.DATE,
            Types.DATE,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BOOLEAN,
            Types.VARCHAR,
            Types.INTEGER,
            Types.BOOLEAN,
            Types.BIGINT,
            Types.VARCHAR);
    BulkInsert starts =
        new BulkInsert(
            "funded_start",
            "id,usi,program_code,course_code,qualification,aqf_level,start_date,end_date",
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.BOOLEAN,
            Types.INTEGER,
            Types.DATE,
            Types.DATE);
    BulkInsert enrolments =
        new BulkInsert(
            "enrolment",
            "id,allocation_id,provider_id,program_code,course_code,state,usi,given_name,"
                + "family_name,date_of_birth,email,start_date,status,eligibility_check_id,"
                + "rule_set_version,ledger_entry_id,created_by,created_at,updated_by,updated_at",
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.DATE,
            Types.VARCHAR,
            Types.DATE,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.TIMESTAMP,
            Types.VARCHAR,
            Types.TIMESTAMP);
    BulkInsert links =
        new BulkInsert(
            "enrolment_link",
            "token_sha256,enrolment_id,created_at,expires_at",
            Types.VARCHAR,
            Types.VARCHAR,
            Types.TIMESTAMP,
            Types.TIMESTAMP);
    BulkInsert outbox =
        new BulkInsert(
            "mail_outbox",
            "id,recipient,subject,body,created_at,attempts,next_attempt_at",
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.VARCHAR,
            Types.TIMESTAMP,
            Types.INTEGER,
            Types.TIMESTAMP);
    List<AuditService.Entry> events = new ArrayList<>();
    Map<Candidate, String> enrolled = new IdentityHashMap<>();
    for (Decided d : decided) {
      Candidate x = d.candidate();
      if (!d.accepted()) {
        refused.put(x, d.refusal());
        continue;
      }
      EnrolmentRow row = x.row();
      Allocation allocation = x.allocation();
      EligibilityDecision decision = d.decision();
      String checkId = UUID.randomUUID().toString();
      String startId = UUID.randomUUID().toString();
      String enrolmentId = UUID.randomUUID().toString();
      checks.add(
          checkId,
          at,
          decision.programCode(),
          decision.ruleSetVersion(),
          row.state().name(),
          x.course().getCode(),
          Date.valueOf(row.startDate()),
          Date.valueOf(row.learner().dateOfBirth()),
          row.residency().name(),
          row.employmentStatus().name(),
          row.schoolStudent(),
          row.usi(),
          row.highestAqfLevelHeld(),
          decision.eligible(),
          decision.maxStudentFeeCents(),
          RuleTrace.json(decision.outcomes()));
      FundedStart start = d.start();
      starts.add(
          startId,
          row.usi(),
          start.programCode(),
          start.courseCode(),
          start.qualification(),
          start.aqfLevel(),
          Date.valueOf(start.startDate()),
          null);
      enrolments.add(
          enrolmentId,
          allocation.getId(),
          allocation.getProviderId(),
          allocation.getProgramCode(),
          allocation.getCourseCode(),
          allocation.getState().name(),
          row.usi(),
          row.learner().givenName(),
          row.learner().familyName(),
          Date.valueOf(row.learner().dateOfBirth()),
          row.learner().email(),
          Date.valueOf(row.startDate()),
          EnrolmentStatus.PENDING_LEARNER_CONFIRMATION.name(),
          checkId,
          decision.ruleSetVersion(),
          startId,
          username,
          at,
          username,
          at);
      links.add(
          EvidenceCheck.sha256(tokens.get(x).getBytes(StandardCharsets.US_ASCII)),
          enrolmentId,
          at,
          Timestamp.from(now.plus(EnrolmentLink.VALID_FOR)));
      OutboxMail mail = mails.get(x);
      outbox.add(
          mail.getId(),
          mail.getRecipient(),
          mail.getSubject(),
          mail.getBody(),
          Timestamp.from(mail.getCreatedAt()),
          mail.getAttempts(),
          Timestamp.from(mail.getNextAttemptAt()));
      // the words of a single enrolment's audit event
      events.add(
          EnrolmentService.created(
              username,
              row.usi(),
              allocation,
              row.startDate(),
              enrolmentId,
              startId,
              decision.ruleSetVersion(),
              checkId));
      enrolled.put(x, enrolmentId);
    }
    // parents before children: enrolment references learner and allocation, the link enrolment
    long t3 = System.nanoTime();
    checks.execute(c);
    long t4 = System.nanoTime();
    starts.execute(c);
    enrolments.execute(c);
    links.execute(c);
    outbox.execute(c);
    consumePlaces(c, BulkEnrolmentPlan.placesTaken(decided), locked);
    long t5 = System.nanoTime();
    audit.recordAll(events);
    long t6 = System.nanoTime();
    if (LOG.isLoggable(Level.FINE)) {
      LOG.fine(
          String.format(
              "bulk enrolment chunk of %d rows, %d accepted: learners, locks and ledger %d ms,"
                  + " mails %d ms,"
                  + " decisions %d ms, rows built %d ms, checks %d ms, starts, enrolments, links,"
                  + " mails and places %d ms, audit %d ms (%s)",
              candidates.size(),
              events.size(),
              (tLocked - t0) / 1_000_000,
              (t1 - tLocked) / 1_000_000,
              (t2 - t1) / 1_000_000,
              (t3 - t2) / 1_000_000,
              (t4 - t3) / 1_000_000,
              (t5 - t4) / 1_000_000,
              (t6 - t5) / 1_000_000,
              locked ? "places counted under lock" : "written ahead"));
    }

    List<RowResult> results = new ArrayList<>(candidates.size());
    for (Candidate x : candidates) {
      String id = enrolled.get(x);
      results.add(
          new RowResult(x.row().line(), x.row().usi(), id, id == null ? refused.get(x) : null));
    }
    return results;
  }

  /**
   * Creates the lock rows of learners seen for the first time in one statement (PostgreSQL: an
   * insert from the array of USIs that skips those that exist, also when another transaction
   * creates one at the same moment; H2: a batched MERGE), in USI order.
   */
  private static void ensureLearners(Connection c, Set<String> usis, Timestamp at)
      throws SQLException {
    if (c.isWrapperFor(PGConnection.class)) {
      try (PreparedStatement statement =
          c.prepareStatement(
              "INSERT INTO learner (usi, first_seen_at) SELECT u, ? FROM unnest(?) AS u"
                  + " ORDER BY u ON CONFLICT (usi) DO NOTHING")) {
        statement.setTimestamp(1, at);
        statement.setArray(2, c.createArrayOf("varchar", usis.toArray()));
        statement.executeUpdate();
      }
      return;
    }
    try (PreparedStatement statement =
        c.prepareStatement(
            "MERGE INTO learner t USING (SELECT CAST(? AS VARCHAR(10)) AS usi,"
                + " CAST(? AS TIMESTAMP) AS seen) s ON t.usi = s.usi"
                + " WHEN NOT MATCHED THEN INSERT (usi, first_seen_at) VALUES (s.usi, s.seen)")) {
      for (String usi : usis) {
        statement.setString(1, usi);
        statement.setTimestamp(2, at);
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  private static void lock(Connection c, String sql, Set<String> keys) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(in(sql, keys.size()))) {
      bindAll(statement, keys);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          // the rows are locked as they are read
        }
      }
    }
  }

  private static Map<String, Integer> lockedPlacesLeft(Connection c, Set<String> ids)
      throws SQLException {
    Map<String, Integer> left = new HashMap<>();
    try (PreparedStatement statement =
        c.prepareStatement(
            in(
                "SELECT id, places, places_used FROM allocation WHERE id IN (%s)"
                    + " ORDER BY id FOR UPDATE",
                ids.size()))) {
      bindAll(statement, ids);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          left.put(rs.getString(1), rs.getInt(2) - rs.getInt(3));
        }
      }
    }
    return left;
  }

  private static Map<String, List<FundedStart>> ledgerOf(Connection c, Set<String> usis)
      throws SQLException {
    Map<String, List<FundedStart>> ledger = new HashMap<>();
    try (PreparedStatement statement =
        c.prepareStatement(
            in(
                "SELECT usi, program_code, course_code, qualification, aqf_level, start_date,"
                    + " end_date FROM funded_start WHERE usi IN (%s)",
                usis.size()))) {
      bindAll(statement, usis);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          int level = rs.getInt(5);
          Integer aqfLevel = rs.wasNull() ? null : level;
          Date end = rs.getDate(7);
          ledger
              .computeIfAbsent(rs.getString(1), u -> new ArrayList<>())
              .add(
                  new FundedStart(
                      rs.getString(2),
                      rs.getString(3),
                      rs.getBoolean(4),
                      aqfLevel,
                      rs.getDate(6).toLocalDate(),
                      end == null ? null : end.toLocalDate()));
        }
      }
    }
    return ledger;
  }

  /**
   * One conditional update per allocation, in id order. A place count that no longer fits is a
   * system error when the allocations were locked, and {@link PlacesTakenMeanwhile} when not.
   */
  private static void consumePlaces(Connection c, Map<String, Integer> taken, boolean locked)
      throws SQLException {
    try (PreparedStatement statement =
        c.prepareStatement(
            "UPDATE allocation SET places_used = places_used + ?"
                + " WHERE id = ? AND places_used + ? <= places")) {
      for (Map.Entry<String, Integer> e : new TreeMap<>(taken).entrySet()) {
        statement.setInt(1, e.getValue());
        statement.setString(2, e.getKey());
        statement.setInt(3, e.getValue());
        if (statement.executeUpdate() != 1) {
          if (!locked) {
            throw new PlacesTakenMeanwhile(e.getKey());
          }
          throw new IllegalStateException(
              "allocation " + e.getKey() + " has fewer places than counted under its lock");
        }
      }
    }
  }

  private static String in(String sql, int n) {
    return sql.replace("%s", String.join(",", Collections.nCopies(n, "?")));
  }

  private static void bindAll(PreparedStatement statement, Set<String> keys) throws SQLException {
    int i = 1;
    for (String key : keys) {
      statement.setString(i++, key);
    }
  }

  private static String token() {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
  }
}
