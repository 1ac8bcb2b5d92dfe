package org.skillfund.shared.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.skillfund.eligibility.RuleOutcome;
import org.skillfund.eligibility.RuleTrace;

/**
 * V11 on a database holding checks stored the old way (one row per rule): every trace comes back
 * word for word, in order, from the new column, and the old table is gone. On H2 and PostgreSQL
 * (127.0.0.1:5432, database test, a schema of its own; skipped only if PostgreSQL does not answer).
 */
class RuleTraceMigrationTest {

  private static final String PG_SCHEMA = "skillfund_v11_test";

  @Test
  @DisplayName("H2: every stored trace moves into its check's row unchanged")
  void h2() throws SQLException {
    String url = "jdbc:h2:mem:v11-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (Connection keepAlive = DriverManager.getConnection(url, "sa", "")) {
      migrateAndCompare(url, "sa", "");
    }
  }

  @Test
  @DisplayName("PostgreSQL: every stored trace moves into its check's row unchanged")
  void postgresql() throws SQLException {
    String admin = "jdbc:postgresql://127.0.0.1:5432/test";
    try (Connection c = DriverManager.getConnection(admin, "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
      s.execute("CREATE SCHEMA " + PG_SCHEMA);
    } catch (SQLException unreachable) {
      Assumptions.abort("PostgreSQL does not answer at 127.0.0.1:5432: " + unreachable);
    }
    try {
      migrateAndCompare(admin + "?currentSchema=" + PG_SCHEMA, "postgres", "postgres");
    } finally {
      try (Connection c = DriverManager.getConnection(admin, "postgres", "postgres");
          Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA IF EXISTS " + PG_SCHEMA + " CASCADE");
      }
    }
  }

  private static Flyway flyway(String url, String user, String password, String target) {
    var config =
        Flyway.configure()
            .dataSource(url, user, password)
            .locations("classpath:db/migration")
            .javaMigrations(new V11__RuleTraceInOneColumn());
    return (target == null ? config : config.target(target)).load();
  }

  private static void migrateAndCompare(String url, String user, String password)
      throws SQLException {
    flyway(url, user, password, "10").migrate();
    List<List<RuleOutcome>> traces =
        List.of(
            List.of(
                new RuleOutcome("JT-AGE", "Age", true, "You are 21.", "JobTrainer: 17-24"),
                new RuleOutcome("JT-ONE", "One at a time", false, "Quote \" and\nnewline é 日本", "r")
                    .withRemedy("If you finished \\ your other course first.")),
            List.of(new RuleOutcome("JT-SCHOOL", "School", true, "Not at school.", "ref")));
    List<String> ids = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO training_product (code, title, product_type, aqf_level, status,"
                + " industry_area) VALUES ('CHC33021', 'Certificate III in Individual Support',"
                + " 'QUALIFICATION', 3, 'CURRENT', 'Care')");
        s.execute(
            "INSERT INTO rule_set (version, program_code, effective_from, status, created_by)"
                + " VALUES ('T-V11.1', 'JOBTRAINER', DATE '2020-01-01', 'PUBLISHED', 'test')");
      }
      for (int k = 0; k <= traces.size(); k++) {
        String id = UUID.randomUUID().toString();
        ids.add(id);
        try (PreparedStatement p =
            c.prepareStatement(
                "INSERT INTO eligibility_check (id, checked_at, program_code, rule_set_version,"
                    + " state, course_code, course_start_date, date_of_birth, residency,"
                    + " employment_status, school_student, eligible, max_student_fee_cents)"
                    + " VALUES (?, CURRENT_TIMESTAMP, 'JOBTRAINER', 'T-V11.1', 'NSW', 'CHC33021',"
                    + " DATE '2026-12-01', DATE '2005-01-01', 'CITIZEN', 'UNEMPLOYED', FALSE,"
                    + " TRUE, 0)")) {
          p.setString(1, id);
          p.executeUpdate();
        }
        // the last check has no trace rows at all
        List<RuleOutcome> trace = k < traces.size() ? traces.get(k) : List.of();
        for (int i = trace.size() - 1; i >= 0; i--) { // stored out of order on purpose
          RuleOutcome o = trace.get(i);
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO eligibility_check_outcome (check_id, outcome_order, rule_id, title,"
                      + " passed, explanation, reference, remedy) VALUES (?,?,?,?,?,?,?,?)")) {
            p.setString(1, id);
            p.setInt(2, i);
            p.setString(3, o.ruleId());
            p.setString(4, o.title());
            p.setBoolean(5, o.passed());
            p.setString(6, o.explanation());
            p.setString(7, o.reference());
            p.setString(8, o.remedy());
            p.executeUpdate();
          }
        }
      }
    }

    flyway(url, user, password, null).migrate();

    try (Connection c = DriverManager.getConnection(url, user, password)) {
      for (int k = 0; k <= traces.size(); k++) {
        try (PreparedStatement p =
            c.prepareStatement("SELECT outcomes FROM eligibility_check WHERE id = ?")) {
          p.setString(1, ids.get(k));
          try (ResultSet rs = p.executeQuery()) {
            rs.next();
            assertEquals(
                k < traces.size() ? traces.get(k) : List.of(),
                RuleTrace.outcomes(rs.getString(1)),
                "check " + k);
          }
        }
      }
      assertThrows(
          SQLException.class,
          () -> {
            try (Statement s = c.createStatement()) {
              s.executeQuery("SELECT COUNT(*) FROM eligibility_check_outcome");
            }
          },
          "the old table is gone");
    }
  }
}
