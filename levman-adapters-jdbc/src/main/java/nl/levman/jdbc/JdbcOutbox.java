package nl.levman.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.levman.model.InstanceId;
import nl.levman.model.LevmanException;
import nl.levman.spi.Outbox;
import nl.levman.spi.OutboxMessage;

/**
 * The outbox's table, {@code levman_outbox}: messages are inserted by {@link JdbcStore#commit} in
 * the change's transaction, claimed per node with {@code FOR UPDATE SKIP LOCKED} and a lease (as
 * timers are), deleted once delivered, and given a later due time and one more attempt when a
 * delivery fails.
 */
final class JdbcOutbox {
  static final String COLUMNS =
      "id, instance_id, sequence, kind, payload, recorded_at, attempts, due_at, last_error";
  private final Connections connections;
  private final Dialect dialect;

  JdbcOutbox(Connections connections, Dialect dialect) {
    this.connections = connections;
    this.dialect = dialect;
  }

  /** Inserts a change's messages on the change's connection, inside its transaction. */
  static void insert(Connection c, List<OutboxMessage> messages) throws SQLException {
    if (messages.isEmpty()) {
      return;
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO levman_outbox (" + COLUMNS
        + ") VALUES (?,?,?,?,?,?,?,?,?)")) {
      for (OutboxMessage m : messages) {
        bind(p, 0, m);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /** Binds a message's {@link #COLUMNS} to the parameters after {@code at}. */
  static void bind(PreparedStatement p, int at, OutboxMessage m) throws SQLException {
    p.setString(at + 1, m.id());
    p.setString(at + 2, m.instance().value());
    p.setLong(at + 3, m.sequence());
    p.setString(at + 4, m.kind());
    p.setString(at + 5, m.payload());
    p.setLong(at + 6, m.recordedAt().toEpochMilli());
    p.setInt(at + 7, m.attempts());
    p.setLong(at + 8, m.dueAt().toEpochMilli());
    p.setString(at + 9, m.lastError().orElse(null));
  }

  List<OutboxMessage> claim(Instant now, int max, String node, Duration lease) {
    try (Connection c = connections.acquire()) {
      Unit unit = Unit.begin(c, connections);
      try {
        List<OutboxMessage> due = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + COLUMNS + " FROM levman_outbox "
            + "WHERE due_at <= ? AND (lease_until IS NULL OR lease_until <= ?) ORDER BY due_at, id LIMIT ?"
            + dialect.lockForClaim)) {
          p.setLong(1, now.toEpochMilli());
          p.setLong(2, now.toEpochMilli());
          p.setInt(3, max);
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              due.add(message(r));
            }
          }
        }
        if (!due.isEmpty()) {
          try (PreparedStatement p = c.prepareStatement(
              "UPDATE levman_outbox SET lease_owner = ?, lease_until = ? WHERE id = ?")) {
            for (OutboxMessage m : due) {
              p.setString(1, node);
              p.setLong(2, now.plus(lease).toEpochMilli());
              p.setString(3, m.id());
              p.addBatch();
            }
            p.executeBatch();
          }
        }
        unit.commit();
        return due;
      } catch (SQLException | RuntimeException e) {
        unit.rollback(e);
        throw e;
      }
    } catch (SQLException e) {
      throw new LevmanException("cannot claim outbox messages for node " + node + ": " + e.getMessage(), e);
    }
  }

  void delivered(String id) {
    update("DELETE FROM levman_outbox WHERE id = ?", id);
  }

  void failed(String id, String error, Instant retryAt) {
    update("UPDATE levman_outbox SET attempts = attempts + 1, last_error = ?, due_at = ?, "
        + "lease_owner = NULL, lease_until = NULL WHERE id = ?", error, retryAt.toEpochMilli(), id);
  }

  Outbox.Backlog backlog() {
    try (Connection c = connections.acquire();
        PreparedStatement p = c.prepareStatement("SELECT COUNT(*), "
            + "COALESCE(SUM(CASE WHEN attempts > 0 THEN 1 ELSE 0 END), 0), MIN(recorded_at) FROM levman_outbox");
        ResultSet r = p.executeQuery()) {
      r.next();
      long pending = r.getLong(1);
      long failing = r.getLong(2);
      long oldest = r.getLong(3);
      return new Outbox.Backlog(pending, failing,
          r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(oldest)));
    } catch (SQLException e) {
      throw new LevmanException("cannot read the outbox's backlog: " + e.getMessage(), e);
    }
  }

  private void update(String sql, Object... args) {
    try (Connection c = connections.acquire()) {
      Unit unit = Unit.beginOneStatement(c, connections);
      try (PreparedStatement p = c.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          p.setObject(i + 1, args[i]);
        }
        p.executeUpdate();
        unit.commit();
      } catch (SQLException | RuntimeException e) {
        unit.rollback(e);
        throw e;
      }
    } catch (SQLException e) {
      throw new LevmanException("cannot update the outbox (" + e.getMessage() + "): " + sql, e);
    }
  }

  private static OutboxMessage message(ResultSet r) throws SQLException {
    return new OutboxMessage(r.getString(1), InstanceId.of(r.getString(2)), r.getLong(3),
        r.getString(4), r.getString(5), Instant.ofEpochMilli(r.getLong(6)), r.getInt(7),
        Instant.ofEpochMilli(r.getLong(8)), Optional.ofNullable(r.getString(9)));
  }
}
