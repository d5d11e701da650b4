package nl.levman.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import nl.levman.api.AuditReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Checks every history hash chain and every archived document's checksum, reconciles the two, and
 * reports what a crash left in the archive. Exit 0 when intact; 1 naming the first broken record.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Verifies every history and archive checksum, and reconciles the two.")
public final class VerifyCommand implements Callable<Integer> {
  @Mixin Options options;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Wiring wiring = options.wire()) {
      AuditReport report = wiring.builder(Clock.systemUTC()).build().audit();
      List<String> leftovers = wiring.archive.leftovers();
      PrintWriter out = spec.commandLine().getOut();
      out.printf("checked %d instance(s), %d history record(s), %d archived document(s)%n",
          report.instances(), report.records(), report.documents());
      report.orphans().forEach(o -> out.println("orphan (archived, never committed): " + o));
      leftovers.forEach(l -> out.println("left by an interrupted write: " + l));
      if (report.isIntact()) {
        out.println("intact");
        out.flush();
        return 0;
      }
      out.flush();
      PrintWriter err = spec.commandLine().getErr();
      err.println("BROKEN: " + report.problems().get(0));
      report.problems().stream().skip(1).forEach(p -> err.println("also: " + p));
      err.flush();
      return 1;
    }
  }
}
