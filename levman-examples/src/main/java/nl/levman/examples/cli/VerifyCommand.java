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
 * Creates nothing: a data folder or database that is not there is an error.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Verifies every history and archive checksum, and reconciles the two.",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:intact", ExitCodes.BROKEN_LINE, ExitCodes.USAGE_LINE, ExitCodes.STORE_LINE,
        "4:could not check (an error while reading the store or archive; --debug shows the stack trace)"})
public final class VerifyCommand implements Callable<Integer> {
  @Mixin Options options;
  @Mixin SealOptions sealing;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Wiring wiring = options.read(true)) {
      AuditReport report;
      List<String> leftovers;
      try {
        report = sealing.wire(wiring.builder(Clock.systemUTC()), options.data).build().audit();
        leftovers = wiring.archive != null ? wiring.archive.leftovers() : List.of();
      } catch (RuntimeException e) {
        throw CliException.failed("could not check: " + ErrorHandling.firstMessage(e)
            + (ErrorHandling.debug(spec.commandLine().getParseResult().originalArgs()) ? "" : " (--debug shows the stack trace)"), e);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf("checked %d instance(s), %d history record(s), %d archived document(s)%n",
          report.instances(), report.records(), report.documents());
      sealing.note(options.data).ifPresent(out::println);
      report.orphans().forEach(o -> out.println("orphan (archived, never committed): " + o));
      leftovers.forEach(l -> out.println("left by an interrupted write: " + l));
      if (report.isIntact()) {
        out.println("intact");
        out.flush();
        return ExitCodes.OK;
      }
      out.flush();
      PrintWriter err = spec.commandLine().getErr();
      err.println("BROKEN: " + report.problems().get(0) + " (" + report.problems().get(0).kind().code() + ")");
      report.problems().stream().skip(1).forEach(p -> err.println("also: " + p + " (" + p.kind().code() + ")"));
      err.flush();
      return ExitCodes.BROKEN;
    }
  }
}
