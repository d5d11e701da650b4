package nl.levman.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import nl.levman.Levman;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.LevmanEngine;
import nl.levman.api.StartProcess;
import nl.levman.api.VirtualClock;
import nl.levman.api.WorkItem;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.model.CommandId;
import nl.levman.model.FlowRejection;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Role;
import nl.levman.model.RoleScope;
import nl.levman.model.Scope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A command reads the instance's snapshot and the history's head in one statement and writes its
 * change in as few as the database allows; a missing, stale or damaged snapshot is replayed over.
 */
class SnapshotOnDatabasesTest {
  private static final Role CLERK = new Role("CLERK", "Medewerker", "Clerk", RoleScope.ORGANISATION);
  private static final InstanceId ID = InstanceId.of("i");

  private static ProcessDefinition chain() {
    ProcessDefinition.ProcessBuilder b = ProcessDefinition.builder("chain", 1).roles(CLERK);
    for (int step = 1; step < 20; step++) {
      b.step(step).by(CLERK).nl("Stap " + step).en("Step " + step).next(step + 1);
    }
    return b.step(20).by(CLERK).nl("Stap 20").en("Step 20").end().build();
  }

  private static LevmanEngine engine(javax.sql.DataSource ds) {
    return engine(ds, nl.levman.api.Delivery.AFTER_COMMIT);
  }

  private static LevmanEngine engine(javax.sql.DataSource ds, nl.levman.api.Delivery delivery) {
    return Levman.builder().store(JdbcStore.builder(ds).createOrUpgradeSchema(true).build())
        .delivery(delivery).process(chain()).clock(VirtualClock.at(Instant.parse("2026-01-05T08:00:00Z")))
        .directory(new InMemoryDirectory().grant("clerk", "CLERK", Scope.organisation())).build();
  }

  private static WorkItem open(LevmanEngine engine) {
    return engine.instance(ID).orElseThrow().open().get(0);
  }

  private static CommandResult complete(LevmanEngine engine, WorkItem item) {
    return engine.complete(CompleteStep.of(CommandId.of("c-" + item.id()), ID, item.id(),
        PersonId.of("clerk")).build());
  }

  @ParameterizedTest
  @EnumSource(Databases.Vendor.class)
  void aStepCompletionTakesOneReadOneWriteAndOneCommitOnPostgresql(Databases.Vendor vendor) {
    try (Databases.Throwaway pool = vendor.fresh()) {
      FaultyDataSource counted = new FaultyDataSource(pool);
      // the command's own statements: its side effects wait in the outbox for dispatch(), which
      // delivers them in a transaction of its own (with Delivery.AFTER_COMMIT, right after)
      LevmanEngine engine = engine(counted, nl.levman.api.Delivery.ON_DISPATCH);
      engine.start(new StartProcess(CommandId.of("start"), ID, "chain", PersonId.of("clerk"),
          ProcessContext.empty()));
      int completions = 10;
      int trips = 0;
      int commits = 0;
      for (int n = 0; n < completions; n++) {
        WorkItem item = open(engine);
        int trips0 = counted.roundTrips.get();
        int commits0 = counted.commits.get();
        assertThat(complete(engine, item).accepted()).isTrue();
        trips += counted.roundTrips.get() - trips0;
        commits += counted.commits.get() - commits0;
      }
      assertThat(commits).as("commits").isEqualTo(completions);
      // PostgreSQL: the read, and the change as one statement in auto-commit mode; elsewhere the
      // read, the instance row, the history rows, the work item, the command's fingerprint, the
      // outbox messages and the commit
      assertThat(trips).as("round trips").isEqualTo(completions * (vendor == Databases.Vendor.POSTGRESQL ? 2 : 7));
      assertThat(engine.health().outboxPending()).as("side effects waiting").isPositive();
      engine.dispatch();
      assertThat(engine.health().outboxPending()).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Databases.Vendor.class)
  void anInstanceWithoutASnapshotOrWithAStaleOrDamagedOneIsReplayedAndGetsOneAgain(
      Databases.Vendor vendor) throws SQLException {
    try (Databases.Throwaway pool = vendor.fresh()) {
      LevmanEngine engine = engine(pool);
      engine.start(new StartProcess(CommandId.of("start"), ID, "chain", PersonId.of("clerk"),
          ProcessContext.empty()));
      WorkItem first = open(engine);
      String[] damages = {
          "UPDATE levman_instance SET head_sequence = NULL, head_hash = NULL, snapshot_format = NULL, snapshot = NULL",
          "UPDATE levman_instance SET snapshot = '{\"not\": \"a state\"}'",
          "UPDATE levman_instance SET snapshot_format = 99",
          null};
      for (String damage : damages) {
        WorkItem item = open(engine);
        if (damage == null) {
          // stale: the snapshot after the start, written back after two further completions
          assertThat(complete(engine, item).accepted()).isTrue();
          execute(pool, "UPDATE levman_instance SET head_sequence = head_sequence - 1");
          item = open(engine);
        } else {
          execute(pool, damage);
        }
        assertThat(complete(engine, item).accepted()).as(String.valueOf(damage)).isTrue();
      }
      assertThat(engine.complete(CompleteStep.of(CommandId.of("again"), ID, first.id(),
          PersonId.of("clerk")).build())).isEqualTo(new CommandResult.Rejected(
          new FlowRejection.StepNotOpen(ID.value(), first.id().value())));
      assertThat(engine.instance(ID).orElseThrow().open()).extracting(WorkItem::step).containsExactly(6);
      assertThat(engine.verify(ID).isIntact()).isTrue();
    }
  }

  private static void execute(javax.sql.DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}
