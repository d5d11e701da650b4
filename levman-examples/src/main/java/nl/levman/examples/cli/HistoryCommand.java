package nl.levman.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.levman.api.HistoryEntry;
import nl.levman.api.LevmanEngine;
import nl.levman.api.Verification;
import nl.levman.model.InstanceId;
import nl.levman.spi.InstanceSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints an instance's history, one line per record, and whether its hash chain is intact. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = {"Prints the history of an instance: one line per record (sequence, time, who, event, step, "
        + "outcome, documents, details; long values cut), and whether its hash chain is intact.",
        "--format json gives every record in full."},
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BROKEN_LINE, ExitCodes.USAGE_LINE, ExitCodes.STORE_LINE,
        ExitCodes.FAILED_LINE})
public final class HistoryCommand implements Callable<Integer> {
  static final int WIDTH = 160;

  enum Format { table, json }

  @Mixin Options options;

  @Mixin Width width;

  @Parameters(index = "0", paramLabel = "INSTANCE", description = "the instance id ('levman instances' lists them)")
  String instance;

  @Option(names = "--format", defaultValue = "table",
      description = "table or json (default: ${DEFAULT-VALUE}); json has every field in full")
  Format format;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    InstanceId id = Converters.instance(instance);
    try (Wiring wiring = options.read(false)) {
      InstanceSummary summary = wiring.store.find(id).orElseThrow(() -> CliException.user(
          "there is no instance '" + instance + "' in " + wiring.where() + "; 'levman instances' lists them"));
      LevmanEngine engine = wiring.builder(Clock.systemUTC()).build();
      List<HistoryEntry> entries = engine.history(id);
      Verification v = engine.verify(id);
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.json) {
        out.println(json(summary, entries, v));
      } else {
        TextTable table = new TextTable().number("#").column("time (UTC)", 16, 16).column("who", 8, 22)
            .column("event", 8, 36).column("step", 4, 4).column("outcome", 7, 14).column("documents", 9, 30)
            .column("details", 20, Integer.MAX_VALUE);
        for (HistoryEntry e : entries) {
          EventText.Row r = EventText.row(e);
          table.row(Long.toString(e.sequence()), Values.minute(e.at()), r.who(), r.event(), r.step(), r.outcome(),
              r.documents(), r.details());
        }
        out.print(table.truncated(width.columns(WIDTH)));
        out.println(v.isIntact() ? "hash chain intact (" + v.records() + " records)"
            : "HASH CHAIN BROKEN at record " + v.brokenAt().orElseThrow() + ": " + v.problem().orElseThrow());
      }
      out.flush();
      return v.isIntact() ? ExitCodes.OK : ExitCodes.BROKEN;
    }
  }

  private static String json(InstanceSummary summary, List<HistoryEntry> entries, Verification v) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("instance", summary.id().value());
    json.put("process", summary.processKey());
    json.put("supplier", summary.supplier().orElse(null));
    json.put("state", InstancesCommand.statusOf(summary.status()).name());
    json.put("records", entries.stream().map(EventText::json).toList());
    Map<String, Object> chain = new LinkedHashMap<>();
    chain.put("intact", v.isIntact());
    chain.put("records", v.records());
    chain.put("brokenAt", v.brokenAt().orElse(null));
    chain.put("problem", v.problem().orElse(null));
    json.put("chain", chain);
    return Json.pretty(json);
  }
}
