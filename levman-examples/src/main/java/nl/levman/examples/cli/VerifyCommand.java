package nl.levman.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import nl.levman.api.AuditReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Checks every history hash chain and every archived document's checksum, reconciles the two, and
 * reports, one line each, what else the archive holds: orphans, writes a crash interrupted, files
 * that are not Levman's. Exit 0 when intact; 1 naming the first broken record; 3 or 4 when it could
 * not check (the database, or an archive folder or metadata it cannot read), naming what. Never a
 * stack trace unless {@code --debug}. Creates nothing: a data folder or database that is not there
 * is an error.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Verifies every history and archive checksum, and reconciles the two.",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:intact (orphans, interrupted writes and stray files are reported, not fatal)",
        ExitCodes.BROKEN_LINE, ExitCodes.USAGE_LINE, ExitCodes.STORE_LINE,
        "4:could not check: an archive folder or document could not be read, or metadata could not be interpreted (each named)"})
public final class VerifyCommand implements Callable<Integer> {
  @Mixin Options options;
  @Mixin SealOptions sealing;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    sealing.key(); // an unreadable key is the user's to fix, before anything is opened
    try (Wiring wiring = options.read(true)) {
      AuditReport report;
      try {
        report = sealing.wire(wiring.builder(Clock.systemUTC()), options.data).build().audit();
      } catch (RuntimeException e) {
        String message = "could not check: " + ErrorHandling.firstMessage(e)
            + (ErrorHandling.debug(spec.commandLine().getParseResult().originalArgs()) ? "" : " (--debug shows the stack trace)");
        throw ErrorHandling.connectionLost(e) ? CliException.store(message, e) : CliException.failed(message, e);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.printf("checked %d instance(s), %d history record(s), %d archived document(s)%n",
          report.instances(), report.records(), report.documents());
      sealing.note(options.data).ifPresent(out::println);
      report.orphans().forEach(o -> out.println("orphan (archived, never committed): " + o));
      report.interrupted().forEach(l -> out.println("left by an interrupted write: " + l));
      report.strays().forEach(s -> out.println("stray (not Levman's): " + s));
      if (report.isIntact() && report.isComplete()) {
        out.println("intact");
        out.flush();
        return ExitCodes.OK;
      }
      out.flush();
      PrintWriter err = spec.commandLine().getErr();
      report.problems().stream().findFirst()
          .ifPresent(p -> err.println("BROKEN: " + p + " (" + p.kind().code() + ")"));
      report.problems().stream().skip(1).forEach(p -> err.println("also: " + p + " (" + p.kind().code() + ")"));
      report.unchecked().forEach(p -> err.println("could not check: " + p));
      err.flush();
      return report.isIntact() ? ExitCodes.FAILED : ExitCodes.BROKEN;
    }
  }
}
