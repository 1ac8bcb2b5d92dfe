package org.skillfund.placement;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Inserts many rows into one table with multi-row {@code INSERT ... VALUES (...), (...)} statements
 * of up to {@value #ROWS} rows each, sent as one JDBC batch: a few round trips and a few statements
 * for the database to run instead of one per row. Works alike on PostgreSQL and H2; null values
 * need their SQL type, given per column.
 */
final class MultiRowInsert {

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
  MultiRowInsert(String table, String columns, int... types) {
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
