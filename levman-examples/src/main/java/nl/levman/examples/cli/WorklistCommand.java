package nl.levman.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import nl.levman.api.LevmanEngine;
import nl.levman.api.WorkItem;
import nl.levman.api.WorkQuery;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Role;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Lists open work by role, process, supplier and person. */
@Command(name = "worklist", mixinStandardHelpOptions = true,
    description = "Lists the open work items of a role, due first: work item, instance, process, step, "
        + "supplier, period, due date and what to do.",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.USAGE_LINE, ExitCodes.STORE_LINE, ExitCodes.FAILED_LINE})
public final class WorklistCommand implements Callable<Integer> {
  @Mixin Options options;

  @Mixin Width width;

  @Option(names = "--role", required = true,
      description = "role code of the processes, such as SLM, LEV, DE, PM, CM, CCM, MT, INK")
  String role;

  @Option(names = "--process", paramLabel = "KEY", description = "only work of this process")
  String process;

  @Option(names = "--supplier", description = "only this supplier")
  String supplier;

  @Option(names = "--person", description = "only work this person holds the role for (the demo's directory.json)")
  String person;

  @Option(names = "--limit", defaultValue = "50", converter = Converters.AtLeastOne.class,
      description = "list at most this many work items, 1 or more (default: ${DEFAULT-VALUE})")
  int limit;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    String code = role.strip().toUpperCase(Locale.ROOT);
    try (Wiring wiring = options.read(person != null)) {
      if (person != null && !Files.isRegularFile(wiring.data.resolve("directory.json"))) {
        throw CliException.user("--person needs the directory " + wiring.data.toAbsolutePath().resolve("directory.json")
            + ", which the demo writes; there is none");
      }
      LevmanEngine engine = wiring.builder(Clock.systemUTC())
          .directory(person != null ? DirectoryFile.load(wiring.data) : new InMemoryDirectory())
          .build();
      check(engine, code);
      WorkQuery query = WorkQuery.all().role(code).limit(limit);
      if (process != null) {
        query = query.process(process);
      }
      if (supplier != null) {
        query = query.supplier(supplier);
      }
      if (person != null) {
        query = query.person(PersonId.of(person));
      }
      List<WorkItem> items = engine.workList(query);
      PrintWriter out = spec.commandLine().getOut();
      if (!items.isEmpty()) {
        TextTable table = new TextTable().column("work item", 9, 40).column("instance", 8, 40)
            .column("process", 7, 28).number("step").column("supplier", 8, 20).number("period")
            .column("due", 10, 10).column("what", 20, 70);
        for (WorkItem w : items) {
          table.row(w.id().value(), w.instance().value(), w.processKey(), Integer.toString(w.step()),
              w.supplier().orElse("-"), w.period() == 0 ? "-" : Integer.toString(w.period()),
              w.due().map(Values::day).orElse("-"), w.labelNl().split("\\R")[0]);
        }
        out.print(table.truncated(width.columns(TextTable.DEFAULT_WIDTH)));
      }
      out.printf("%d open work item(s) for role %s%s%n", items.size(), code,
          items.size() == limit ? "; there may be more, raise --limit" : "");
      if (items.isEmpty() && engine.workList(WorkQuery.all().limit(1)).isEmpty()) {
        out.println("there is no open work for any role: every instance has finished, or none was started"
            + " ('levman instances' shows them)");
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  private void check(LevmanEngine engine, String code) {
    Set<String> roles = new TreeSet<>();
    Set<String> keys = new TreeSet<>();
    for (ProcessDefinition d : engine.processes().all()) {
      keys.add(d.key());
      d.roles().stream().map(Role::code).forEach(roles::add);
    }
    if (!roles.contains(code)) {
      throw CliException.user("unknown role '" + role + "'; the roles are: " + String.join(", ", roles));
    }
    if (process != null && !keys.contains(process)) {
      throw CliException.user("unknown process '" + process + "'; the processes are: " + String.join(", ", keys));
    }
  }
}
