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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.levman.Levman;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.LevmanEngine;
import nl.levman.api.StartProcess;
import nl.levman.api.VirtualClock;
import nl.levman.api.WorkItem;
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
 * Two engines on separate pools race with one command id: the owner's command sent several times
 * from both nodes, a foreign supplier's user reusing the id, and a host id in the engine's
 * namespace. The command takes effect once; its repeats return the first result or a retryable
 * conflict; the foreign user never gets in and learns nothing; the engine's namespace stays closed.
 */
class CommandIdsOnTwoNodesTest {
  VirtualClock clock = VirtualClock.at(Instant.parse("2026-01-05T08:00:00Z"));

  private LevmanEngine node(HikariDataSource pool, String name) {
    InMemoryDirectory directory = new InMemoryDirectory().grant("ann", "SLM", Scope.service("hosting"))
        .grant("gina", "SLM", Scope.service("globex-mail")).grant("gina", "LEV", Scope.supplier("globex"));
    return Levman.builder().store(JdbcStore.builder(pool).createOrUpgradeSchema(true).build())
        .process(ServiceLevelManagement.definition())
        .behaviours(new nl.levman.fixtures.HandbookKit().behaviours()).directory(directory).clock(clock)
        .node(name).build();
  }

  @ParameterizedTest
  @EnumSource(value = Databases.Vendor.class, names = {"POSTGRESQL", "MARIADB"})
  void reusedForeignAndEngineIdsRacingOnTwoNodes(Databases.Vendor vendor) throws Exception {
    try (Databases.Throwaway poolA = vendor.fresh(); HikariDataSource poolB = poolA.otherNode()) {
      LevmanEngine nodeA = node(poolA, "node-a");
      LevmanEngine nodeB = node(poolB, "node-b");
      int instances = 8;
      for (int i = 0; i < instances; i++) {
        CommandResult r = nodeA.start(start("start-" + i, "race-" + i));
        assertThat(r.accepted()).as(r.toString()).isTrue();
      }
      ExecutorService pool = Executors.newFixedThreadPool(6);
      Map<String, List<String>> outcomes = new ConcurrentHashMap<>();
      List<Future<?>> work = new ArrayList<>();
      for (int i = 0; i < instances; i++) {
        InstanceId id = InstanceId.of("race-" + i);
        WorkItem step1 = nodeA.instance(id).orElseThrow().open().get(0);
        String command = "complete-" + i;
        for (int racer = 0; racer < 6; racer++) {
          LevmanEngine node = racer % 2 == 0 ? nodeA : nodeB;
          String who = racer < 4 ? "ann" : racer == 4 ? "gina" : "ann-in-the-engine-namespace";
          String sent = racer == 5 ? "timer:" + id.value() + ".renewal-due.3" : command;
          String person = racer == 5 ? "ann" : who;
          work.add(pool.submit(() -> {
            CommandResult r = node.complete(CompleteStep.of(CommandId.of(sent), id, step1.id(),
                PersonId.of(person)).build());
            String outcome = r instanceof CommandResult.Accepted a ? (a.repeated() ? "repeated" : "accepted")
                : ((CommandResult.Rejected) r).rejection().code();
            outcomes.computeIfAbsent(who, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(outcome);
            if (r instanceof CommandResult.Rejected rejected && who.equals("gina")) {
              assertThat(rejected.rejection().message()).doesNotContain("race-").doesNotContain("acme");
            }
          }));
        }
      }
      for (Future<?> f : work) {
        f.get(60, TimeUnit.SECONDS);
      }
      pool.shutdown();

      assertThat(outcomes.get("ann").stream().filter("accepted"::equals).count())
          .as("each completion took effect once").isEqualTo(instances);
      assertThat(Set.copyOf(outcomes.get("ann"))).isSubsetOf("accepted", "repeated", "ConcurrentChange");
      assertThat(Set.copyOf(outcomes.get("gina"))).isSubsetOf("CommandIdReused", "RoleNotHeld");
      assertThat(Set.copyOf(outcomes.get("ann-in-the-engine-namespace"))).containsOnly("CommandIdInvalid");
      for (int i = 0; i < instances; i++) {
        InstanceId id = InstanceId.of("race-" + i);
        assertThat(nodeB.verify(id).isIntact()).isTrue();
        assertThat(nodeB.history(id).stream().filter(h -> h.command().isPresent()).map(h -> h.command().get().value()))
            .containsExactly("start-" + i, "complete-" + i);
        CommandResult afterwards = nodeB.complete(CompleteStep.of(CommandId.of("complete-" + i), id,
            nl.levman.model.WorkItemId.of(id.value() + ".2"), PersonId.of("gina")).build());
        assertThat(((CommandResult.Rejected) afterwards).rejection().code()).isEqualTo("CommandIdReused");
      }
    }
  }

  private static StartProcess start(String command, String instance) {
    return new StartProcess(CommandId.of(command), InstanceId.of(instance), Handbook.SERVICE_LEVEL_MANAGEMENT,
        PersonId.of("ann"), new ProcessContext(Optional.of("acme"), Optional.of("sla-" + instance),
            Optional.of("hosting"), Map.of(Handbook.DAP_WANTED, false), Map.of(),
            Optional.of(new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), Period.ofMonths(1), 10,
                LocalDate.of(2026, 9, 1))), Map.of()));
  }
}
