package nl.levman.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import nl.levman.api.LevmanEngine;
import nl.levman.api.WorkItem;
import nl.levman.api.WorkQuery;
import nl.levman.model.PersonId;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Lists open work by role, supplier and person. */
@Command(name = "worklist", mixinStandardHelpOptions = true, description = "Lists the open work items.")
public final class WorklistCommand implements Callable<Integer> {
  @Mixin Options options;

  @Option(names = "--role", required = true, description = "role code: SLM, LEV, DE, PM, CM, CCM, MT, INK")
  String role;

  @Option(names = "--supplier", description = "only this supplier")
  String supplier;

  @Option(names = "--person", description = "only work this person holds the role for (directory of the demo)")
  String person;

  @Option(names = "--limit", defaultValue = "50")
  int limit;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Wiring wiring = options.wire()) {
      LevmanEngine engine = wiring.builder(Clock.systemUTC())
          .directory(DirectoryFile.load(wiring.data)).build();
      WorkQuery query = WorkQuery.all().role(role).limit(limit);
      if (supplier != null) {
        query = query.supplier(supplier);
      }
      if (person != null) {
        query = query.person(PersonId.of(person));
      }
      List<WorkItem> items = engine.workList(query);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%-34s %-26s %5s %-10s %-10s %-12s %s%n", "work item", "process", "step", "supplier", "period", "due", "what");
      for (WorkItem w : items) {
        out.printf("%-34s %-26s %5d %-10s %-10s %-12s %s%n", w.id(), w.processKey(), w.step(),
            w.supplier().orElse("-"), w.period() == 0 ? "-" : Integer.toString(w.period()),
            w.due().map(d -> d.toString().substring(0, 10)).orElse("-"), firstLine(w.labelNl()));
      }
      out.printf("%d open work item(s)%n", items.size());
      out.flush();
      return 0;
    }
  }

  static String firstLine(String label) {
    String first = label.split("\n")[0];
    return first.length() > 70 ? first.substring(0, 69) + "…" : first;
  }
}
