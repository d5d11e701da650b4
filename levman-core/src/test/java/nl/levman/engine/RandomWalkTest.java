package nl.levman.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import nl.levman.api.InstanceView;
import nl.levman.api.RaiseStep;
import nl.levman.api.WorkItem;
import nl.levman.fixtures.Desk;
import nl.levman.fixtures.TestProcess;
import nl.levman.model.Event;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceState;
import nl.levman.model.InstanceStatus;
import nl.levman.model.PersonId;
import nl.levman.model.Scope;
import nl.levman.spi.RecordedEvent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random walks (reproducible: the seed is the parameter): random people complete random open
 * work with random outcomes and items, time moves on, sub-flows are raised. After every command:
 * only open steps complete, no step is both open and done, the history verifies, and replaying the
 * history gives the state the engine reports; at the end the instance can still finish.
 */
class RandomWalkTest {
  private static final List<String> PEOPLE = List.of("cora", "otto", "sam", "pim", "nobody");

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233})
  void randomWalksKeepTheInvariants(long seed) {
    Random random = new Random(seed);
    Desk desk = new Desk(TestProcess.definition());
    desk.directory.grant("cora", "CO", Scope.organisation())
        .grant("otto", "OW", Scope.service("svc"))
        .grant("sam", "SM", Scope.supplier("acme")).grant("sam", "SM", Scope.supplier("globex"));
    InstanceId id = InstanceId.of("walk");
    desk.start("walk", TestProcess.KEY, "cora", Desk.context("acme", "svc",
        Map.of("short", random.nextBoolean()), Optional.of(Desk.term(LocalDate.of(2026, 1, 1), 6))));
    Set<String> done = new java.util.HashSet<>();
    for (int move = 0; move < 400 && running(desk, id); move++) {
      List<WorkItem> open = desk.engine.instance(id).orElseThrow().open();
      if (open.isEmpty() || random.nextInt(10) == 0) {
        desk.advance(Duration.ofDays(5 + random.nextInt(20)));
        continue;
      }
      if (random.nextInt(40) == 0) {
        desk.engine.raise(new RaiseStep(desk.nextCommand(), id, 13, PersonId.of("cora"), "change"));
      }
      WorkItem item = open.get(random.nextInt(open.size()));
      CommandResult r = desk.engine.complete(randomCompletion(desk, random, item));
      if (r.accepted()) {
        assertThat(done.add(item.id().value())).as("completed only once").isTrue();
      }
      checkInvariants(desk, id, done);
    }
    finish(desk, id);
    assertThat(desk.engine.instance(id).orElseThrow().status()).isEqualTo(InstanceStatus.COMPLETED);
  }

  private static boolean running(Desk desk, InstanceId id) {
    return desk.engine.instance(id).orElseThrow().status() == InstanceStatus.RUNNING;
  }

  private static CompleteStep randomCompletion(Desk desk, Random random, WorkItem item) {
    CompleteStep.Builder b = desk.completion("walk", item, PEOPLE.get(random.nextInt(PEOPLE.size())));
    if (!item.outcomes().isEmpty()) {
      b.outcome(item.outcomes().get(random.nextInt(item.outcomes().size())));
    }
    if (item.step() == 4) {
      b.declares("supplier", random.nextBoolean() ? List.of("acme", "globex") : List.of("acme"));
    }
    if (item.step() == 5) {
      b.declares("action", List.of("a1", "a2", "a3").subList(0, random.nextInt(3)));
    }
    if (random.nextInt(3) > 0) {
      b.document(DocumentInput.of("guide", "guide.txt", "the rules"));
    }
    return b.build();
  }

  /** The invariants, checked after every command. */
  private static void checkInvariants(Desk desk, InstanceId id, Set<String> done) {
    InstanceView view = desk.engine.instance(id).orElseThrow();
    Set<String> open = view.open().stream().map(w -> w.id().value()).collect(Collectors.toSet());
    assertThat(open.stream().filter(done::contains)).as("no step both open and done").isEmpty();
    assertThat(desk.engine.verify(id).isIntact()).as("history verifies").isTrue();
    List<RecordedEvent> rows = desk.store.events(id);
    List<Event> events = new ArrayList<>();
    List<java.time.Instant> times = new ArrayList<>();
    rows.forEach(r -> {
      events.add(nl.levman.model.EventTypes.flow().decode(r.type(), r.payload()));
      times.add(r.at());
    });
    InstanceState replayed = InstanceState.replay(id, events, times);
    assertThat(replayed.openSteps().stream().map(o -> o.item().value()).collect(Collectors.toSet()))
        .as("replaying the history gives the same open steps").isEqualTo(
            desk.engine.instance(id).orElseThrow().open().stream().map(w -> w.id().value())
                .collect(Collectors.toSet()));
    assertThat(replayed.completions()).isEqualTo(view.completions());
  }

  /** The instance can still reach its end: the right people complete everything, time runs out. */
  private static void finish(Desk desk, InstanceId id) {
    for (int round = 0; round < 500 && running(desk, id); round++) {
      List<WorkItem> open = desk.engine.instance(id).orElseThrow().open();
      if (open.isEmpty()) {
        desk.advance(Duration.ofDays(30));
        continue;
      }
      WorkItem item = open.get(0);
      String who = switch (item.role()) {
        case "CO" -> "cora";
        case "OW" -> "otto";
        default -> "sam";
      };
      CompleteStep.Builder b = desk.completion("walk", item, who)
          .document(DocumentInput.of("guide", "guide.txt", "the rules"));
      if (!item.outcomes().isEmpty()) {
        b.outcome(item.outcomes().get(0));
      }
      if (item.step() == 4) {
        b.declares("supplier", List.of("acme"));
      }
      if (item.step() == 5) {
        b.declares("action", List.of());
      }
      if (!desk.engine.complete(b.build()).accepted()) {
        desk.advance(Duration.ofDays(30));
      }
    }
  }
}
