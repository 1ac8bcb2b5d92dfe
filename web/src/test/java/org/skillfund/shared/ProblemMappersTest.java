package org.skillfund.shared;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ProblemMappersTest {

  private static Exception wrapped(Throwable cause) {
    return new EJBException(new RuntimeException("persistence", cause));
  }

  @Test
  void lostOrRefusedConnectionsAreTheDatabaseBeingUnavailable() {
    assertTrue(ProblemMappers.databaseUnavailable(wrapped(new SQLException("closed", "08003"))));
    assertTrue(
        ProblemMappers.databaseUnavailable(wrapped(new SQLException("terminated", "57P01"))));
    assertTrue(ProblemMappers.databaseUnavailable(wrapped(new SQLException("too many", "53300"))));
    assertTrue(
        ProblemMappers.databaseUnavailable(
            wrapped(new jakarta.resource.ResourceException("Error in allocating a connection"))));
    assertTrue(
        ProblemMappers.databaseUnavailable(
            new EJBException(new jakarta.transaction.SystemException("commit failed"))));
  }

  @Test
  void otherFailuresAreNot() {
    assertFalse(ProblemMappers.databaseUnavailable(wrapped(new SQLException("dup", "23505"))));
    assertFalse(ProblemMappers.databaseUnavailable(wrapped(new SQLException("no state"))));
    assertFalse(ProblemMappers.databaseUnavailable(new IllegalStateException("bug")));
  }
}
