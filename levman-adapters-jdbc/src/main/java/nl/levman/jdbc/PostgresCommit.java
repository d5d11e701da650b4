package nl.levman.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import nl.levman.model.TimerId;
import nl.levman.model.WorkItemId;
import nl.levman.spi.InstanceChange;
import nl.levman.spi.OutboxMessage;
import nl.levman.spi.RecordedEvent;
import nl.levman.spi.StoredWorkItem;
import nl.levman.spi.Timer;

/**
 * A change as one PostgreSQL statement: the instance row with its snapshot, the work items closed
 * and opened, the timers cleared and set, the history rows, the command's fingerprint and its side
 * effects for the outbox, each in a data-modifying {@code
 * WITH} part, which PostgreSQL runs to completion and atomically with the rest. Run on a connection
 * in auto-commit mode it is also the commit: one round trip. A work item replaced in place that was
 * not open makes the statement fail with a division by zero ({@link #NOT_OPEN}), undoing all of it.
 */
final class PostgresCommit {
  /** The SQL state of the statement's own refusal: a work item it was to close was not open. */
  static final String NOT_OPEN = "22012";

  private PostgresCommit() {}

  static void execute(Connection c, InstanceChange change) throws SQLException {
    List<WorkItemId> closed = change.closed();
    List<StoredWorkItem> opened = change.opened();
    int replaced = Math.min(closed.size(), opened.size());
    List<WorkItemId> deleted = closed.subList(replaced, closed.size());
    List<StoredWorkItem> inserted = opened.subList(replaced, opened.size());
    StringBuilder sql = new StringBuilder("WITH ");
    sql.append(change.isNew()
        ? "i AS (INSERT INTO levman_instance (" + Rows.INSTANCE_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?))"
        : "i AS (UPDATE levman_instance SET " + Rows.INSTANCE_ASSIGNMENTS + ")");
    sql.append(", h AS (INSERT INTO levman_history (").append(Rows.HISTORY_COLUMNS).append(") VALUES ");
    values(sql, change.events().size(), 9);
    sql.append(')');
    for (int n = 0; n < replaced; n++) {
      sql.append(", r").append(n).append(" AS (UPDATE levman_work_item SET ")
          .append(Rows.WORK_ASSIGNMENTS).append(" WHERE id = ? RETURNING 1)");
    }
    if (!deleted.isEmpty()) {
      sql.append(", wd AS (DELETE FROM levman_work_item WHERE id IN (");
      marks(sql, deleted.size());
      sql.append("))");
    }
    if (!inserted.isEmpty()) {
      sql.append(", wi AS (INSERT INTO levman_work_item (").append(Rows.WORK_COLUMNS).append(") VALUES ");
      values(sql, inserted.size(), 14);
      sql.append(')');
    }
    if (!change.timersCleared().isEmpty()) {
      sql.append(", td AS (DELETE FROM levman_timer WHERE id IN (");
      marks(sql, change.timersCleared().size());
      sql.append("))");
    }
    if (!change.timersSet().isEmpty()) {
      sql.append(", ti AS (INSERT INTO levman_timer (").append(Rows.TIMER_COLUMNS).append(") VALUES ");
      values(sql, change.timersSet().size(), 5);
      sql.append(')');
    }
    if (change.fingerprint().isPresent()) {
      sql.append(", cf AS (INSERT INTO levman_command (id, instance_id, fingerprint) VALUES (?,?,?))");
    }
    if (!change.outbox().isEmpty()) {
      sql.append(", ob AS (INSERT INTO levman_outbox (").append(JdbcOutbox.COLUMNS).append(") VALUES ");
      values(sql, change.outbox().size(), 9);
      sql.append(')');
    }
    sql.append(" SELECT 1");
    for (int n = 0; n < replaced; n++) {
      sql.append(" / (SELECT COUNT(*) FROM r").append(n).append(")::int");
    }
    try (PreparedStatement p = c.prepareStatement(sql.toString())) {
      int at = 0;
      if (change.isNew()) {
        Rows.bindNewInstance(p, at, change);
        at += 9;
      } else {
        Rows.bindInstanceChange(p, at, change);
        at += 6;
      }
      for (RecordedEvent e : change.events()) {
        Rows.bind(p, at, e);
        at += 9;
      }
      for (int n = 0; n < replaced; n++) {
        Rows.bind(p, at, opened.get(n));
        p.setString(at + 15, closed.get(n).value());
        at += 15;
      }
      for (WorkItemId id : deleted) {
        p.setString(++at, id.value());
      }
      for (StoredWorkItem w : inserted) {
        Rows.bind(p, at, w);
        at += 14;
      }
      for (TimerId id : change.timersCleared()) {
        p.setString(++at, id.value());
      }
      for (Timer t : change.timersSet()) {
        Rows.bind(p, at, t);
        at += 5;
      }
      if (change.fingerprint().isPresent()) {
        p.setString(++at, change.command().orElseThrow().value());
        p.setString(++at, change.id().value());
        p.setString(++at, change.fingerprint().get());
      }
      for (OutboxMessage m : change.outbox()) {
        JdbcOutbox.bind(p, at, m);
        at += 9;
      }
      try (ResultSet r = p.executeQuery()) {
        r.next();
      }
    }
  }

  private static void values(StringBuilder sql, int rows, int columns) {
    for (int n = 0; n < rows; n++) {
      sql.append(n == 0 ? "(" : ",(");
      marks(sql, columns);
      sql.append(')');
    }
  }

  private static void marks(StringBuilder sql, int count) {
    for (int n = 0; n < count; n++) {
      sql.append(n == 0 ? "?" : ",?");
    }
  }
}
