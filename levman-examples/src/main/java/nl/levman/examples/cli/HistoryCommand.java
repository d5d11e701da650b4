package nl.levman.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import nl.levman.api.HistoryEntry;
import nl.levman.api.LevmanEngine;
import nl.levman.api.Verification;
import nl.levman.model.InstanceId;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Prints an instance's history, and whether its hash chain is intact. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "Prints the history of an instance.",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BROKEN_LINE, ExitCodes.USAGE_LINE, ExitCodes.STORE_LINE,
        ExitCodes.FAILED_LINE})
public final class HistoryCommand implements Callable<Integer> {
  @Mixin Options options;

  @Parameters(index = "0", paramLabel = "INSTANCE", description = "the instance id ('levman instances' lists them)")
  String instance;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    InstanceId id = Converters.instance(instance);
    try (Wiring wiring = options.read(false)) {
      if (wiring.store.find(id).isEmpty()) {
        throw CliException.user("there is no instance '" + instance + "' in " + wiring.where()
            + "; 'levman instances' lists them");
      }
      LevmanEngine engine = wiring.builder(Clock.systemUTC()).build();
      List<HistoryEntry> entries = engine.history(id);
      PrintWriter out = spec.commandLine().getOut();
      for (HistoryEntry e : entries) {
        out.printf("%4d %s %-12s %s%n", e.sequence(), e.at(), e.actor(), e.event());
      }
      Verification v = engine.verify(id);
      out.println(v.isIntact() ? "hash chain intact (" + v.records() + " records)"
          : "HASH CHAIN BROKEN at record " + v.brokenAt().orElseThrow() + ": " + v.problem().orElseThrow());
      out.flush();
      return v.isIntact() ? ExitCodes.OK : ExitCodes.BROKEN;
    }
  }
}
