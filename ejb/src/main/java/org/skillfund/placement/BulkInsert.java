package org.skillfund.placement;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.postgresql.PGConnection;

/**
 * Inserts many rows into one table in a few round trips: on PostgreSQL as one {@code COPY ... FROM
 * STDIN} stream of CSV (the database's fastest way in), elsewhere (H2) as multi-row {@code INSERT
 * ... VALUES (...), (...)} statements of up to {@value #ROWS} rows each, sent as one JDBC batch.
 * Null values need their SQL type, given per column. Runs in the caller's transaction.
 */
final class BulkInsert {

  /** Rows per statement; PostgreSQL allows 32,767 parameters per statement. */
  static final int ROWS = 200;

  private final String table;
  private final String columns;
  private final int[] types;
  private final List<Object[]> rows = new ArrayList<>();

  /**
   * @param columns the column names, comma-separated
   * @param types each column's {@link java.sql.Types} type, used for nulls
   */
  BulkInsert(String table, String columns, int... types) {
    this.table = table;
    this.columns = columns;
    this.types = types.clone();
    if (columns.split(",").length != types.length) {
      throw new IllegalArgumentException("one type per column of " + table);
    }
  }

  /** Adds one row, its values in column order. */
  void add(Object... values) {
    if (values.length != types.length) {
      throw new IllegalArgumentException(
          table + " has " + types.length + " columns, got " + values.length + " values");
    }
    rows.add(values);
  }

  int size() {
    return rows.size();
  }

  /** Inserts every row added; returns how many. */
  int execute(Connection connection) throws SQLException {
    if (rows.isEmpty()) {
      return 0;
    }
    if (connection.isWrapperFor(PGConnection.class)) {
      return copy(connection.unwrap(PGConnection.class));
    }
    int full = rows.size() / ROWS;
    if (full > 0) {
      try (PreparedStatement statement = connection.prepareStatement(sql(ROWS))) {
        for (int s = 0; s < full; s++) {
          bind(statement, rows.subList(s * ROWS, (s + 1) * ROWS));
          statement.addBatch();
        }
        statement.executeBatch();
      }
    }
    List<Object[]> rest = rows.subList(full * ROWS, rows.size());
    if (!rest.isEmpty()) {
      try (PreparedStatement statement = connection.prepareStatement(sql(rest.size()))) {
        bind(statement, rest);
        statement.executeUpdate();
      }
    }
    return rows.size();
  }

  private int copy(PGConnection connection) throws SQLException {
    StringBuilder csv = new StringBuilder(rows.size() * 64 * types.length);
    for (Object[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          csv.append(',');
        }
        Object value = row[i];
        if (value instanceof String text) {
          // quoted, so an empty string stays one; an unquoted empty field is NULL
          csv.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else if (value != null) {
          // Timestamp and Date print as PostgreSQL reads them, in the JVM's zone as setTimestamp
          csv.append(value);
        }
      }
      csv.append('\n');
    }
    try {
      long copied =
          connection
              .getCopyAPI()
              .copyIn(
                  "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv)",
                  new StringReader(csv.toString()));
      if (copied != rows.size()) {
        throw new SQLException("copied " + copied + " of " + rows.size() + " rows into " + table);
      }
    } catch (IOException e) {
      throw new SQLException("could not stream rows into " + table, e);
    }
    return rows.size();
  }

  private String sql(int n) {
    String one = "(" + String.join(",", Collections.nCopies(types.length, "?")) + ")";
    return "INSERT INTO "
        + table
        + " ("
        + columns
        + ") VALUES "
        + String.join(",", Collections.nCopies(n, one));
  }

  private void bind(PreparedStatement statement, List<Object[]> batch) throws SQLException {
    int index = 1;
    for (Object[] row : batch) {
      for (int i = 0; i < types.length; i++) {
        if (row[i] == null) {
          statement.setNull(index++, types[i]);
        } else {
          statement.setObject(index++, row[i], types[i]);
        }
      }
    }
  }
}
