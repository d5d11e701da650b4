package nl.levman.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.Levman;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import nl.levman.api.LevmanEngine;
import nl.levman.api.StartProcess;
import nl.levman.api.VirtualClock;
import nl.levman.api.WorkItem;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.memory.InMemoryArchive;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.LevmanException;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Scope;
import nl.levman.model.Term;
import nl.levman.spi.Archive;
import nl.levman.spi.ArchivedDocument;
import nl.levman.spi.DocumentMetadata;
import nl.levman.spi.DocumentName;
import nl.levman.spi.DocumentRef;
import nl.levman.spi.WorkItemQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/** A failure in the middle of a command leaves nothing behind; history cannot be changed. */
class FailuresTest {
  HikariDataSource pool;
  FaultyDataSource faulty;
  JdbcStore store;
  LevmanEngine engine;
  boolean archiveFails;
  final VirtualClock clock = VirtualClock.at(Instant.parse("2026-01-05T08:00:00Z"));

  @BeforeEach
  void engine() {
    pool = Databases.postgres();
    faulty = new FaultyDataSource(pool);
    store = JdbcStore.builder(faulty).createOrUpgradeSchema(true).build();
    InMemoryArchive memory = InMemoryArchive.withHandbookPlaces();
    Archive archive = new Archive() {
      public ArchivedDocument store(String place, String supplier, String dossier, DocumentName name,
          byte[] content, DocumentMetadata metadata) {
        if (archiveFails) {
          throw new LevmanException("the archive share is offline (injected)");
        }
        return memory.store(place, supplier, dossier, name, content, metadata);
      }
      public List<ArchivedDocument> list(String place) { return memory.list(place); }
      public Optional<ArchivedDocument> find(DocumentRef ref) { return memory.find(ref); }
      public byte[] read(DocumentRef ref) { return memory.read(ref); }
    };
    engine = Levman.builder().store(store).archive(archive).clock(clock)
        .directory(new InMemoryDirectory().grant("ann", "SLM", Scope.service("hosting"))
            .grant("lars", "LEV", Scope.supplier("acme")))
        .process(ServiceLevelManagement.definition())
        .behaviours(new nl.levman.fixtures.HandbookKit().behaviours()).build();
    Term term = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), Period.ofMonths(1), 10,
        LocalDate.of(2026, 9, 1));
    engine.start(new StartProcess(CommandId.of("start"), InstanceId.of("sla"), Handbook.SERVICE_LEVEL_MANAGEMENT,
        PersonId.of("ann"), new ProcessContext(Optional.of("acme"), Optional.of("sla-acme"),
            Optional.of("hosting"), Map.of(Handbook.DAP_WANTED, true), Map.of(), Optional.of(term), Map.of())));
  }

  @AfterEach
  void close() {
    pool.close();
  }

  private record Snapshot(int events, List<String> work, int timers) {}

  private Snapshot snapshot() {
    return new Snapshot(store.events(InstanceId.of("sla")).size(),
        store.find(WorkItemQuery.all(100)).stream().map(w -> w.id().value()).sorted().toList(),
        store.pending(InstanceId.of("sla")).size());
  }

  private CompleteStep completeStep1() {
    WorkItem step1 = engine.instance(InstanceId.of("sla")).orElseThrow().open().get(0);
    return CompleteStep.of(CommandId.of("c1"), InstanceId.of("sla"), step1.id(), PersonId.of("ann")).build();
  }

  @ParameterizedTest(name = "{0} at {1}")
  @org.junit.jupiter.params.provider.CsvSource({
      "ERROR, INSERT INTO levman_history", "ERROR, UPDATE levman_work_item", "ERROR, INSERT INTO levman_work_item",
      "DROP_CONNECTION, INSERT INTO levman_history", "DROP_CONNECTION, UPDATE levman_work_item",
      "DROP_CONNECTION, INSERT INTO levman_work_item"})
  void aFailureInTheMiddleOfACommitLeavesNothingBehind(FaultyDataSource.Fault fault, String statement) {
    Snapshot before = snapshot();
    // on PostgreSQL every part of a change is in one statement: the one that contains the part fails
    faulty.failOn(sql -> sql.contains(statement), fault);
    assertThatThrownBy(() -> engine.complete(completeStep1()))
        .isInstanceOf(LevmanException.class).hasMessageContaining("instance sla")
        .as("the failure itself, not a rollback on the dead connection").hasMessageContaining("(injected)");
    assertThat(snapshot()).isEqualTo(before);
    assertThat(store.command(CommandId.of("c1"))).isEmpty();
    assertThat(engine.complete(completeStep1()).accepted()).as("the retry succeeds").isTrue();
    assertThat(engine.verify(InstanceId.of("sla")).isIntact()).isTrue();
  }

  @Test
  void aFailingArchiveStopsTheCommandBeforeAnythingIsCommitted() {
    for (String step : List.of("1", "2", "3", "4")) {
      WorkItem w = engine.instance(InstanceId.of("sla")).orElseThrow().open().stream()
          .filter(i -> i.step() == Integer.parseInt(step)).findFirst().orElseThrow();
      engine.complete(CompleteStep.of(CommandId.of("s" + step), InstanceId.of("sla"), w.id(), PersonId.of("ann")).build());
    }
    WorkItem five = engine.instance(InstanceId.of("sla")).orElseThrow().open().get(0);
    engine.complete(CompleteStep.of(CommandId.of("s5"), InstanceId.of("sla"), five.id(), PersonId.of("lars"))
        .outcome("akkoord").build());
    WorkItem six = engine.instance(InstanceId.of("sla")).orElseThrow().open().get(0);
    Snapshot before = snapshot();
    archiveFails = true;
    assertThatThrownBy(() -> engine.complete(CompleteStep.of(CommandId.of("s6"), InstanceId.of("sla"),
        six.id(), PersonId.of("ann")).document(DocumentInput.of("handleiding", "h.pdf", "rules"))
        .document(DocumentInput.of("dap", "dap.pdf", "DAP, signed"))
        .field("signatures", nl.levman.fixtures.HandbookKit.signatures("dirk", "lars")).build()))
        .isInstanceOf(LevmanException.class).hasMessageContaining("offline");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void healthNamesAStoreThatFails() {
    assertThat(engine.health().isUp()).isTrue();
    faulty.failOn(sql -> sql.contains("levman_timer"), FaultyDataSource.Fault.ERROR);
    var health = engine.health();
    assertThat(health.isUp()).isFalse();
    assertThat(health.storeProblem()).hasValueSatisfying(p -> assertThat(p).contains("(injected)"));
  }

  @Test
  void theDatabaseRefusesToChangeOrRemoveHistory() throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      assertThatThrownBy(() -> s.executeUpdate("UPDATE levman_history SET actor = 'mallory'"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM levman_history"))
          .hasMessageContaining("append-only");
    }
    assertThat(engine.verify(InstanceId.of("sla")).isIntact()).isTrue();
  }

  @Test
  void theMariaDbSchemaRefusesToChangeHistoryToo() throws SQLException {
    try (HikariDataSource maria = Databases.mariadb()) {
      JdbcStore.builder(maria).createOrUpgradeSchema(true).build();
      try (Connection c = maria.getConnection(); Statement s = c.createStatement()) {
        s.executeUpdate("INSERT INTO levman_history (instance_id, sequence, recorded_at, actor, type,"
            + " payload, previous_hash, hash) VALUES ('i', 1, 0, 'a', 't', '{}', 'p', 'h')");
        assertThatThrownBy(() -> s.executeUpdate("UPDATE levman_history SET actor = 'mallory'"))
            .hasMessageContaining("append-only");
        assertThatThrownBy(() -> s.executeUpdate("DELETE FROM levman_history"))
            .hasMessageContaining("append-only");
      }
    }
  }

  @Test
  void twoNodesMigratingAtOnceBothSucceed() throws Exception {
    HikariDataSource fresh = Databases.postgres();
    try (fresh) {
      var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
      var a = pool.submit(() -> JdbcStore.builder(fresh).createOrUpgradeSchema(true).build());
      var b = pool.submit(() -> JdbcStore.builder(fresh).createOrUpgradeSchema(true).build());
      assertThat(a.get()).isNotNull();
      assertThat(b.get()).isNotNull();
      pool.shutdown();
      try (Connection c = fresh.getConnection(); Statement s = c.createStatement();
          var r = s.executeQuery("SELECT COUNT(*) FROM levman_schema_version")) {
        r.next();
        assertThat(r.getInt(1)).as("each script once").isEqualTo(SchemaMigrator.SCRIPTS.size());
      }
    }
  }
}
