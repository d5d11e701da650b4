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
@Command(name = "history", mixinStandardHelpOptions = true, description = "Prints the history of an instance.")
public final class HistoryCommand implements Callable<Integer> {
  @Mixin Options options;

  @Parameters(index = "0", description = "the instance id")
  String instance;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Wiring wiring = options.wire()) {
      LevmanEngine engine = wiring.builder(Clock.systemUTC()).build();
      List<HistoryEntry> entries = engine.history(InstanceId.of(instance));
      PrintWriter out = spec.commandLine().getOut();
      if (entries.isEmpty()) {
        spec.commandLine().getErr().println("there is no instance " + instance);
        return 2;
      }
      for (HistoryEntry e : entries) {
        out.printf("%4d %s %-12s %s%n", e.sequence(), e.at(), e.actor(), e.event());
      }
      Verification v = engine.verify(InstanceId.of(instance));
      out.println(v.isIntact() ? "hash chain intact (" + v.records() + " records)"
          : "HASH CHAIN BROKEN at record " + v.brokenAt().orElseThrow() + ": " + v.problem().orElseThrow());
      out.flush();
      return v.isIntact() ? 0 : 1;
    }
  }
}
