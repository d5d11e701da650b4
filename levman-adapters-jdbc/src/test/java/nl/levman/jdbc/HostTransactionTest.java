package nl.levman.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import nl.levman.Levman;
import nl.levman.api.LevmanEngine;
import nl.levman.api.StartProcess;
import nl.levman.api.VirtualClock;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.memory.RecordingPublisher;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Scope;
import nl.levman.spi.CommitOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The store inside its caller's transaction ({@link Connections#joining}), with a host that is
 * plain JDBC: the host's commit keeps the host's row and Levman's change, its rollback keeps
 * neither, a refused write leaves the host's transaction usable, and side effects wait for the
 * host's commit.
 */
class HostTransactionTest {

  private static JdbcStore joined(DataSource pool, HostTransaction host) {
    JdbcStore.builder(pool).createOrUpgradeSchema(true).build();
    return JdbcStore.builder(host).connections(Connections.joining(host, host.afterCommit())).build();
  }

  private static void hostTable(DataSource pool) throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE host_order (id VARCHAR(20) PRIMARY KEY)");
    }
  }

  private static long count(DataSource pool, String table) throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Databases.Vendor.class)
  void theHostsCommitKeepsTheHostsRowAndLevmansChange(Databases.Vendor vendor) throws SQLException {
    try (Databases.Throwaway pool = vendor.fresh(); HostTransaction host = new HostTransaction(pool)) {
      hostTable(pool);
      JdbcStore store = joined(pool, host);
      host.execute("INSERT INTO host_order (id) VALUES ('order-1')");
      assertThat(store.commit(Changes.start("sla-1", "cmd-1").events(2, "{}").open("w1", "acme").build()))
          .isEqualTo(CommitOutcome.APPLIED);
      assertThat(count(pool, "levman_history")).as("nothing is visible before the host commits").isZero();

      host.commit();

      assertThat(count(pool, "host_order")).isEqualTo(1);
      assertThat(count(pool, "levman_history")).isEqualTo(2);
      assertThat(count(pool, "levman_work_item")).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Databases.Vendor.class)
  void theHostsRollbackKeepsNeither(Databases.Vendor vendor) throws SQLException {
    try (Databases.Throwaway pool = vendor.fresh(); HostTransaction host = new HostTransaction(pool)) {
      hostTable(pool);
      JdbcStore store = joined(pool, host);
      host.execute("INSERT INTO host_order (id) VALUES ('order-1')");
      assertThat(store.commit(Changes.start("sla-1", "cmd-1").open("w1", "acme").build()))
          .isEqualTo(CommitOutcome.APPLIED);

      host.rollback();

      assertThat(count(pool, "host_order")).isZero();
      assertThat(count(pool, "levman_instance")).isZero();
      assertThat(count(pool, "levman_history")).isZero();
      assertThat(count(pool, "levman_work_item")).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Databases.Vendor.class)
  void aRefusedWriteLeavesTheHostsTransactionUsable(Databases.Vendor vendor) throws SQLException {
    try (Databases.Throwaway pool = vendor.fresh(); HostTransaction host = new HostTransaction(pool)) {
      hostTable(pool);
      JdbcStore store = joined(pool, host);
      host.execute("INSERT INTO host_order (id) VALUES ('order-1')");
      assertThat(store.commit(Changes.start("sla-1", "cmd-1").build())).isEqualTo(CommitOutcome.APPLIED);
      assertThat(store.commit(Changes.start("sla-1", "cmd-2").build()))
          .as("another command that read the same history").isEqualTo(CommitOutcome.CONFLICT);
      assertThat(store.commit(Changes.start("sla-1", "cmd-1").build()))
          .as("the same command again").isEqualTo(CommitOutcome.DUPLICATE_COMMAND);
      host.execute("INSERT INTO host_order (id) VALUES ('order-2')");

      host.commit();

      assertThat(count(pool, "host_order")).isEqualTo(2);
      assertThat(count(pool, "levman_history")).isEqualTo(1);
      assertThat(store.command(CommandId.of("cmd-1"))).isPresent();
      assertThat(store.command(CommandId.of("cmd-2"))).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Databases.Vendor.class, names = {"H2", "POSTGRESQL"})
  void notificationsWaitForTheHostsCommitAndNoneLeavesForARollback(Databases.Vendor vendor) throws SQLException {
    try (Databases.Throwaway pool = vendor.fresh(); HostTransaction host = new HostTransaction(pool)) {
      RecordingPublisher published = new RecordingPublisher();
      LevmanEngine levman = Levman.builder().store(joined(pool, host)).publisher(published)
          .clock(VirtualClock.at(Instant.parse("2026-01-05T08:00:00Z")))
          .directory(new InMemoryDirectory().grant("ann", "SLM", Scope.service("hosting")))
          .process(ServiceLevelManagement.definition())
          .behaviours(new nl.levman.fixtures.HandbookKit().behaviours()).build();

      assertThat(levman.start(start("sla-1")).accepted()).isTrue();
      assertThat(published.received()).as("before the host's commit").isEmpty();
      host.rollback();
      assertThat(published.received()).as("after the host's rollback").isEmpty();
      assertThat(count(pool, "levman_history")).isZero();

      assertThat(levman.start(start("sla-2")).accepted()).isTrue();
      host.commit();
      assertThat(published.ofKind("step-opened")).isNotEmpty()
          .allSatisfy(n -> assertThat(n.instance()).isEqualTo(InstanceId.of("sla-2")));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = Databases.Vendor.class, names = {"H2", "POSTGRESQL"})
  void withoutAHostTransactionTheJoinedStoreCommitsOnItsOwn(Databases.Vendor vendor) throws SQLException {
    try (Databases.Throwaway pool = vendor.fresh()) {
      JdbcStore.builder(pool).createOrUpgradeSchema(true).build();
      JdbcStore store = JdbcStore.builder(pool)
          .connections(Connections.joining(pool, effects -> effects.run())).build();

      assertThat(store.commit(Changes.start("sla-1", "cmd-1").events(2, "{}").build()))
          .isEqualTo(CommitOutcome.APPLIED);

      assertThat(count(pool, "levman_history")).isEqualTo(2);
    }
  }

  private static StartProcess start(String instance) {
    return new StartProcess(CommandId.of("start-" + instance), InstanceId.of(instance),
        Handbook.SERVICE_LEVEL_MANAGEMENT, PersonId.of("ann"), new ProcessContext(Optional.of("acme"),
            Optional.of("sla-acme"), Optional.of("hosting"), Map.of(Handbook.DAP_WANTED, true), Map.of(),
            Optional.of(new nl.levman.model.Term(java.time.LocalDate.of(2026, 1, 1),
                java.time.LocalDate.of(2027, 1, 1), java.time.Period.ofMonths(1), 10,
                java.time.LocalDate.of(2026, 9, 1))), Map.of()));
  }
}
