package org.skillfund.eligibility;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.skillfund.audit.AuditService;
import org.skillfund.catalog.TrainingProduct;
import org.skillfund.identity.Role;
import org.skillfund.shared.InvalidRequestException;
import org.skillfund.shared.NotFoundException;

/**
 * Fills a training or benchmark installation with synthetic eligibility checks, decided by the
 * published rules like real ones, so what-if runs can be tried and measured at volume. Off unless
 * {@code skillfund.synthetic-data.enabled=true}; never enable it where real learners check.
 */
@Stateless
@TransactionManagement(TransactionManagementType.BEAN)
public class SyntheticChecksService {

  /** Most checks one request may generate. */
  public static final int MAX_COUNT = 1_000_000;

  private static final int CHUNK = 2_000;

  @PersistenceContext(unitName = "skillfund")
  private EntityManager em;

  @Resource(lookup = "java:app/jdbc/skillfund")
  private DataSource dataSource;

  @Resource private UserTransaction tx;

  @EJB private EligibilityService eligibility;

  @EJB private AuditService audit;

  @Inject
  @ConfigProperty(name = "skillfund.synthetic-data.enabled", defaultValue = "false")
  private boolean enabled;

  /**
   * Generates {@code count} JobTrainer checks from {@code seed}, committed {@value #CHUNK} at a
   * time; returns how many were stored.
   */
  @RolesAllowed(Role.Names.ADMIN)
  public int generate(int count, long seed) {
    if (!enabled) {
      throw new NotFoundException(
          "Synthetic data is off on this server (skillfund.synthetic-data.enabled=false).");
    }
    if (count < 1 || count > MAX_COUNT) {
      throw InvalidRequestException.of("count", "must be from 1 to " + MAX_COUNT);
    }
    List<CourseFacts> courses =
        em
            .createQuery("SELECT p FROM TrainingProduct p ORDER BY p.code", TrainingProduct.class)
            .getResultList()
            .stream()
            .map(CourseFacts::of)
            .toList();
    SyntheticCases cases = new SyntheticCases(seed, courses);
    Map<LocalDate, RuleSetVersion> versions = new HashMap<>();
    int stored = 0;
    try {
      while (stored < count) {
        int n = Math.min(CHUNK, count - stored);
        tx.begin();
        try (Connection c = dataSource.getConnection()) {
          insertChunk(c, cases, n, versions);
          tx.commit();
        } catch (Exception e) {
          tx.rollback();
          throw e;
        }
        stored += n;
      }
      tx.begin();
      audit.record(
          "SYNTHETIC_CHECKS_GENERATED",
          "EligibilityCheck",
          "seed " + seed,
          "Generated " + stored + " synthetic JobTrainer checks",
          "Training or benchmark data (skillfund.synthetic-data.enabled)",
          null);
      tx.commit();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("synthetic checks failed after " + stored + " stored", e);
    }
    return stored;
  }

  private void insertChunk(
      Connection c, SyntheticCases cases, int n, Map<LocalDate, RuleSetVersion> versions)
      throws SQLException {
    try (PreparedStatement check =
        c.prepareStatement(
            "INSERT INTO eligibility_check (id, checked_at, program_code, rule_set_version,"
                + " state, course_code, course_start_date, date_of_birth, residency,"
                + " employment_status, school_student, usi, highest_aqf_level_held, eligible,"
                + " max_student_fee_cents, outcomes) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      Timestamp now = Timestamp.from(Instant.now());
      for (int i = 0; i < n; i++) {
        EligibilityCase ec = cases.next();
        RuleSetVersion version =
            versions.computeIfAbsent(
                ec.courseStartDate(),
                day -> eligibility.inForceOn(JobTrainer.PROGRAM, day).orElseThrow());
        EligibilityDecision d = version.decide(ec);
        String id = UUID.randomUUID().toString();
        check.setString(1, id);
        check.setTimestamp(2, now);
        check.setString(3, d.programCode());
        check.setString(4, d.ruleSetVersion());
        check.setString(5, ec.state().name());
        check.setString(6, ec.course().code());
        check.setDate(7, Date.valueOf(ec.courseStartDate()));
        check.setDate(8, Date.valueOf(ec.learner().dateOfBirth()));
        check.setString(9, ec.learner().residency().name());
        check.setString(10, ec.learner().employmentStatus().name());
        check.setBoolean(11, ec.learner().schoolStudent());
        check.setNull(12, Types.VARCHAR);
        if (ec.learner().highestAqfLevelHeld() == null) {
          check.setNull(13, Types.INTEGER);
        } else {
          check.setInt(13, ec.learner().highestAqfLevelHeld());
        }
        check.setBoolean(14, d.eligible());
        check.setLong(15, d.maxStudentFeeCents());
        check.setString(16, RuleTrace.json(d.outcomes()));
        check.addBatch();
      }
      check.executeBatch();
    }
  }
}
