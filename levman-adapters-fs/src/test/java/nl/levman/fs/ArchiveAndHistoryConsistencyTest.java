package nl.levman.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.Levman;
import nl.levman.api.AuditReport;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import nl.levman.api.LevmanEngine;
import nl.levman.api.StartProcess;
import nl.levman.api.VirtualClock;
import nl.levman.api.WorkItem;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.memory.InMemoryStore;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.LevmanException;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Scope;
import nl.levman.model.Term;
import nl.levman.spi.CommitOutcome;
import nl.levman.spi.InstanceChange;
import nl.levman.spi.InstanceSummary;
import nl.levman.spi.Instances;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive is written before the command commits: a crash in between leaves an orphan that the
 * audit reports, never a history that points to a missing document.
 */
class ArchiveAndHistoryConsistencyTest {
  @TempDir Path root;
  boolean crash;

  @Test
  void aCrashBetweenArchivingAndCommittingLeavesAnOrphanThatTheAuditReports() {
    InMemoryStore store = new InMemoryStore();
    Instances crashing = new Instances() {
      public CommitOutcome commit(InstanceChange change) {
        if (crash) {
          throw new LevmanException("the node stopped before committing instance " + change.id() + " (simulated)");
        }
        return store.commit(change);
      }
      public Optional<InstanceSummary> find(InstanceId id) { return store.find(id); }
      public List<InstanceSummary> list(InstanceId after, int limit) { return store.list(after, limit); }
    };
    FileSystemArchive archive = FileSystemArchive.at(root);
    LevmanEngine engine = Levman.builder().instances(crashing, store, store, store).archive(archive)
        .clock(VirtualClock.at(Instant.parse("2026-01-05T08:00:00Z")))
        .directory(new InMemoryDirectory().grant("ann", "SLM", Scope.service("hosting"))
            .grant("lars", "LEV", Scope.supplier("acme")))
        .process(ServiceLevelManagement.definition())
        .behaviours(new nl.levman.fixtures.HandbookKit().behaviours()).build();
    InstanceId sla = InstanceId.of("sla");
    engine.start(new StartProcess(CommandId.of("start"), sla, Handbook.SERVICE_LEVEL_MANAGEMENT, PersonId.of("ann"),
        new ProcessContext(Optional.of("acme"), Optional.of("sla-acme"), Optional.of("hosting"),
            Map.of(Handbook.DAP_WANTED, true), Map.of(), Optional.of(new Term(LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 1, 1), Period.ofMonths(1), 10, LocalDate.of(2026, 9, 1))), Map.of())));
    for (int step : new int[] {1, 2, 3, 4}) {
      complete(engine, sla, step, "ann", null);
    }
    complete(engine, sla, 5, "lars", "akkoord");
    long eventsBefore = engine.history(sla).size();

    crash = true;
    WorkItem six = engine.instance(sla).orElseThrow().open().get(0);
    assertThatThrownBy(() -> engine.complete(CompleteStep.of(CommandId.of("s6"), sla, six.id(), PersonId.of("ann"))
        .document(DocumentInput.of("handleiding", "handleiding.pdf", "rules"))
        .document(DocumentInput.of("dap", "dap-signed.pdf", "DAP v1 signed"))
        .field("signatures", nl.levman.fixtures.HandbookKit.signatures("dirk", "lars")).build()))
        .hasMessageContaining("simulated");

    assertThat(engine.history(sla)).hasSize((int) eventsBefore);
    AuditReport afterCrash = engine.audit();
    assertThat(afterCrash.isIntact()).as("no history points to a missing document").isTrue();
    assertThat(afterCrash.orphans()).containsExactlyInAnyOrder(
        "contractregister/acme/sla-acme/handleiding.pdf@1", "contractregister/acme/sla-acme/dap-signed.pdf@1");

    crash = false;
    complete(engine, sla, 6, "ann", null, DocumentInput.of("handleiding", "handleiding.pdf", "rules"),
        DocumentInput.of("dap", "dap-signed.pdf", "DAP v1 signed"));
    AuditReport afterRetry = engine.audit();
    assertThat(afterRetry.isIntact()).isTrue();
    assertThat(afterRetry.documents()).isEqualTo(2);
    assertThat(afterRetry.orphans()).as("the retry stored the same bytes and refers to the crashed versions")
        .isEmpty();
  }

  private static void complete(LevmanEngine engine, InstanceId id, int step, String by, String outcome,
      DocumentInput... documents) {
    WorkItem item = engine.instance(id).orElseThrow().open().stream().filter(w -> w.step() == step)
        .findFirst().orElseThrow();
    CompleteStep.Builder b = CompleteStep.of(CommandId.of("c" + step + item.id()), id, item.id(), PersonId.of(by));
    if (outcome != null) {
      b.outcome(outcome);
    }
    if (step == 6) {
      b.field("signatures", nl.levman.fixtures.HandbookKit.signatures("dirk", "lars"));
    }
    for (DocumentInput d : documents) {
      b.document(d);
    }
    assertThat(engine.complete(b.build()).accepted()).isTrue();
  }
}
