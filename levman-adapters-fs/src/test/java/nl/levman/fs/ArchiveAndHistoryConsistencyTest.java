package nl.levman.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.levman.Levman;
import nl.levman.api.AuditReport;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import nl.levman.api.LevmanEngine;
import nl.levman.api.RaiseStep;
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
import nl.levman.spi.GeneratedContent;
import nl.levman.spi.History;
import nl.levman.spi.InstanceChange;
import nl.levman.spi.InstanceSummary;
import nl.levman.spi.Instances;
import nl.levman.spi.RecordedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The archive is written before the command commits, after every check that can refuse it: only
 * a crash (or a lost conflict that is never retried) leaves an orphan, which the audit reports;
 * never a history that points to a missing document. A retry stores the same bytes and gets the
 * versions that hold them back.
 */
class ArchiveAndHistoryConsistencyTest {
  @TempDir Path root;
  final InMemoryStore store = new InMemoryStore();
  final InstanceId sla = InstanceId.of("sla");
  boolean crash;
  boolean conflict;
  Runnable onRead = () -> {};
  LevmanEngine engine;

  @BeforeEach
  void engineAtStepSix() {
    Instances instances = new Instances() {
      public CommitOutcome commit(InstanceChange change) {
        if (crash) {
          throw new LevmanException("the node stopped before committing instance " + change.id() + " (simulated)");
        }
        if (conflict) {
          conflict = false;
          return CommitOutcome.CONFLICT;
        }
        return store.commit(change);
      }
      public Optional<InstanceSummary> find(InstanceId id) { return store.find(id); }
      public List<InstanceSummary> list(InstanceId after, int limit) { return store.list(after, limit); }
    };
    History history = new History() {
      public List<RecordedEvent> events(InstanceId id) { return store.events(id); }
      public Optional<CommandRecord> command(CommandId id) { return store.command(id); }
      public Read read(InstanceId id, CommandId command) {
        Read read = store.read(id, command);
        Runnable then = onRead;
        onRead = () -> {};
        then.run();
        return read;
      }
    };
    engine = Levman.builder().instances(instances, history, store, store).outbox(store).archive(FileSystemArchive.at(root))
        .clock(VirtualClock.at(Instant.parse("2026-01-05T08:00:00Z")))
        .directory(new InMemoryDirectory().grant("ann", "SLM", Scope.service("hosting"))
            .grant("lars", "LEV", Scope.supplier("acme")))
        .process(ServiceLevelManagement.definition())
        .behaviours(new nl.levman.fixtures.HandbookKit().behaviours()).build();
    engine.start(new StartProcess(CommandId.of("start"), sla, Handbook.SERVICE_LEVEL_MANAGEMENT, PersonId.of("ann"),
        new ProcessContext(Optional.of("acme"), Optional.of("sla-acme"), Optional.of("hosting"),
            Map.of(Handbook.DAP_WANTED, true), Map.of(), Optional.of(new Term(LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 1, 1), Period.ofMonths(1), 10, LocalDate.of(2026, 9, 1))), Map.of())));
    for (int step : new int[] {1, 2, 3, 4}) {
      assertThat(complete(step, "ann", null, "c" + step).accepted()).isTrue();
    }
    assertThat(complete(5, "lars", "akkoord", "c5").accepted()).isTrue();
  }

  @Test
  void aCrashBetweenArchivingAndCommittingLeavesAnOrphanThatARetryTakesBack() {
    long eventsBefore = engine.history(sla).size();
    crash = true;
    assertThatThrownBy(() -> complete(6, "ann", null, "s6")).hasMessageContaining("simulated");

    assertThat(engine.history(sla)).hasSize((int) eventsBefore);
    AuditReport afterCrash = engine.audit();
    assertThat(afterCrash.isIntact()).as("no history points to a missing document").isTrue();
    assertThat(afterCrash.orphans()).containsExactlyInAnyOrder(
        "contractregister/acme/sla-acme/handleiding.pdf@1", "contractregister/acme/sla-acme/dap-signed.pdf@1");

    crash = false;
    assertThat(complete(6, "ann", null, "s6").accepted()).isTrue();
    AuditReport afterRetry = engine.audit();
    assertThat(afterRetry.isIntact()).isTrue();
    assertThat(afterRetry.documents()).isEqualTo(2);
    assertThat(afterRetry.orphans()).as("the retry stored the same bytes and refers to the crashed versions")
        .isEmpty();
  }

  @Test
  void aConflictAtCommitIsRetriedWithoutAnotherVersion() {
    conflict = true;
    CommandResult lost = complete(6, "ann", null, "s6");
    assertThat(lost).isInstanceOfSatisfying(CommandResult.Rejected.class,
        r -> assertThat(r.rejection().code()).isEqualTo("ConcurrentChange"));

    assertThat(complete(6, "ann", null, "s6").accepted()).isTrue();
    AuditReport audit = engine.audit();
    assertThat(audit.isIntact()).isTrue();
    assertThat(audit.orphans()).isEmpty();
    assertThat(Files.exists(root.resolve("Contractregister/acme/sla-acme/dap-signed.pdf/v2"))).isFalse();
  }

  @Test
  void aCommandOvertakenBeforeItArchivesIsRefusedWithNothingArchived() throws Exception {
    onRead = () -> assertThat(engine.raise(new RaiseStep(CommandId.of("raise-17"), sla, 17,
        PersonId.of("ann"), "the SLA changes")).accepted()).isTrue();
    CommandResult overtaken = complete(6, "ann", null, "s6");
    assertThat(overtaken).isInstanceOfSatisfying(CommandResult.Rejected.class,
        r -> assertThat(r.rejection().code()).isEqualTo("ConcurrentChange"));
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile)).as("nothing archived").isEmpty();
    }
    assertThat(complete(6, "ann", null, "s6").accepted()).isTrue();
    assertThat(engine.audit().orphans()).isEmpty();
  }

  @Test
  void aDocumentOverTheLimitRefusesTheCompletionWithNothingWritten(@TempDir Path uploads) throws Exception {
    Path upload = Files.write(uploads.resolve("dap-signed.pdf"), new byte[1025]);
    LevmanEngine limited = Levman.builder().instances(store, store, store, store)
        .archive(FileSystemArchive.at(root)).maxDocumentSize(1024)
        .clock(VirtualClock.at(Instant.parse("2026-01-05T08:00:00Z")))
        .directory(new InMemoryDirectory().grant("ann", "SLM", Scope.service("hosting")))
        .process(ServiceLevelManagement.definition())
        .behaviours(new nl.levman.fixtures.HandbookKit().behaviours()).build();

    CommandResult refused = limited.complete(completion(6, "ann", null, "s6",
        DocumentInput.of("handleiding", "handleiding.pdf", "rules"),
        DocumentInput.of("dap", "dap-signed.pdf", upload)));

    assertThat(refused).isInstanceOfSatisfying(CommandResult.Rejected.class, r -> {
      assertThat(r.rejection().code()).isEqualTo("DocumentTooLarge");
      assertThat(r.rejection().message()).contains("dap-signed.pdf").contains("1024 bytes");
    });
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(f -> !f.equals(root))).as("nothing written, no temporary file").isEmpty();
    }
  }

  @Test
  void aStreamedDocumentOfUnknownLengthOverTheLimitIsRefusedAsItIsRead() throws Exception {
    LevmanEngine limited = Levman.builder().instances(store, store, store, store)
        .archive(FileSystemArchive.at(root)).maxDocumentSize(100_000)
        .clock(VirtualClock.at(Instant.parse("2026-01-05T08:00:00Z")))
        .directory(new InMemoryDirectory().grant("ann", "SLM", Scope.service("hosting")))
        .process(ServiceLevelManagement.definition())
        .behaviours(new nl.levman.fixtures.HandbookKit().behaviours()).build();
    GeneratedContent[] opened = new GeneratedContent[1];

    CommandResult refused = limited.complete(completion(6, "ann", null, "s6",
        DocumentInput.of("handleiding", "handleiding.pdf", "rules"),
        DocumentInput.of("dap", "dap-signed.pdf", () -> opened[0] = GeneratedContent.of(1L << 40))));

    assertThat(refused).isInstanceOfSatisfying(CommandResult.Rejected.class,
        r -> assertThat(r.rejection().code()).isEqualTo("DocumentTooLarge"));
    assertThat(opened[0].bytesRead()).as("read only until past the limit").isLessThan(200_000);
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(f -> !f.equals(root))).isEmpty();
    }
  }

  private CompleteStep completion(int step, String by, String outcome, String command, DocumentInput... documents) {
    WorkItem item = engine.instance(sla).orElseThrow().open().stream().filter(w -> w.step() == step)
        .findFirst().orElseThrow();
    CompleteStep.Builder b = CompleteStep.of(CommandId.of(command), sla, item.id(), PersonId.of(by));
    if (outcome != null) {
      b.outcome(outcome);
    }
    if (step == 6) {
      b.field("signatures", nl.levman.fixtures.HandbookKit.signatures("dirk", "lars"));
    }
    for (DocumentInput d : documents) {
      b.document(d);
    }
    return b.build();
  }

  private CommandResult complete(int step, String by, String outcome, String command) {
    DocumentInput[] documents = step == 6
        ? new DocumentInput[] {DocumentInput.of("handleiding", "handleiding.pdf", "rules"),
            DocumentInput.of("dap", "dap-signed.pdf", "DAP v1 signed")}
        : new DocumentInput[0];
    return engine.complete(completion(step, by, outcome, command, documents));
  }
}
