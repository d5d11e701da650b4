package nl.levman.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.api.AuditReport;
import nl.levman.api.ProblemKind;
import nl.levman.api.RaiseStep;
import nl.levman.api.SealKey;
import nl.levman.api.Verification;
import nl.levman.fixtures.Desk;
import nl.levman.fixtures.TestProcess;
import nl.levman.memory.InMemorySeals;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.Scope;
import nl.levman.spi.RecordedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each alteration of issue 11 performed for real, by someone who can write the database but holds
 * neither the seal store nor the seal key, and how the audit names it: on H2, PostgreSQL and
 * MariaDB. Instance "a" has 6 records, "b" 3; both are sealed before the attack.
 */
class TamperEvidenceTest {

  @Nested class OnH2 extends Cases { OnH2() { super(Databases.Vendor.H2); } }
  @Nested class OnPostgres extends Cases { OnPostgres() { super(Databases.Vendor.POSTGRESQL); } }
  @Nested class OnMariaDb extends Cases { OnMariaDb() { super(Databases.Vendor.MARIADB); } }

  abstract static class Cases {
    static final SealKey KEY = SealKey.of(bytes(32));
    final Databases.Vendor vendor;
    final InMemorySeals seals = new InMemorySeals();
    Databases.Throwaway db;
    JdbcStore store;
    Desk desk;
    Attacker attacker;

    Cases(Databases.Vendor vendor) {
      this.vendor = vendor;
    }

    static byte[] bytes(int n) {
      byte[] b = new byte[n];
      Arrays.fill(b, (byte) 42);
      return b;
    }

    @BeforeEach
    void twoInstancesAreRecordedAndSealed() {
      db = vendor.fresh();
      store = JdbcStore.builder(db).createOrUpgradeSchema(true).build();
      desk = engineOn(store);
      for (String i : List.of("a", "b")) {
        desk.start(i, TestProcess.KEY, "cora", Desk.context("acme", "svc", Map.of("short", false),
            Optional.of(Desk.term(LocalDate.of(2026, 1, 1), 12))));
        desk.complete(i, 1, "cora");
      }
      raise("a", 3);
      attacker = new Attacker(db, vendor);
    }

    Desk engineOn(JdbcStore on) {
      Desk d = new Desk(b -> b.store(on).seals(seals, KEY), TestProcess.definition());
      d.directory.grant("cora", "CO", Scope.organisation()).grant("otto", "OW", Scope.service("svc"));
      return d;
    }

    void raise(String instance, int times) {
      for (int n = 0; n < times; n++) {
        desk.engine.raise(new RaiseStep(desk.nextCommand(), InstanceId.of(instance), 13, PersonId.of("cora"), "change"));
      }
    }

    @AfterEach
    void dropTheDatabase() {
      db.close();
    }

    long records(String instance) {
      return desk.events(instance);
    }

    List<ProblemKind> kinds(AuditReport report) {
      return report.problems().stream().map(AuditReport.Problem::kind).toList();
    }

    @Test
    void anUntouchedDatabaseIsIntactWithItsSeals() {
      assertThat(desk.engine.seal()).isEqualTo(2);
      AuditReport report = desk.engine.audit();
      assertThat(report.problems()).isEmpty();
      assertThat(report.instances()).isEqualTo(2);
      assertThat(report.records()).isEqualTo(records("a") + records("b"));
    }

    @Test
    void theLastRecordDeletedBehindSwitchedOffTriggersIsNamed() {
      desk.engine.seal();
      long last = records("a");
      attacker.behindGuards(() -> attacker.run("DELETE FROM levman_history WHERE instance_id = 'a' AND sequence = " + last));
      AuditReport report = desk.engine.audit();
      assertThat(kinds(report)).containsExactly(ProblemKind.SEALED_RECORDS_DELETED);
      assertThat(report.problems().get(0).where()).isEqualTo("instance a record " + last);
      assertThat(report.problems().get(0).what()).startsWith("record " + last + " was deleted: seal 1 of ")
          .endsWith("covered the history up to record " + last + ", the database holds " + (last - 1));
      Verification v = desk.engine.verify(InstanceId.of("a"));
      assertThat(v.kind()).contains(ProblemKind.SEALED_RECORDS_DELETED);
      assertThat(v.brokenAt()).contains(last);
    }

    @Test
    void theLastSixtyRecordsDeletedAreNamedAsARange() {
      raise("a", 60);
      desk.engine.seal();
      long last = records("a");
      attacker.behindGuards(() -> attacker.run("DELETE FROM levman_history WHERE instance_id = 'a' AND sequence > "
          + (last - 60)));
      AuditReport report = desk.engine.audit();
      assertThat(kinds(report)).containsExactly(ProblemKind.SEALED_RECORDS_DELETED);
      assertThat(report.problems().get(0).what()).startsWith("records " + (last - 59) + ".." + last + " were deleted");
    }

    @Test
    void recordsDeletedAfterAnEarlierSealAreStillNamedByIt() {
      desk.engine.seal();
      long sealed = records("a");
      raise("a", 2);
      desk.engine.seal();
      attacker.behindGuards(() -> attacker.run("DELETE FROM levman_history WHERE instance_id = 'a' AND sequence > "
          + (sealed - 1)));
      assertThat(desk.engine.seal()).as("a history cut short is not sealed").isZero();
      AuditReport report = desk.engine.audit();
      assertThat(kinds(report)).containsExactly(ProblemKind.SEALED_RECORDS_DELETED);
      assertThat(report.problems().get(0).what()).startsWith("records " + sealed + ".." + (sealed + 2) + " were deleted: seal 2");
    }

    @Test
    void aRecordForgedWithRecomputedHashesIsNamed() {
      desk.engine.seal();
      List<RecordedEvent> rows = store.events(InstanceId.of("a"));
      attacker.behindGuards(() -> attacker.forge(rows, 3, "mallory"));
      assertThat(desk.engine.history(InstanceId.of("a")).get(2).actor()).isEqualTo("mallory");
      AuditReport report = desk.engine.audit();
      assertThat(kinds(report)).containsExactly(ProblemKind.SEALED_RECORD_CHANGED);
      assertThat(report.problems().get(0).where()).isEqualTo("instance a record " + rows.size());
      assertThat(report.problems().get(0).what()).contains("differs from seal 1 of ")
          .contains("a record in 1.." + rows.size() + " was altered, removed or forged and the hashes recomputed");
      assertThat(desk.engine.verify(InstanceId.of("a")).kind()).contains(ProblemKind.SEALED_RECORD_CHANGED);
    }

    @Test
    void aForgedRecordIsPlacedBetweenTheSealsThatStillMatchAndTheFirstThatDoesNot() {
      desk.engine.seal();
      long first = records("a");
      raise("a", 3);
      desk.engine.seal();
      List<RecordedEvent> rows = store.events(InstanceId.of("a"));
      attacker.behindGuards(() -> attacker.forge(rows, (int) first + 2, "mallory"));
      assertThat(desk.engine.seal()).as("a head changed in place is not sealed").isZero();
      AuditReport report = desk.engine.audit();
      assertThat(kinds(report)).containsExactly(ProblemKind.SEALED_RECORD_CHANGED);
      assertThat(report.problems().get(0).what()).contains("a record in " + (first + 1) + ".." + rows.size())
          .contains("record " + first + " still matches seal 1");
    }

    @Test
    void aRecordDeletedAndAForgedOneInsertedInItsPlaceIsNamed() {
      desk.engine.seal();
      List<RecordedEvent> rows = store.events(InstanceId.of("a"));
      RecordedEvent last = rows.get(rows.size() - 1);
      attacker.behindGuards(() -> attacker.run("DELETE FROM levman_history WHERE instance_id = 'a' AND sequence = "
          + last.sequence()));
      attacker.append(rows.get(rows.size() - 2), "mallory");
      AuditReport report = desk.engine.audit();
      assertThat(kinds(report)).containsExactly(ProblemKind.SEALED_RECORD_CHANGED);
      assertThat(report.problems().get(0).where()).isEqualTo("instance a record " + last.sequence());
    }

    @Test
    void aRecordForgedAfterTheLastSealIsNotFoundAndTheNextSealCoversIt() {
      desk.engine.seal();
      List<RecordedEvent> rows = store.events(InstanceId.of("a"));
      attacker.append(rows.get(rows.size() - 1), "mallory");
      assertThat(desk.engine.audit().problems()).as("the limit the README states").isEmpty();
      assertThat(desk.engine.seal()).isEqualTo(1);
      assertThat(desk.engine.audit().problems()).isEmpty();
    }

    @Test
    void anInstanceRowDeletedLeavesItsHistoryToNameIt() {
      attacker.run("DELETE FROM levman_instance WHERE id = 'a'");
      AuditReport report = desk.engine.audit();
      assertThat(kinds(report)).containsExactly(ProblemKind.INSTANCE_ROW_MISSING);
      assertThat(report.problems().get(0).toString()).isEqualTo("instance a: has " + records("a")
          + " history record(s) but is not listed: its instance row was deleted");
    }

    @Test
    void aWholeInstanceDeletedIsNamedByItsSeal() {
      desk.engine.seal();
      long sealed = records("a");
      attacker.behindGuards(() -> attacker.run("DELETE FROM levman_history WHERE instance_id = 'a'",
          "DELETE FROM levman_work_item WHERE instance_id = 'a'", "DELETE FROM levman_timer WHERE instance_id = 'a'",
          "DELETE FROM levman_instance WHERE id = 'a'"));
      AuditReport report = desk.engine.audit();
      assertThat(kinds(report)).containsExactly(ProblemKind.SEALED_INSTANCE_DELETED);
      assertThat(report.problems().get(0).what()).startsWith("the instance was deleted: seal 1 of ")
          .endsWith("covered its history up to record " + sealed + ", the database holds none of it");
      assertThat(desk.engine.verify(InstanceId.of("a")).kind()).contains(ProblemKind.SEALED_INSTANCE_DELETED);
    }

    @Test
    void aTruncatedHistoryIsNamed() {
      desk.engine.seal();
      long sealed = records("a") + records("b");
      attacker.run("TRUNCATE TABLE levman_history");
      AuditReport report = desk.engine.audit();
      assertThat(kinds(report)).containsExactly(ProblemKind.HISTORY_EMPTIED);
      assertThat(report.problems().get(0).what()).startsWith("the history holds no records at all, while 2 instance(s) are listed; "
          + "the seals cover 2 instance(s) with " + sealed + " record(s)");
    }

    @Test
    void droppedTablesAreNamedAndNotCreatedAgain() {
      desk.engine.seal();
      attacker.run("DROP TABLE levman_history", "DROP TABLE levman_instance", "DROP TABLE levman_work_item",
          "DROP TABLE levman_timer", "DROP TABLE levman_schema_version");
      AuditReport report = desk.engine.audit();
      assertThat(kinds(report)).containsExactly(ProblemKind.TABLES_MISSING);
      assertThat(report.problems().get(0).what()).startsWith("the tables levman_instance, levman_history are not there")
          .contains("the seals cover 2 instance(s)");
      assertThat(desk.engine.verify(InstanceId.of("a")).kind()).contains(ProblemKind.TABLES_MISSING);
      assertThat(store.missingTables()).contains("levman_instance, levman_history");
    }

    @Test
    void tablesDroppedAndCreatedAgainAreNamed() {
      desk.engine.seal();
      attacker.run("DROP TABLE levman_history", "DROP TABLE levman_instance", "DROP TABLE levman_work_item",
          "DROP TABLE levman_timer", "DROP TABLE levman_schema_version");
      Desk restarted = engineOn(JdbcStore.builder(db).createOrUpgradeSchema(true).build());
      AuditReport report = restarted.engine.audit();
      assertThat(kinds(report)).containsExactly(ProblemKind.HISTORY_EMPTIED);
      assertThat(report.problems().get(0).what()).startsWith("the history holds no records at all; the seals cover 2 instance(s)")
          .endsWith("the history was emptied or truncated, or the tables dropped and recreated");
    }

    @Test
    void switchedOffTriggersAreNamedUntilSwitchedOnAgain() {
      Assumptions.assumeFalse(vendor == Databases.Vendor.H2, "H2 has no append-only trigger");
      attacker.guardsOff();
      AuditReport report = desk.engine.audit();
      assertThat(kinds(report)).containsOnly(ProblemKind.GUARD_OFF);
      assertThat(report.problems().get(0).what()).startsWith("the append-only trigger levman_history_");
      attacker.guardsOn();
      assertThat(desk.engine.audit().problems()).isEmpty();
    }

    @Test
    void withoutSealsTheChainAloneFindsAnEditThatDidNotRecomputeTheHashes() {
      attacker.behindGuards(() -> attacker.run("UPDATE levman_history SET actor = 'mallory' WHERE instance_id = 'b' "
          + "AND sequence = 2"));
      AuditReport report = desk.engine.audit();
      assertThat(kinds(report)).containsExactly(ProblemKind.CHAIN_BROKEN);
      assertThat(report.problems().get(0).where()).isEqualTo("instance b record 2");
    }
  }
}
