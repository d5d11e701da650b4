package nl.levman.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import nl.levman.Levman;
import nl.levman.api.CommandResult;
import nl.levman.api.LevmanEngine;
import nl.levman.api.StartProcess;
import nl.levman.api.VirtualClock;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Scope;
import nl.levman.model.Term;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database at schema version 1, with data, is upgraded to the current version by the migrator
 * and keeps working: its history intact, its command ids still taken, new commands bound to their
 * fingerprints and their side effects delivered through the outbox.
 */
class SchemaUpgradeTest {

  @ParameterizedTest
  @EnumSource(Databases.Vendor.class)
  void aVersionOneDatabaseWithDataIsUpgradedAndKeepsWorking(Databases.Vendor vendor) throws Exception {
    try (Databases.Throwaway db = vendor.fresh()) {
      createVersionOne(db);
      writeAsVersionOneDid(db);

      JdbcStore store = JdbcStore.builder(db).createOrUpgradeSchema(true).build();

      assertThat(versions(db)).isEqualTo("1,2,3");
      assertThat(store.events(InstanceId.of("old"))).hasSize(2);
      assertThat(store.command(CommandId.of("start-old")).orElseThrow().fingerprint()).isEmpty();
      VirtualClock clock = VirtualClock.at(java.time.Instant.parse("2026-01-05T08:00:00Z"));
      LevmanEngine engine = Levman.builder().store(store).clock(clock)
          .directory(new InMemoryDirectory().grant("ann", "SLM", Scope.service("hosting")))
          .process(ServiceLevelManagement.definition())
          .behaviours(new nl.levman.fixtures.HandbookKit().behaviours()).build();
      assertThat(engine.start(start("start-sla", "sla")).accepted()).isTrue();
      assertThat(engine.start(start("start-sla", "sla"))).extracting(r -> ((CommandResult.Accepted) r).repeated())
          .isEqualTo(true);
      CommandResult reused = engine.start(start("start-old", "sla-2"));
      assertThat(((CommandResult.Rejected) reused).rejection().code()).isEqualTo("CommandIdReused");
      assertThat(engine.health().outboxPending()).isZero();
      assertThat(engine.verify(InstanceId.of("sla")).isIntact()).isTrue();
      JdbcStore.builder(db).createOrUpgradeSchema(true).build();
      assertThat(versions(db)).as("a second start migrates nothing").isEqualTo("1,2,3");
    }
  }

  private static StartProcess start(String command, String instance) {
    return new StartProcess(CommandId.of(command), InstanceId.of(instance), Handbook.SERVICE_LEVEL_MANAGEMENT,
        PersonId.of("ann"), new ProcessContext(Optional.of("acme"), Optional.of("sla-acme"),
            Optional.of("hosting"), Map.of(Handbook.DAP_WANTED, false), Map.of(),
            Optional.of(new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), Period.ofMonths(1), 10,
                LocalDate.of(2026, 9, 1))), Map.of()));
  }

  /** What the migrator of version 1 left: its tables and its row in levman_schema_version. */
  private static void createVersionOne(Databases.Throwaway db) throws Exception {
    try (Connection c = db.getConnection()) {
      String path = SchemaMigrator.LOCATION + Dialect.of(c).folder + "/V1__levman.sql";
      String script;
      try (InputStream in = SchemaUpgradeTest.class.getClassLoader().getResourceAsStream(path)) {
        script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      try (Statement s = c.createStatement()) {
        for (String statement : SchemaMigrator.statements(script)) {
          s.execute(statement);
        }
        s.execute("CREATE TABLE levman_schema_version (version INTEGER PRIMARY KEY, "
            + "script VARCHAR(100) NOT NULL, applied_at BIGINT NOT NULL)");
        s.execute("INSERT INTO levman_schema_version VALUES (1, 'V1__levman.sql', 0)");
      }
    }
  }

  /** The rows a store of schema version 1 wrote for a start: instance, two records, a work item. */
  private static void writeAsVersionOneDid(Databases.Throwaway db) throws Exception {
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute("INSERT INTO levman_instance (id, process_key, supplier, status, started_at) "
          + "VALUES ('old', 'service-level-management', 'acme', 'RUNNING', 0)");
      s.execute("INSERT INTO levman_history (instance_id, sequence, recorded_at, actor, command_id, type, "
          + "payload, previous_hash, hash) VALUES ('old', 1, 0, 'ann', 'start-old', 'process-started.v1', "
          + "'{}', '" + "0".repeat(64) + "', '" + "1".repeat(64) + "')");
      s.execute("INSERT INTO levman_history (instance_id, sequence, recorded_at, actor, command_id, type, "
          + "payload, previous_hash, hash) VALUES ('old', 2, 0, 'ann', NULL, 'step-opened.v1', "
          + "'{}', '" + "1".repeat(64) + "', '" + "2".repeat(64) + "')");
    }
  }

  private static String versions(Databases.Throwaway db) throws Exception {
    StringBuilder out = new StringBuilder();
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT version FROM levman_schema_version ORDER BY version")) {
      while (r.next()) {
        out.append(out.length() == 0 ? "" : ",").append(r.getInt(1));
      }
    }
    return out.toString();
  }
}
