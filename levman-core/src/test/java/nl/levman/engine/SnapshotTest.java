package nl.levman.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.StartProcess;
import nl.levman.api.WorkItem;
import nl.levman.fixtures.Desk;
import nl.levman.memory.InMemoryStore;
import nl.levman.model.CommandId;
import nl.levman.model.EventTypes;
import nl.levman.model.FlowRejection;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Role;
import nl.levman.model.RoleScope;
import nl.levman.model.Scope;
import nl.levman.spi.History;
import nl.levman.spi.InstanceSnapshot;
import nl.levman.spi.RecordedEvent;
import nl.levman.walk.ModelWalk;
import nl.levman.walk.Walks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The state stored with an instance is what its history replays to, after every command; a command
 * starts from it only while it follows the history's head, and replays the history otherwise.
 */
class SnapshotTest {
  private static final Role CLERK = new Role("CLERK", "Medewerker", "Clerk", RoleScope.ORGANISATION);
  private static final InstanceId ID = InstanceId.of("i");

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7, 2026})
  void theStoredStateIsWhatTheHistoryReplaysToAfterEveryCommandOfRandomWalks(long seed) {
    AtomicInteger compared = new AtomicInteger();
    for (ModelWalk.Setup setup : List.of(Walks.TEST_PROCESS, Walks.SERVICE_LEVEL_MANAGEMENT,
        Walks.RISK_REVIEW)) {
      ModelWalk.walk(setup, seed, 120, (desk, id) -> {
        assertStoredStateReplays(desk, id);
        compared.incrementAndGet();
      });
    }
    assertThat(compared.get()).as("commands compared").isGreaterThan(100);
  }

  private static void assertStoredStateReplays(Desk desk, InstanceId id) {
    EventTypes types = ((DefaultEngine) desk.engine).eventTypes();
    History.Read read = desk.store.read(id, CommandId.of("probe-never-used"));
    List<RecordedEvent> rows = desk.store.events(id);
    RecordedEvent last = rows.get(rows.size() - 1);
    assertThat(read.head()).contains(new History.Head(last.sequence(), last.hash()));
    Loaded stored = Snapshots.restore(types, id, read.head().get(), read.snapshot().orElseThrow())
        .orElseThrow(() -> new AssertionError("the snapshot of " + id + " was not usable"));
    Loaded replayed = Loaded.of(types, id, rows);
    assertThat(stored).usingRecursiveComparison().isEqualTo(replayed);
  }

  @Test
  void aCommandOnAnInstanceWithItsSnapshotReadsNoHistory() {
    Fixture f = new Fixture(UnaryOperator.identity());
    f.start();
    for (int n = 0; n < 5; n++) {
      assertThat(f.completeOpen().accepted()).isTrue();
    }
    assertThat(f.replays).as("whole-history reads by commands").isZero();
  }

  @Test
  void aSnapshotBehindTheHistorysHeadIsIgnoredAndTheHistoryReplayed() {
    Map<InstanceId, InstanceSnapshot> first = new HashMap<>();
    Fixture f = new Fixture(s -> first.computeIfAbsent(ID, i -> s));
    f.start();
    WorkItem one = f.open();
    assertThat(f.completeOpen().accepted()).isTrue();
    assertThat(f.replays).as("the snapshot read follows the head").isZero();
    assertThat(f.complete(one)).isEqualTo(new CommandResult.Rejected(
        new FlowRejection.StepNotOpen(ID.value(), one.id().value())));
    assertThat(f.completeOpen().accepted()).isTrue();
    assertThat(f.replays).as("replayed, the snapshot being stale").isEqualTo(2);
    assertThat(f.engine().instance(ID).orElseThrow().completions()).isEqualTo(Map.of(1, 1, 2, 1));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"unknown format", "not JSON", "another instance's", "wrong head inside"})
  void anUnreadableOrForeignSnapshotIsIgnoredAndTheHistoryReplayed(String damage) {
    Fixture f = new Fixture(s -> switch (damage) {
      case "unknown format" -> new InstanceSnapshot(s.sequence(), s.hash(), 99, s.content());
      case "not JSON" -> new InstanceSnapshot(s.sequence(), s.hash(), s.format(), "{\"state\": ");
      case "another instance's" -> new InstanceSnapshot(s.sequence(), s.hash(), s.format(),
          s.content().replace("\"instance\":\"i\"", "\"instance\":\"j\""));
      default -> new InstanceSnapshot(s.sequence(), s.hash(), s.format(),
          s.content().replace("\"sequence\":" + s.sequence(), "\"sequence\":" + (s.sequence() + 7)));
    });
    f.start();
    WorkItem one = f.open();
    assertThat(f.completeOpen().accepted()).isTrue();
    assertThat(f.complete(one).accepted()).isFalse();
    assertThat(f.completeOpen().accepted()).isTrue();
    assertThat(f.replays).isEqualTo(3);
    assertThat(f.engine().verify(ID).isIntact()).isTrue();
  }

  /** A chain of steps on a store whose reads pass every snapshot through a change, counting replays. */
  private static final class Fixture {
    final InMemoryStore store = new InMemoryStore();
    final AtomicInteger historyReads = new AtomicInteger();
    final Desk desk;
    int replays;
    private int commands;

    Fixture(UnaryOperator<InstanceSnapshot> damage) {
      History history = new History() {
        public List<RecordedEvent> events(InstanceId id) {
          historyReads.incrementAndGet();
          return store.events(id);
        }

        public Optional<CommandRecord> command(CommandId id) {
          return store.command(id);
        }

        public Read read(InstanceId id, CommandId command) {
          Read read = store.read(id, command);
          return new Read(read.earlier(), read.events(), read.head(), read.snapshot().map(damage));
        }
      };
      desk = new Desk(b -> b.instances(store, history, store, store).process(chain()));
      desk.directory.grant("clerk", "CLERK", Scope.organisation());
    }

    nl.levman.api.LevmanEngine engine() {
      return desk.engine;
    }

    void start() {
      assertThat(desk.engine.start(new StartProcess(CommandId.of("start"), ID, "chain",
          PersonId.of("clerk"), ProcessContext.empty())).accepted()).isTrue();
    }

    WorkItem open() {
      return desk.engine.instance(ID).orElseThrow().open().get(0);
    }

    CommandResult completeOpen() {
      return complete(open());
    }

    CommandResult complete(WorkItem item) {
      int before = historyReads.get();
      CommandResult result = desk.engine.complete(CompleteStep.of(CommandId.of("c" + ++commands), ID,
          item.id(), PersonId.of("clerk")).build());
      replays += historyReads.get() - before;
      return result;
    }

    private static ProcessDefinition chain() {
      ProcessDefinition.ProcessBuilder b = ProcessDefinition.builder("chain", 1).roles(CLERK);
      for (int step = 1; step < 9; step++) {
        b.step(step).by(CLERK).nl("Stap " + step).en("Step " + step).next(step + 1);
      }
      return b.step(9).by(CLERK).nl("Stap 9").en("Step 9").end().build();
    }
  }
}
