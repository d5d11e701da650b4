package nl.levman.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.levman.json.Json;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceStatus;
import nl.levman.model.PersonId;
import nl.levman.model.TimerId;
import nl.levman.model.TimerKind;
import nl.levman.model.WorkItemId;
import nl.levman.spi.InstanceChange;
import nl.levman.spi.InstanceSnapshot;
import nl.levman.spi.InstanceSummary;
import nl.levman.spi.RecordedEvent;
import nl.levman.spi.StoredWorkItem;
import nl.levman.spi.Timer;

/** Maps the records of the ports to rows and back. */
final class Rows {
  private Rows() {}

  static final String HISTORY_COLUMNS =
      "instance_id, sequence, recorded_at, actor, command_id, type, payload, previous_hash, hash";
  static final String WORK_COLUMNS = "id, instance_id, process_key, step, role, supplier, service, "
      + "assignee, period, subjects, opened_at, due_at, due_sort, definition_version";
  static final String WORK_ASSIGNMENTS = "id = ?, instance_id = ?, process_key = ?, step = ?, role = ?, "
      + "supplier = ?, service = ?, assignee = ?, period = ?, subjects = ?, opened_at = ?, due_at = ?, due_sort = ?, "
      + "definition_version = ?";
  static final String TIMER_COLUMNS = "id, instance_id, kind, due_at, about";

  static void bind(PreparedStatement p, RecordedEvent e) throws SQLException {
    bind(p, 0, e);
  }

  /** Binds a history row to the nine parameters after {@code at}. */
  static void bind(PreparedStatement p, int at, RecordedEvent e) throws SQLException {
    p.setString(at + 1, e.instance().value());
    p.setLong(at + 2, e.sequence());
    p.setLong(at + 3, e.at().toEpochMilli());
    p.setString(at + 4, e.actor());
    setString(p, at + 5, e.command().map(CommandId::value));
    p.setString(at + 6, e.type());
    p.setString(at + 7, e.payload());
    p.setString(at + 8, e.previousHash());
    p.setString(at + 9, e.hash());
  }

  static RecordedEvent event(ResultSet r) throws SQLException {
    return new RecordedEvent(InstanceId.of(r.getString(1)), r.getLong(2),
        Instant.ofEpochMilli(r.getLong(3)), r.getString(4),
        Optional.ofNullable(r.getString(5)).map(CommandId::of), r.getString(6), r.getString(7),
        r.getString(8), r.getString(9));
  }

  static void bind(PreparedStatement p, StoredWorkItem w) throws SQLException {
    bind(p, 0, w);
  }

  /** Binds a work item to the fourteen parameters after {@code at}. */
  static void bind(PreparedStatement p, int at, StoredWorkItem w) throws SQLException {
    p.setString(at + 1, w.id().value());
    p.setString(at + 2, w.instance().value());
    p.setString(at + 3, w.processKey());
    p.setInt(at + 4, w.step());
    p.setString(at + 5, w.role());
    setString(p, at + 6, w.supplier());
    setString(p, at + 7, w.service());
    setString(p, at + 8, w.assignee().map(PersonId::value));
    p.setInt(at + 9, w.period());
    p.setString(at + 10, Json.write(new java.util.TreeMap<>(w.subjects())));
    p.setLong(at + 11, w.openedAt().toEpochMilli());
    if (w.due().isPresent()) {
      p.setLong(at + 12, w.due().get().toEpochMilli());
    } else {
      p.setNull(at + 12, Types.BIGINT);
    }
    p.setLong(at + 13, w.due().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE));
    p.setInt(at + 14, w.definitionVersion());
  }

  static StoredWorkItem workItem(ResultSet r) throws SQLException {
    Map<String, String> subjects = new LinkedHashMap<>();
    Json.parseObject(r.getString(10)).forEach((k, v) -> subjects.put(k, (String) v));
    long due = r.getLong(12);
    Optional<Instant> dueAt = r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(due));
    return new StoredWorkItem(WorkItemId.of(r.getString(1)), InstanceId.of(r.getString(2)),
        r.getString(3), r.getInt(14), r.getInt(4), r.getString(5), Optional.ofNullable(r.getString(6)),
        Optional.ofNullable(r.getString(7)), Optional.ofNullable(r.getString(8)).map(PersonId::of),
        r.getInt(9), subjects, Instant.ofEpochMilli(r.getLong(11)), dueAt);
  }

  static void bind(PreparedStatement p, Timer t) throws SQLException {
    bind(p, 0, t);
  }

  /** Binds a timer to the five parameters after {@code at}. */
  static void bind(PreparedStatement p, int at, Timer t) throws SQLException {
    p.setString(at + 1, t.id().value());
    p.setString(at + 2, t.instance().value());
    p.setString(at + 3, t.kind().storedName());
    p.setLong(at + 4, t.due().toEpochMilli());
    setString(p, at + 5, t.about().map(WorkItemId::value));
  }

  static final String INSTANCE_COLUMNS = "id, process_key, supplier, status, started_at, "
      + "head_sequence, head_hash, snapshot_format, snapshot";
  static final String INSTANCE_ASSIGNMENTS = "status = ?, head_sequence = ?, head_hash = ?, "
      + "snapshot_format = ?, snapshot = ? WHERE id = ?";

  /** Binds a new instance row to the nine parameters after {@code at}. */
  static void bindNewInstance(PreparedStatement p, int at, InstanceChange change) throws SQLException {
    InstanceSummary s = change.instance();
    p.setString(at + 1, s.id().value());
    p.setString(at + 2, s.processKey());
    setString(p, at + 3, s.supplier());
    p.setString(at + 4, s.status().name());
    p.setLong(at + 5, s.startedAt().toEpochMilli());
    bindSnapshot(p, at + 5, change);
  }

  /** Binds an instance row's change to the six parameters after {@code at}. */
  static void bindInstanceChange(PreparedStatement p, int at, InstanceChange change) throws SQLException {
    p.setString(at + 1, change.status().name());
    bindSnapshot(p, at + 1, change);
    p.setString(at + 6, change.id().value());
  }

  private static void bindSnapshot(PreparedStatement p, int at, InstanceChange change)
      throws SQLException {
    Optional<InstanceSnapshot> snapshot = change.snapshot();
    if (snapshot.isPresent()) {
      p.setLong(at + 1, snapshot.get().sequence());
      p.setString(at + 2, snapshot.get().hash());
      p.setInt(at + 3, snapshot.get().format());
      p.setString(at + 4, snapshot.get().content());
    } else {
      p.setNull(at + 1, Types.BIGINT);
      p.setNull(at + 2, Types.VARCHAR);
      p.setNull(at + 3, Types.INTEGER);
      p.setNull(at + 4, Types.VARCHAR);
    }
  }

  /** The snapshot in the columns from {@code at}: sequence, hash, format, content; empty if none. */
  static Optional<InstanceSnapshot> snapshot(ResultSet r, int at) throws SQLException {
    long sequence = r.getLong(at);
    if (r.wasNull()) {
      return Optional.empty();
    }
    String hash = r.getString(at + 1);
    int format = r.getInt(at + 2);
    String content = r.getString(at + 3);
    return hash == null || content == null ? Optional.empty()
        : Optional.of(new InstanceSnapshot(sequence, hash, format, content));
  }

  static Timer timer(ResultSet r) throws SQLException {
    return new Timer(TimerId.of(r.getString(1)), InstanceId.of(r.getString(2)),
        TimerKind.ofStoredName(r.getString(3)), Instant.ofEpochMilli(r.getLong(4)), Optional.ofNullable(r.getString(5)).map(WorkItemId::of));
  }

  static InstanceSummary summary(ResultSet r) throws SQLException {
    return new InstanceSummary(InstanceId.of(r.getString(1)), r.getString(2),
        Optional.ofNullable(r.getString(3)), InstanceStatus.valueOf(r.getString(4)),
        Instant.ofEpochMilli(r.getLong(5)), r.getLong(6));
  }

  private static void setString(PreparedStatement p, int index, Optional<String> value)
      throws SQLException {
    if (value.isPresent()) {
      p.setString(index, value.get());
    } else {
      p.setNull(index, Types.VARCHAR);
    }
  }
}
