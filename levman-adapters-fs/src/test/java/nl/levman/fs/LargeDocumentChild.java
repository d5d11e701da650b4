package nl.levman.fs;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import nl.levman.Levman;
import nl.levman.api.AuditReport;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import nl.levman.api.LevmanEngine;
import nl.levman.api.StartProcess;
import nl.levman.api.VirtualClock;
import nl.levman.api.WorkItem;
import nl.levman.fixtures.HandbookKit;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Scope;
import nl.levman.model.Term;

/**
 * Run by {@link LargeDocumentTest} in a JVM with a small heap: completes SLM step 6 with a signed
 * DAP streamed from a file, audits, and prints the result and the peak heap. Arguments: the
 * archive root and the file. Exits 0 when the completion was accepted and the audit is intact.
 */
public final class LargeDocumentChild {
  private LargeDocumentChild() {}

  public static void main(String[] args) {
    Path root = Path.of(args[0]);
    Path file = Path.of(args[1]);
    LevmanEngine engine = Levman.builder().archive(FileSystemArchive.at(root))
        .maxDocumentSize(1L << 30)
        .clock(VirtualClock.at(Instant.parse("2026-01-05T08:00:00Z")))
        .directory(new InMemoryDirectory().grant("ann", "SLM", Scope.service("hosting"))
            .grant("lars", "LEV", Scope.supplier("acme")))
        .process(ServiceLevelManagement.definition())
        .behaviours(new HandbookKit().behaviours()).build();
    InstanceId sla = InstanceId.of("sla");
    engine.start(new StartProcess(CommandId.of("start"), sla, Handbook.SERVICE_LEVEL_MANAGEMENT,
        PersonId.of("ann"), new ProcessContext(Optional.of("acme"), Optional.of("sla-acme"),
            Optional.of("hosting"), Map.of(Handbook.DAP_WANTED, true), Map.of(),
            Optional.of(new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
                Period.ofMonths(1), 10, LocalDate.of(2026, 9, 1))), Map.of())));
    for (int step = 1; step <= 5; step++) {
      complete(engine, sla, step, step == 5 ? "lars" : "ann", step == 5 ? "akkoord" : null);
    }
    WorkItem six = engine.instance(sla).orElseThrow().open().get(0);
    CommandResult result = engine.complete(CompleteStep.of(CommandId.of("c6"), sla, six.id(), PersonId.of("ann"))
        .document(DocumentInput.of("handleiding", "handleiding.pdf", "rules"))
        .document(DocumentInput.of("dap", "dap-signed.pdf", file))
        .field("signatures", HandbookKit.signatures("dirk", "lars")).build());
    AuditReport audit = engine.audit();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("completion: " + result);
    System.out.println("audit: intact " + audit.isIntact() + ", documents " + audit.documents()
        + ", orphans " + audit.orphans());
    System.out.println("peak heap used: " + peak / (1024 * 1024) + " MiB of at most "
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
    System.exit(result.accepted() && audit.isIntact() && audit.documents() == 2 ? 0 : 1);
  }

  private static void complete(LevmanEngine engine, InstanceId id, int step, String by, String outcome) {
    WorkItem item = engine.instance(id).orElseThrow().open().stream().filter(w -> w.step() == step)
        .findFirst().orElseThrow();
    CompleteStep.Builder b = CompleteStep.of(CommandId.of("c" + step), id, item.id(), PersonId.of(by));
    if (outcome != null) {
      b.outcome(outcome);
    }
    if (!engine.complete(b.build()).accepted()) {
      throw new IllegalStateException("step " + step + " was not accepted");
    }
  }
}
