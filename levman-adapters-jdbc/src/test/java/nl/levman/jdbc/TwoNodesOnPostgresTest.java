package nl.levman.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.levman.Levman;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.LevmanEngine;
import nl.levman.model.FlowRejection;
import nl.levman.api.StartProcess;
import nl.levman.api.VirtualClock;
import nl.levman.api.WorkItem;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.memory.RecordingPublisher;
import nl.levman.model.CommandId;
import nl.levman.model.Event;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Scope;
import nl.levman.model.Term;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two application nodes — two engines with their own connection pools — on one PostgreSQL: racing
 * completions lose and duplicate nothing, each conflict is a clean rejection, every history
 * verifies, and each timer fires exactly once.
 */
class TwoNodesOnPostgresTest {
  Databases.Throwaway poolA;
  HikariDataSource poolB;
  VirtualClock clock = VirtualClock.at(Instant.parse("2026-01-05T08:00:00Z"));
  RecordingPublisher published = new RecordingPublisher();
  LevmanEngine nodeA;
  LevmanEngine nodeB;

  @BeforeEach
  void twoNodes() {
    poolA = Databases.postgres();
    poolB = poolA.otherNode();
    nodeA = node(poolA, "node-a");
    nodeB = node(poolB, "node-b");
  }

  @AfterEach
  void close() {
    poolB.close();
    poolA.close();
  }

  private LevmanEngine node(HikariDataSource pool, String name) {
    InMemoryDirectory directory = new InMemoryDirectory().grant("ann", "SLM", Scope.service("hosting"))
        .grant("lars", "LEV", Scope.supplier("acme")).grant("dirk", "DE", Scope.service("hosting"));
    return Levman.builder().store(JdbcStore.builder(pool).createOrUpgradeSchema(true).build())
        .process(ServiceLevelManagement.definition())
        .behaviours(new nl.levman.fixtures.HandbookKit().behaviours()).directory(directory).clock(clock)
        .publisher(published).node(name).build();
  }

  private void start(String id) {
    Term term = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), Period.ofMonths(1), 10,
        LocalDate.of(2026, 9, 1));
    CommandResult r = nodeA.start(new StartProcess(CommandId.of("start-" + id), InstanceId.of(id),
        Handbook.SERVICE_LEVEL_MANAGEMENT, PersonId.of("ann"), new ProcessContext(Optional.of("acme"),
            Optional.of("sla-" + id), Optional.of("hosting"), Map.of(Handbook.DAP_WANTED, false),
            Map.of(), Optional.of(term), Map.of())));
    assertThat(r.accepted()).as(r.toString()).isTrue();
  }

  @Test
  void racingCompletionsOfTheSameStepsTakeEffectOnceAndConflictsAreCleanRejections() throws Exception {
    int instances = 12;
    for (int i = 0; i < instances; i++) {
      start("race-" + i);
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    AtomicInteger accepted = new AtomicInteger();
    Map<String, AtomicInteger> conflicts = new ConcurrentHashMap<>();
    List<Future<?>> work = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      InstanceId id = InstanceId.of("race-" + i);
      WorkItem step1 = nodeA.instance(id).orElseThrow().open().get(0);
      for (int racer = 0; racer < 6; racer++) {
        LevmanEngine node = racer % 2 == 0 ? nodeA : nodeB;
        String command = "complete-" + id + "-by-" + racer;
        work.add(pool.submit(() -> {
          CommandResult r = node.complete(CompleteStep.of(CommandId.of(command), id, step1.id(),
              PersonId.of("ann")).build());
          if (r.accepted()) {
            accepted.incrementAndGet();
          } else {
            conflicts.computeIfAbsent(((CommandResult.Rejected) r).rejection().code(), k -> new AtomicInteger())
                .incrementAndGet();
          }
        }));
      }
    }
    for (Future<?> f : work) {
      f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(accepted.get()).as("each step completed exactly once").isEqualTo(instances);
    assertThat(conflicts.keySet()).isSubsetOf("ConcurrentChange", "StepNotOpen");
    for (int i = 0; i < instances; i++) {
      InstanceId id = InstanceId.of("race-" + i);
      assertThat(nodeB.verify(id).isIntact()).isTrue();
      long completions = nodeB.history(id).stream()
          .filter(h -> h.event() instanceof Event.StepCompleted c && c.step() == 1).count();
      assertThat(completions).isEqualTo(1);
      assertThat(nodeB.instance(id).orElseThrow().open()).extracting(WorkItem::step)
          .containsExactlyInAnyOrder(2, 3);
    }
  }

  @Test
  void differentStepsOnBothNodesAllTakeEffect() throws Exception {
    int instances = 10;
    for (int i = 0; i < instances; i++) {
      start("walk-" + i);
      InstanceId id = InstanceId.of("walk-" + i);
      nodeA.complete(CompleteStep.of(CommandId.of("c1-" + i), id,
          nodeA.instance(id).orElseThrow().open().get(0).id(), PersonId.of("ann")).build());
    }
    ExecutorService pool = Executors.newFixedThreadPool(6);
    List<Future<CommandResult>> results = new ArrayList<>();
    for (int i = 0; i < instances; i++) {
      InstanceId id = InstanceId.of("walk-" + i);
      for (WorkItem w : nodeA.instance(id).orElseThrow().open()) {
        LevmanEngine node = w.step() == 2 ? nodeA : nodeB;
        results.add(pool.submit(() -> retrying(node, id, w)));
      }
    }
    for (Future<CommandResult> f : results) {
      assertThat(f.get(60, TimeUnit.SECONDS).accepted()).isTrue();
    }
    pool.shutdown();
    for (int i = 0; i < instances; i++) {
      InstanceId id = InstanceId.of("walk-" + i);
      assertThat(nodeA.instance(id).orElseThrow().open()).extracting(WorkItem::step).containsExactly(7);
      assertThat(nodeA.verify(id).isIntact()).isTrue();
    }
  }

  /** A host retries a command that met a concurrent change, with the same command id. */
  private static CommandResult retrying(LevmanEngine node, InstanceId id, WorkItem w) {
    CompleteStep command = CompleteStep.of(CommandId.of("c-" + w.id()), id, w.id(), PersonId.of("ann")).build();
    for (int attempt = 0; ; attempt++) {
      CommandResult r = node.complete(command);
      if (r.accepted() || attempt > 20
          || !(((CommandResult.Rejected) r).rejection() instanceof FlowRejection.ConcurrentChange)) {
        return r;
      }
    }
  }

  @Test
  void eachTimerFiresExactlyOnceWithTwoNodes() throws Exception {
    int instances = 8;
    for (int i = 0; i < instances; i++) {
      String id = "timer-" + i;
      start(id);
      InstanceId instance = InstanceId.of(id);
      complete(instance, 1, "ann", null);
      complete(instance, 2, "ann", null);
      complete(instance, 3, "ann", null);
      complete(instance, 7, "ann", null);
      complete(instance, 8, "lars", null);
      complete(instance, 9, "ann", "akkoord");
      complete(instance, 10, "dirk", "akkoord");
      complete(instance, 11, "ann", null);
    }
    clock.set(Instant.parse("2026-02-20T08:00:00Z"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Integer>> runs = new ArrayList<>();
    for (int n = 0; n < 8; n++) {
      LevmanEngine node = n % 2 == 0 ? nodeA : nodeB;
      runs.add(pool.submit(node::runDue));
    }
    int fired = 0;
    for (Future<Integer> f : runs) {
      fired += f.get(60, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(fired).as("one overdue timer per instance").isEqualTo(instances);
    assertThat(published.ofKind("slr-overdue")).hasSize(instances);
    for (int i = 0; i < instances; i++) {
      InstanceId id = InstanceId.of("timer-" + i);
      assertThat(nodeA.history(id).stream().filter(h -> h.event() instanceof Event.SignalRaised)).hasSize(1);
      assertThat(nodeA.verify(id).isIntact()).isTrue();
    }
  }

  private void complete(InstanceId id, int step, String by, String outcome) {
    WorkItem item = nodeA.instance(id).orElseThrow().open().stream().filter(w -> w.step() == step)
        .findFirst().orElseThrow();
    CompleteStep.Builder b = CompleteStep.of(CommandId.of(id + "-" + step + "-" + item.id()), id, item.id(),
        PersonId.of(by));
    if (outcome != null) {
      b.outcome(outcome);
    }
    CommandResult r = nodeA.complete(b.build());
    assertThat(r.accepted()).as(r.toString()).isTrue();
  }
}
