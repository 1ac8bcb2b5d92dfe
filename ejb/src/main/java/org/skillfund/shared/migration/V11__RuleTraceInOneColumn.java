package org.skillfund.shared.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.skillfund.eligibility.RuleOutcome;
import org.skillfund.eligibility.RuleTrace;

/**
 * Moves every stored check's trace from {@code eligibility_check_outcome} (one row per rule) into
 * the check's own row, column {@code outcomes}, as {@link RuleTrace} writes it, unchanged word for
 * word and in the same order; then drops the old table. A check is then one insert instead of seven
 * (a bulk import's checks were 60,000 of its 130,000 rows per 10,000 enrolments). Java, not SQL, so
 * that H2 and PostgreSQL get the very same JSON from the one codec the application reads it with.
 */
public class V11__RuleTraceInOneColumn extends BaseJavaMigration {

  private static final int BATCH = 500;

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      // Scans of the checks' facts (a what-if reads 100,000s) must not pay for the traces: H2
      // reads whole rows, so there the trace is a large object, kept apart from the row once it
      // is longer than a few hundred bytes (inline, a what-if over 142,461 checks took 8.6 s
      // instead of 3.2); PostgreSQL reads only the columns a query needs (the trace is the last
      // one), so there it is plain TEXT in the row (20,000 checks' facts scanned in 10 ms).
      if (c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
        s.execute("ALTER TABLE eligibility_check ADD COLUMN outcomes CHARACTER LARGE OBJECT");
      } else {
        s.execute("ALTER TABLE eligibility_check ADD COLUMN outcomes TEXT");
      }
    }
    try (PreparedStatement read =
            c.prepareStatement(
                "SELECT check_id, rule_id, title, passed, explanation, reference, remedy"
                    + " FROM eligibility_check_outcome ORDER BY check_id, outcome_order");
        PreparedStatement write =
            c.prepareStatement("UPDATE eligibility_check SET outcomes = ? WHERE id = ?")) {
      read.setFetchSize(1_000);
      String check = null;
      List<RuleOutcome> outcomes = new ArrayList<>();
      int pending = 0;
      try (ResultSet rs = read.executeQuery()) {
        while (rs.next()) {
          String id = rs.getString(1);
          if (check != null && !check.equals(id)) {
            pending = add(write, check, outcomes, pending);
            outcomes.clear();
          }
          check = id;
          outcomes.add(
              new RuleOutcome(
                  rs.getString(2),
                  rs.getString(3),
                  rs.getBoolean(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getString(7)));
        }
      }
      if (check != null) {
        add(write, check, outcomes, pending);
      }
      write.executeBatch();
    }
    try (Statement s = c.createStatement()) {
      // a check is always stored with its trace; an empty one would say so rather than be null
      s.executeUpdate("UPDATE eligibility_check SET outcomes = '[]' WHERE outcomes IS NULL");
      s.execute("ALTER TABLE eligibility_check ALTER COLUMN outcomes SET NOT NULL");
      s.execute("DROP TABLE eligibility_check_outcome");
    }
  }

  private static int add(
      PreparedStatement write, String check, List<RuleOutcome> outcomes, int pending)
      throws SQLException {
    write.setString(1, RuleTrace.json(outcomes));
    write.setString(2, check);
    write.addBatch();
    if (pending + 1 < BATCH) {
      return pending + 1;
    }
    write.executeBatch();
    return 0;
  }
}
