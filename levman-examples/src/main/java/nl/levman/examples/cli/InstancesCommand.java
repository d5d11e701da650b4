package nl.levman.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import nl.levman.api.InstanceView;
import nl.levman.api.LevmanEngine;
import nl.levman.api.WorkItem;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceStatus;
import nl.levman.model.ProcessDefinition;
import nl.levman.spi.InstanceSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Lists the instances in the store with their state and open steps. */
@Command(name = "instances", mixinStandardHelpOptions = true,
    description = "Lists the instances in the store, in order of their id: process, supplier, state, "
        + "when started, records, and the open steps (step, role, period, due date) of those still running.",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.USAGE_LINE, ExitCodes.STORE_LINE, ExitCodes.FAILED_LINE})
public final class InstancesCommand implements Callable<Integer> {
  private static final int PAGE = 500;

  enum Status { running, finished }

  enum Format { table, json }

  @Mixin Options options;

  @Mixin Width width;

  @Option(names = "--process", paramLabel = "KEY", description = "only instances of this process")
  String process;

  @Option(names = "--supplier", description = "only instances for this supplier")
  String supplier;

  @Option(names = "--status", description = "only running or only finished instances")
  Status status;

  @Option(names = "--limit", defaultValue = "100", converter = Converters.AtLeastOne.class,
      description = "list at most this many instances, 1 or more (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
  Format format;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try (Wiring wiring = options.read(false)) {
      LevmanEngine engine = wiring.builder(Clock.systemUTC()).build();
      if (process != null && engine.processes().latest(process).isEmpty()) {
        throw CliException.user("unknown process '" + process + "'; the processes are: " + String.join(", ",
            engine.processes().all().stream().map(ProcessDefinition::key).distinct().sorted().toList()));
      }
      List<InstanceSummary> matching = new ArrayList<>();
      boolean more = false;
      InstanceId after = null;
      long total = 0;
      page:
      while (true) {
        List<InstanceSummary> page = wiring.store.list(after, PAGE);
        for (InstanceSummary s : page) {
          total++;
          if (matches(s)) {
            if (matching.size() == limit) {
              more = true;
              break page;
            }
            matching.add(s);
          }
        }
        if (page.size() < PAGE) {
          break;
        }
        after = page.get(page.size() - 1).id();
      }
      Map<InstanceId, List<WorkItem>> open = new LinkedHashMap<>();
      for (InstanceSummary s : matching) {
        open.put(s.id(), s.status() == InstanceStatus.RUNNING
            ? engine.instance(s.id()).map(InstanceView::open).orElse(List.of()) : List.of());
      }
      PrintWriter out = spec.commandLine().getOut();
      if (format == Format.json) {
        out.println(Json.pretty(matching.stream().map(s -> json(s, open.get(s.id()))).toList()));
      } else {
        print(out, wiring, matching, open, more, total);
      }
      out.flush();
      return ExitCodes.OK;
    }
  }

  private boolean matches(InstanceSummary s) {
    return (process == null || s.processKey().equals(process))
        && (supplier == null || s.supplier().filter(supplier::equals).isPresent())
        && (status == null || status == statusOf(s.status()));
  }

  private void print(PrintWriter out, Wiring wiring, List<InstanceSummary> matching,
      Map<InstanceId, List<WorkItem>> open, boolean more, long total) {
    if (total == 0) {
      out.println("there are no instances in " + wiring.where());
      return;
    }
    TextTable table = new TextTable().column("instance", 8, 40).column("process", 7, 28).column("supplier", 8, 20)
        .column("state", 8, 8).column("started", 10, 10).number("records").column("open steps", 20, Integer.MAX_VALUE);
    for (InstanceSummary s : matching) {
      table.row(s.id().value(), s.processKey(), s.supplier().orElse("-"), statusOf(s.status()).name(),
          Values.day(s.startedAt()), Long.toString(s.lastSequence()), openSteps(open.get(s.id())));
    }
    if (!table.isEmpty()) {
      out.print(table.truncated(width.columns(TextTable.DEFAULT_WIDTH)));
    }
    long running = matching.stream().filter(s -> s.status() == InstanceStatus.RUNNING).count();
    out.printf("%d instance(s): %d running, %d finished%s%n", matching.size(), running, matching.size() - running,
        more ? "; more match, raise --limit to see them" : "");
  }

  /** The open steps, such as {@code 12 LEV period 3 due 2026-02-11}, one per work item. */
  static String openSteps(List<WorkItem> items) {
    if (items.isEmpty()) {
      return "-";
    }
    List<String> steps = new ArrayList<>();
    for (WorkItem w : items) {
      StringBuilder s = new StringBuilder().append(w.step()).append(' ').append(w.role());
      new TreeMap<>(w.subjects()).forEach((k, v) -> s.append(' ').append(v));
      if (w.period() > 0) {
        s.append(" period ").append(w.period());
      }
      w.due().ifPresent(d -> s.append(" due ").append(Values.day(d)));
      steps.add(s.toString());
    }
    return String.join("; ", steps);
  }

  private static Map<String, Object> json(InstanceSummary s, List<WorkItem> open) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("instance", s.id().value());
    json.put("process", s.processKey());
    json.put("supplier", s.supplier().orElse(null));
    json.put("state", statusOf(s.status()).name());
    json.put("startedAt", s.startedAt().toString());
    json.put("records", s.lastSequence());
    List<Map<String, Object>> steps = new ArrayList<>();
    for (WorkItem w : open) {
      Map<String, Object> step = new LinkedHashMap<>();
      step.put("workItem", w.id().value());
      step.put("step", w.step());
      step.put("role", w.role());
      step.put("label", w.labelNl().split("\\R")[0]);
      step.put("subjects", Values.plain(w.subjects()));
      step.put("period", w.period());
      step.put("due", w.due().map(Object::toString).orElse(null));
      step.put("outcomes", w.outcomes());
      steps.add(step);
    }
    json.put("open", steps);
    return json;
  }

  static Status statusOf(InstanceStatus status) {
    return status == InstanceStatus.RUNNING ? Status.running : Status.finished;
  }
}
