package nl.levman.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * One unit of the store's writes on a connection: a transaction of Levman's own, or a savepoint in
 * the caller's transaction, which the caller ends. Only a transaction of Levman's own is committed
 * or rolled back here; a connection that was in auto-commit mode is left in it again. A unit of one
 * statement on a connection in auto-commit mode and in no caller's transaction is that statement's
 * own commit: nothing to begin, commit or roll back.
 */
final class Unit {
  private final Connection c;
  private final Savepoint savepoint;
  private final boolean wasAutoCommit;
  private final boolean statementCommits;

  private Unit(Connection c, Savepoint savepoint, boolean wasAutoCommit, boolean statementCommits) {
    this.c = c;
    this.savepoint = savepoint;
    this.wasAutoCommit = wasAutoCommit;
    this.statementCommits = statementCommits;
  }

  /** Begins Levman's transaction on {@code c}, or a savepoint if it is in the caller's transaction. */
  static Unit begin(Connection c, Connections connections) throws SQLException {
    if (connections.inCallersTransaction(c)) {
      return new Unit(c, c.setSavepoint(), false, false);
    }
    boolean wasAutoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    return new Unit(c, null, wasAutoCommit, false);
  }

  /**
   * Begins a unit for one statement: none where the connection commits each statement itself and
   * is in no caller's transaction (one round trip fewer), otherwise as {@link #begin}.
   */
  static Unit beginOneStatement(Connection c, Connections connections) throws SQLException {
    if (!connections.inCallersTransaction(c) && c.getAutoCommit()) {
      return new Unit(c, null, true, true);
    }
    return begin(c, connections);
  }

  /** Whether the caller's transaction decides: then nothing is committed here. */
  boolean joined() {
    return savepoint != null;
  }

  /** Commits Levman's own transaction; in the caller's, releases the savepoint. */
  void commit() throws SQLException {
    if (statementCommits) {
      return;
    }
    if (savepoint != null) {
      c.releaseSavepoint(savepoint);
      return;
    }
    c.commit();
    if (wasAutoCommit) {
      c.setAutoCommit(true);
    }
  }

  /**
   * Undoes the unit's writes after {@code cause}: rolls back Levman's own transaction, or back to
   * the savepoint, which leaves the caller's transaction usable. A failure to do so is attached to
   * {@code cause}.
   */
  void rollback(Exception cause) {
    if (statementCommits) {
      return;
    }
    if (savepoint == null) {
      Transactions.rollback(c, cause);
      restoreAutoCommit(cause);
      return;
    }
    if (cause instanceof SQLException e && Transactions.connectionLost(e)) {
      return;
    }
    try {
      c.rollback(savepoint);
    } catch (SQLException | RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private void restoreAutoCommit(Exception cause) {
    if (wasAutoCommit) {
      try {
        c.setAutoCommit(true);
      } catch (SQLException | RuntimeException e) {
        cause.addSuppressed(e);
      }
    }
  }
}
