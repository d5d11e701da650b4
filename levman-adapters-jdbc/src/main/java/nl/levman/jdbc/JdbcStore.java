package nl.levman.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.LevmanException;
import nl.levman.model.TimerId;
import nl.levman.model.WorkItemId;
import nl.levman.spi.AfterCommit;
import nl.levman.spi.CommitOutcome;
import nl.levman.spi.Heads;
import nl.levman.spi.History;
import nl.levman.spi.InstanceHead;
import nl.levman.spi.InstanceChange;
import nl.levman.spi.InstanceSnapshot;
import nl.levman.spi.InstanceSummary;
import nl.levman.spi.Instances;
import nl.levman.spi.Outbox;
import nl.levman.spi.OutboxMessage;
import nl.levman.spi.RecordedEvent;
import nl.levman.spi.StoredWorkItem;
import nl.levman.spi.Timer;
import nl.levman.spi.Timers;
import nl.levman.spi.WorkItemQuery;
import nl.levman.spi.WorkList;

/**
 * Instances, history, work list, timers, processed command ids and the outbox on plain JDBC (H2, PostgreSQL,
 * MariaDB). It takes the host's {@link DataSource} and keeps no pool or state of its own, so
 * several application nodes can share one database.
 *
 * <p>A commit is one transaction: the history rows (primary key instance + sequence: a second
 * command that read the same history fails on it, which is the optimistic lock; the first row of a
 * command carries its id under a unique index, which is the command log), the instance row with the
 * snapshot of its state after the change, the work items closed and opened, the timers cleared and
 * set, the command's fingerprint ({@code levman_command}) and its side effects ({@code
 * levman_outbox}); on PostgreSQL all of it in one statement ({@link PostgresCommit}). History rows are
 * only inserted; on PostgreSQL and MariaDB a trigger refuses any UPDATE or DELETE of them. Timers
 * are claimed with {@code FOR UPDATE SKIP LOCKED} and a lease. For seals and the audit it reads
 * every instance's head on the history's primary key, and names missing tables and append-only
 * triggers that are dropped or disabled, without creating or changing anything.
 *
 * <p>A commit that returned is in the database even if the JVM dies at once: on an H2 file database
 * the store sets {@code WRITE_DELAY} to 0 on each connection it commits on for the first time (H2
 * otherwise writes commits to the file up to 500 ms later, and forgets the setting when it reopens
 * the database); on PostgreSQL and MariaDB the server's durability settings apply, and settings
 * that acknowledge commits before they are on disk are logged as warnings when the store is built.
 *
 * <p>Whose transaction a commit is in is the {@link Connections}' choice: by default Levman's own,
 * committed before the command returns; with {@link Connections#joining} the host's, which the
 * host commits or rolls back for both (then the store never commits, rolls back or closes the
 * host's connection, writes each command within a savepoint, and side effects wait for the host's
 * commit, see {@link AfterCommit}). On H2 a joined transaction is made durable by the host's commit
 * and the database's own {@code WRITE_DELAY}: the store sets it only on connections it commits on.
 */
public final class JdbcStore
    implements Instances, History, WorkList, Timers, Outbox, Heads, AfterCommit {
  private final Connections connections;
  private final Dialect dialect;
  private final Durability durability;
  private final JdbcOutbox outbox;
  private final Guards guards;

  private JdbcStore(Connections connections, Dialect dialect, Durability durability) {
    this.connections = connections;
    this.dialect = dialect;
    this.durability = durability;
    this.outbox = new JdbcOutbox(connections, dialect);
    this.guards = new Guards(connections, dialect);
  }

  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * The Flyway location of Levman's schema scripts for the database behind {@code dataSource},
   * such as {@code classpath:nl/levman/jdbc/migration/postgresql}: for hosts that run Levman's
   * scripts with their own Flyway (with a history table of Levman's own, see MIGRATIONS.md)
   * instead of {@link Builder#createOrUpgradeSchema}.
   *
   * @throws LevmanException if the database cannot be reached or is not one Levman runs on
   */
  public static String flywayLocation(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return "classpath:" + SchemaMigrator.LOCATION + Dialect.of(c).folder;
    } catch (SQLException e) {
      throw new LevmanException("cannot connect to the Levman database: " + e.getMessage(), e);
    }
  }

  /** Wires a store on a data source. */
  public static final class Builder {
    private final DataSource dataSource;
    private Connections connections;
    private boolean migrate;
    private Clock clock = Clock.systemUTC();

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
      this.connections = Connections.owned(dataSource);
    }

    /**
     * Where commands get their connections and whose transaction they commit in: {@link
     * Connections#owned} (the default) or {@link Connections#joining}. The builder's data source
     * is still used to look at the database when the store is built and to migrate it.
     */
    public Builder connections(Connections connections) {
      this.connections = java.util.Objects.requireNonNull(connections, "connections");
      return this;
    }

    /** Opt-in: create or upgrade the schema on start with the scripts in this jar. */
    public Builder createOrUpgradeSchema(boolean enabled) {
      this.migrate = enabled;
      return this;
    }

    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public JdbcStore build() {
      Dialect dialect;
      Durability durability = new Durability();
      try (Connection c = dataSource.getConnection()) {
        dialect = Dialect.of(c);
        if (dialect == Dialect.H2) {
          durability.writeCommitsAtOnce(c);
        }
        Durability.checkServer(c, dialect);
      } catch (SQLException e) {
        throw new LevmanException("cannot connect to the Levman database: " + e.getMessage(), e);
      }
      if (migrate) {
        SchemaMigrator.migrate(dataSource, dialect, clock);
      }
      return new JdbcStore(connections, dialect, durability);
    }
  }

  /** Runs side effects once the transaction a change was committed in has committed. */
  @Override
  public void run(Runnable effects) {
    connections.afterCommit().run(effects);
  }

  @Override
  public List<InstanceHead> heads(InstanceId after, int limit) {
    return guards.heads(after, limit);
  }

  @Override
  public Optional<String> missingTables() {
    return guards.missingTables();
  }

  @Override
  public List<String> guardsOff() {
    return guards.off();
  }

  @Override
  public CommitOutcome commit(InstanceChange change) {
    if (dialect == Dialect.POSTGRESQL) {
      return commitInOneStatement(change);
    }
    try (Connection c = connections.acquire()) {
      Unit unit = Unit.begin(c, connections);
      if (dialect == Dialect.H2 && !unit.joined()) {
        durability.writeCommitsAtOnce(c);
      }
      try {
        writeInstance(c, change);
        batch(c, "INSERT INTO levman_history (" + Rows.HISTORY_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?)",
            change.events(), Rows::bind);
        writeWorkItems(c, change.closed(), change.opened());
        deleteByIds(c, "levman_timer", change.timersCleared().stream().map(TimerId::value).toList());
        batch(c, "INSERT INTO levman_timer (" + Rows.TIMER_COLUMNS + ") VALUES (?,?,?,?,?)",
            change.timersSet(), Rows::bind);
        if (change.fingerprint().isPresent()) {
          batch(c, "INSERT INTO levman_command (id, instance_id, fingerprint) VALUES (?,?,?)",
              List.of(change), (p, x) -> {
                p.setString(1, x.command().orElseThrow().value());
                p.setString(2, x.id().value());
                p.setString(3, x.fingerprint().orElseThrow());
              });
        }
        JdbcOutbox.insert(c, change.outbox());
        unit.commit();
        return CommitOutcome.APPLIED;
      } catch (SQLException e) {
        unit.rollback(e);
        if (isConstraintViolation(e)) {
          return refused(change);
        }
        throw e;
      } catch (RuntimeException e) {
        unit.rollback(e);
        throw e;
      }
    } catch (SQLException e) {
      throw new LevmanException("cannot commit the change of instance " + change.id() + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * On PostgreSQL: the whole change in one statement ({@link PostgresCommit}), which is its own
   * commit on a connection in auto-commit mode, and is committed after it otherwise.
   */
  private CommitOutcome commitInOneStatement(InstanceChange change) {
    try (Connection c = connections.acquire()) {
      Unit unit = Unit.beginOneStatement(c, connections);
      try {
        PostgresCommit.execute(c, change);
        unit.commit();
        return CommitOutcome.APPLIED;
      } catch (SQLException | RuntimeException e) {
        unit.rollback(e);
        if (e instanceof SQLException sql
            && (isConstraintViolation(sql) || PostgresCommit.NOT_OPEN.equals(sql.getSQLState()))) {
          return refused(change);
        }
        throw e;
      }
    } catch (SQLException e) {
      throw new LevmanException("cannot commit the change of instance " + change.id() + ": "
          + e.getMessage(), e);
    }
  }

  /** Why the database refused a change: its command id was taken before, or the instance moved on. */
  private CommitOutcome refused(InstanceChange change) {
    return change.command().isPresent() && command(change.command().get()).isPresent()
        ? CommitOutcome.DUPLICATE_COMMAND
        : CommitOutcome.CONFLICT;
  }

  /**
   * A work item that closes while another opens is replaced in place (one UPDATE); the rest are
   * deleted or inserted. Typically one round trip.
   */
  private static void writeWorkItems(Connection c, List<WorkItemId> closed, List<StoredWorkItem> opened)
      throws SQLException {
    int replaced = Math.min(closed.size(), opened.size());
    if (replaced > 0) {
      try (PreparedStatement p = c.prepareStatement("UPDATE levman_work_item SET " + Rows.WORK_ASSIGNMENTS
          + " WHERE id = ?")) {
        for (int i = 0; i < replaced; i++) {
          Rows.bind(p, opened.get(i));
          p.setString(15, closed.get(i).value());
          p.addBatch();
        }
        int[] counts = p.executeBatch();
        for (int count : counts) {
          if (count == 0) {
            throw new SQLException("a work item to close was not open", "23000");
          }
        }
      }
    }
    deleteByIds(c, "levman_work_item", closed.subList(replaced, closed.size()).stream().map(WorkItemId::value).toList());
    batch(c, "INSERT INTO levman_work_item (" + Rows.WORK_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        opened.subList(replaced, opened.size()), Rows::bind);
  }

  /** The instance row, with the snapshot of the state after the change. */
  private static void writeInstance(Connection c, InstanceChange change) throws SQLException {
    if (change.isNew()) {
      try (PreparedStatement p = c.prepareStatement("INSERT INTO levman_instance ("
          + Rows.INSTANCE_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?)")) {
        Rows.bindNewInstance(p, 0, change);
        p.executeUpdate();
      }
    } else {
      try (PreparedStatement p = c.prepareStatement("UPDATE levman_instance SET "
          + Rows.INSTANCE_ASSIGNMENTS)) {
        Rows.bindInstanceChange(p, 0, change);
        p.executeUpdate();
      }
    }
  }

  private interface Binder<T> {
    void bind(PreparedStatement p, T value) throws SQLException;
  }

  private static <T> void batch(Connection c, String sql, List<T> rows, Binder<T> binder)
      throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (T row : rows) {
        binder.bind(p, row);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private static void deleteByIds(Connection c, String table, List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
    try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE id IN (" + marks + ")")) {
      for (int i = 0; i < ids.size(); i++) {
        p.setString(i + 1, ids.get(i));
      }
      p.executeUpdate();
    }
  }

  private static boolean isConstraintViolation(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if (x.getSQLState() != null && x.getSQLState().startsWith("23")) {
        return true;
      }
      if (x.getCause() instanceof SQLException cause && cause.getSQLState() != null
          && cause.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }

  private static final String SUMMARY = "SELECT i.id, i.process_key, i.supplier, i.status, i.started_at, "
      + "(SELECT MAX(h.sequence) FROM levman_history h WHERE h.instance_id = i.id) FROM levman_instance i ";

  @Override
  public Optional<InstanceSummary> find(InstanceId id) {
    List<InstanceSummary> found = query(SUMMARY + "WHERE i.id = ?", Rows::summary, id.value());
    return found.stream().findFirst();
  }

  @Override
  public List<InstanceSummary> list(InstanceId after, int limit) {
    return after == null
        ? query(SUMMARY + "ORDER BY i.id LIMIT ?", Rows::summary, limit)
        : query(SUMMARY + "WHERE i.id > ? ORDER BY i.id LIMIT ?", Rows::summary, after.value(), limit);
  }

  @Override
  public List<RecordedEvent> events(InstanceId id) {
    return query("SELECT " + Rows.HISTORY_COLUMNS + " FROM levman_history WHERE instance_id = ? "
        + "ORDER BY sequence", Rows::event, id.value());
  }

  /**
   * One query, each part a lookup on an index: whether a history row carries the command id, the
   * instance row with its snapshot, the history row at the snapshot's head and whether any row
   * follows it. The events are read (a second query) only when there is no snapshot at the head.
   */
  @Override
  public Read read(InstanceId id, CommandId command) {
    List<Read> found = query("SELECT (SELECT c.sequence FROM levman_history c WHERE c.command_id = ?), "
        + "i.id, h.hash, CASE WHEN EXISTS (SELECT 1 FROM levman_history n WHERE n.instance_id = i.id "
        + "AND n.sequence > i.head_sequence) THEN 1 ELSE 0 END, "
        + "i.head_sequence, i.head_hash, i.snapshot_format, i.snapshot "
        + "FROM (SELECT 1 AS one) o LEFT JOIN levman_instance i ON i.id = ? "
        + "LEFT JOIN levman_history h ON h.instance_id = i.id AND h.sequence = i.head_sequence", r -> {
          r.getLong(1);
          if (!r.wasNull()) {
            return null;
          }
          if (r.getString(2) == null) {
            return new Read(Optional.empty(), List.of());
          }
          String hashAtHead = r.getString(3);
          boolean followed = r.getInt(4) == 1;
          Optional<InstanceSnapshot> snapshot = Rows.snapshot(r, 5);
          if (hashAtHead == null || followed || snapshot.isEmpty()) {
            return REPLAY;
          }
          return new Read(Optional.empty(), List.of(),
              Optional.of(new Head(snapshot.get().sequence(), hashAtHead)), snapshot);
        }, command.value(), id.value());
    Read read = found.get(0);
    if (read == null) {
      return new Read(command(command), List.of());
    }
    return read == REPLAY ? new Read(Optional.empty(), events(id)) : read;
  }

  /** What {@link #read} finds of an instance without a snapshot at its history's head (by identity). */
  private static final Read REPLAY = new Read(Optional.empty(), List.of(), Optional.empty(), Optional.empty());

  @Override
  public Optional<CommandRecord> command(CommandId id) {
    return query("SELECT h.instance_id, h.sequence, "
        + "(SELECT MIN(n.sequence) FROM levman_history n WHERE n.instance_id = h.instance_id "
        + "AND n.sequence > h.sequence AND n.command_id IS NOT NULL), "
        + "(SELECT MAX(m.sequence) FROM levman_history m WHERE m.instance_id = h.instance_id), "
        + "(SELECT f.fingerprint FROM levman_command f WHERE f.id = h.command_id) "
        + "FROM levman_history h WHERE h.command_id = ?", r -> {
          long first = r.getLong(2);
          long next = r.getLong(3);
          long last = r.wasNull() ? r.getLong(4) : next - 1;
          return new CommandRecord(id, InstanceId.of(r.getString(1)), first, last,
              Optional.ofNullable(r.getString(5)));
        }, id.value()).stream().findFirst();
  }

  @Override
  public List<StoredWorkItem> find(WorkItemQuery q) {
    StringBuilder sql = new StringBuilder("SELECT " + Rows.WORK_COLUMNS + " FROM levman_work_item WHERE 1 = 1");
    List<Object> args = new ArrayList<>();
    q.processKey().ifPresent(v -> filter(sql, args, "process_key", v));
    q.role().ifPresent(v -> filter(sql, args, "role", v));
    q.supplier().ifPresent(v -> filter(sql, args, "supplier", v));
    q.service().ifPresent(v -> filter(sql, args, "service", v));
    q.assignee().ifPresent(v -> filter(sql, args, "assignee", v.value()));
    sql.append(" ORDER BY due_sort, opened_at, id LIMIT ?");
    args.add(q.limit());
    return query(sql.toString(), Rows::workItem, args.toArray());
  }

  private static void filter(StringBuilder sql, List<Object> args, String column, String value) {
    sql.append(" AND ").append(column).append(" = ?");
    args.add(value);
  }

  @Override
  public List<Timer> claimDue(Instant now, int max, String node, Duration lease) {
    try (Connection c = connections.acquire()) {
      Unit unit = Unit.begin(c, connections);
      try {
        List<Timer> due = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT " + Rows.TIMER_COLUMNS
            + " FROM levman_timer WHERE due_at <= ? AND (lease_until IS NULL OR lease_until <= ?)"
            + " ORDER BY due_at, id LIMIT ?" + dialect.lockForClaim)) {
          p.setLong(1, now.toEpochMilli());
          p.setLong(2, now.toEpochMilli());
          p.setInt(3, max);
          try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
              due.add(Rows.timer(r));
            }
          }
        }
        batch(c, "UPDATE levman_timer SET lease_owner = ?, lease_until = ? WHERE id = ?", due, (p, t) -> {
          p.setString(1, node);
          p.setLong(2, now.plus(lease).toEpochMilli());
          p.setString(3, t.id().value());
        });
        unit.commit();
        return due;
      } catch (SQLException | RuntimeException e) {
        unit.rollback(e);
        throw e;
      }
    } catch (SQLException e) {
      throw new LevmanException("cannot claim due timers for node " + node + ": " + e.getMessage(), e);
    }
  }

  @Override
  public long countDue(Instant now) {
    return query("SELECT COUNT(*) FROM levman_timer WHERE due_at <= ?", r -> r.getLong(1),
        now.toEpochMilli()).get(0);
  }

  @Override
  public List<Timer> pending(InstanceId instance) {
    return query("SELECT " + Rows.TIMER_COLUMNS + " FROM levman_timer WHERE instance_id = ? "
        + "ORDER BY due_at, id", Rows::timer, instance.value());
  }

  private interface Reader<T> {
    T read(ResultSet r) throws SQLException;
  }

  private <T> List<T> query(String sql, Reader<T> reader, Object... args) {
    try (Connection c = connections.acquire();
        PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        p.setObject(i + 1, args[i]);
      }
      List<T> rows = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          rows.add(reader.read(r));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new LevmanException("Levman database query failed (" + e.getMessage() + "): " + sql, e);
    }
  }

  @Override
  public List<OutboxMessage> claim(Instant now, int max, String node, Duration lease) {
    return outbox.claim(now, max, node, lease);
  }

  @Override
  public void delivered(String id, Instant at) {
    outbox.delivered(id);
  }

  @Override
  public void failed(String id, String error, Instant retryAt) {
    outbox.failed(id, error, retryAt);
  }

  @Override
  public Backlog backlog(Instant now) {
    return outbox.backlog();
  }
}
