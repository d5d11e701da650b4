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
    p.setString(1, e.instance().value());
    p.setLong(2, e.sequence());
    p.setLong(3, e.at().toEpochMilli());
    p.setString(4, e.actor());
    setString(p, 5, e.command().map(CommandId::value));
    p.setString(6, e.type());
    p.setString(7, e.payload());
    p.setString(8, e.previousHash());
    p.setString(9, e.hash());
  }

  static RecordedEvent event(ResultSet r) throws SQLException {
    return new RecordedEvent(InstanceId.of(r.getString(1)), r.getLong(2),
        Instant.ofEpochMilli(r.getLong(3)), r.getString(4),
        Optional.ofNullable(r.getString(5)).map(CommandId::of), r.getString(6), r.getString(7),
        r.getString(8), r.getString(9));
  }

  static void bind(PreparedStatement p, StoredWorkItem w) throws SQLException {
    p.setString(1, w.id().value());
    p.setString(2, w.instance().value());
    p.setString(3, w.processKey());
    p.setInt(4, w.step());
    p.setString(5, w.role());
    setString(p, 6, w.supplier());
    setString(p, 7, w.service());
    setString(p, 8, w.assignee().map(PersonId::value));
    p.setInt(9, w.period());
    p.setString(10, Json.write(new java.util.TreeMap<>(w.subjects())));
    p.setLong(11, w.openedAt().toEpochMilli());
    if (w.due().isPresent()) {
      p.setLong(12, w.due().get().toEpochMilli());
    } else {
      p.setNull(12, Types.BIGINT);
    }
    p.setLong(13, w.due().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE));
    p.setInt(14, w.definitionVersion());
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
    p.setString(1, t.id().value());
    p.setString(2, t.instance().value());
    p.setString(3, t.kind().storedName());
    p.setLong(4, t.due().toEpochMilli());
    setString(p, 5, t.about().map(WorkItemId::value));
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
