package org.skillfund.it.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Direct JDBC access to the database the deployed application uses, behind its back. */
public final class TestDatabase {

  private TestDatabase() {}

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(
        System.getProperty("it.db.url"),
        System.getProperty("it.db.user"),
        System.getProperty("it.db.password"));
  }
}
