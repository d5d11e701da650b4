package nl.levman.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.levman.Levman;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.Delivery;
import nl.levman.api.LevmanEngine;
import nl.levman.api.StartProcess;
import nl.levman.api.VirtualClock;
import nl.levman.api.WorkItem;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.memory.RecordingPublisher;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Scope;
import nl.levman.model.Term;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A node commits SLM step 18 and dies before delivering its side effects: the start of process 8
 * waits in the database's outbox. Two other nodes dispatch at once; process 8 starts once, as the
 * system, and every notification is published once.
 */
class OutboxOnTwoNodesTest {
  static final ProcessDefinition PROCESS_8 = ProcessDefinition.builder("verlenging-einde-contract", 1)
      .roles(Handbook.SLM).about(nl.levman.model.Subject.SUPPLIER, nl.levman.model.Subject.SERVICE)
      .step(1).by(Handbook.SLM).nl("Evalueer").en("Evaluate").end().build();
  final VirtualClock clock = VirtualClock.at(Instant.parse("2026-01-05T08:00:00Z"));

  private LevmanEngine node(HikariDataSource pool, String name, Delivery delivery,
      RecordingPublisher published) {
    InMemoryDirectory directory = new InMemoryDirectory().grant("ann", "SLM", Scope.service("hosting"))
        .grant("lars", "LEV", Scope.supplier("acme")).grant("dirk", "DE", Scope.service("hosting"));
    return Levman.builder().store(JdbcStore.builder(pool).createOrUpgradeSchema(true).build())
        .process(ServiceLevelManagement.definition()).process(PROCESS_8)
        .behaviours(new nl.levman.fixtures.HandbookKit().behaviours()).directory(directory).clock(clock)
        .publisher(published).delivery(delivery).node(name).build();
  }

  @ParameterizedTest
  @EnumSource(value = Databases.Vendor.class, names = {"POSTGRESQL", "MARIADB"})
  void process8StartsOnceWhenTheNodeThatCompletedStep18DiedBeforeDelivering(Databases.Vendor vendor)
      throws Exception {
    try (Databases.Throwaway poolA = vendor.fresh(); HikariDataSource poolB = poolA.otherNode();
        HikariDataSource poolC = poolA.otherNode()) {
      RecordingPublisher deadNodes = new RecordingPublisher();
      LevmanEngine dying = node(poolA, "node-a", Delivery.ON_DISPATCH, deadNodes);
      InstanceId sla = InstanceId.of("sla");
      ok(dying.start(new StartProcess(CommandId.of("start-sla"), sla, Handbook.SERVICE_LEVEL_MANAGEMENT,
          PersonId.of("ann"), new ProcessContext(Optional.of("acme"), Optional.of("sla-acme"),
              Optional.of("hosting"), Map.of(Handbook.DAP_WANTED, false), Map.of(),
              Optional.of(new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1), Period.ofMonths(1),
                  10, LocalDate.of(2026, 1, 2))), Map.of()))));
      for (Object[] step : new Object[][] {{1, "ann", null}, {2, "ann", null}, {3, "ann", null},
          {7, "ann", null}, {8, "lars", null}, {9, "ann", "akkoord"}, {10, "dirk", "akkoord"},
          {11, "ann", null}}) {
        complete(dying, sla, (Integer) step[0], (String) step[1], (String) step[2]);
      }
      clock.advance(Duration.ofDays(1));
      dying.runDue();
      complete(dying, sla, 18, "ann", null);
      assertThat(dying.instance(InstanceId.of("sla.link18"))).isEmpty();
      long waiting = dying.health().outboxPending();
      assertThat(waiting).as("step 18's side effects wait in the outbox").isPositive();
      // node-a dies here

      RecordingPublisher published = new RecordingPublisher();
      LevmanEngine nodeB = node(poolB, "node-b", Delivery.AFTER_COMMIT, published);
      LevmanEngine nodeC = node(poolC, "node-c", Delivery.AFTER_COMMIT, published);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      List<Future<Integer>> dispatchers = List.of(pool.submit(nodeB::dispatch), pool.submit(nodeC::dispatch));
      int delivered = 0;
      for (Future<Integer> f : dispatchers) {
        delivered += f.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();

      assertThat(delivered).isEqualTo(waiting);
      assertThat(nodeB.instance(InstanceId.of("sla.link18")).orElseThrow().processKey())
          .isEqualTo("verlenging-einde-contract");
      assertThat(nodeB.history(InstanceId.of("sla.link18")).get(0).actor()).isEqualTo("levman");
      assertThat(published.ofKind("process-linked")).hasSize(1);
      assertThat(published.received()).extracting(n -> n.details().get("delivery")).doesNotHaveDuplicates();
      assertThat(nodeC.health().outboxPending()).isZero();
      assertThat(nodeC.verify(sla).isIntact()).isTrue();
    }
  }

  private static void complete(LevmanEngine node, InstanceId id, int step, String by, String outcome) {
    WorkItem item = node.instance(id).orElseThrow().open().stream().filter(w -> w.step() == step)
        .findFirst().orElseThrow(() -> new AssertionError("step " + step + " is not open in " + id));
    CompleteStep.Builder b = CompleteStep.of(CommandId.of("complete-" + item.id().value()), id, item.id(),
        PersonId.of(by));
    if (outcome != null) {
      b.outcome(outcome);
    }
    ok(node.complete(b.build()));
  }

  private static void ok(CommandResult r) {
    assertThat(r.accepted()).as(r.toString()).isTrue();
  }
}
