package nl.levman.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;

/** Ending a transaction that failed, without hiding why it failed. */
final class Transactions {
  private Transactions() {}

  /**
   * Rolls back after {@code cause}. A connection that is gone is left alone: the database discards
   * its transaction, and a rollback on it would only fail again (and make a pool log the broken
   * connection a second time). A rollback that fails is attached to {@code cause}, never thrown
   * instead of it.
   */
  static void rollback(Connection c, Exception cause) {
    if (cause instanceof SQLException e && connectionLost(e)) {
      return;
    }
    try {
      c.rollback();
    } catch (SQLException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  /** Whether the failure is the connection's: SQLSTATE class 08, or the driver says so. */
  static boolean connectionLost(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException
          || t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }
}
