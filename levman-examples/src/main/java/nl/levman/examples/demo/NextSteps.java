package nl.levman.examples.demo;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import nl.levman.api.WorkItem;
import nl.levman.api.WorkQuery;
import nl.levman.examples.cli.Wiring;
import nl.levman.model.InstanceStatus;
import nl.levman.spi.InstanceSummary;

/** The end of the demo's output: the instances it made, and what to run next to explore them. */
final class NextSteps {
  private NextSteps() {}

  static void print(PrintWriter out, Wiring wiring, Simulation simulation, Path report) {
    List<InstanceSummary> instances = wiring.store.list(null, 10_000);
    List<WorkItem> open = simulation.engine.workList(WorkQuery.all().limit(10_000));
    out.println();
    out.printf("stopped on %s with %d open work item(s); the SLAs run until %s.%n", simulation.stop(), open.size(),
        simulation.end());
    out.println("instances:");
    for (InstanceSummary i : instances) {
      out.printf("  %-28s %-28s %s%n", i.id().value(), i.processKey(),
          i.status() == InstanceStatus.RUNNING ? "running" : "finished");
    }
    String levman = "java -jar levman-examples/target/levman.jar";
    String where = options(wiring);
    String example = instances.isEmpty() ? "<instance>" : instances.stream()
        .filter(i -> i.processKey().equals(nl.levman.handbook.Handbook.SERVICE_LEVEL_MANAGEMENT))
        .map(i -> i.id().value()).findFirst().orElse(instances.get(0).id().value());
    String[][] next = {
        {"instances", "every instance, its state and open steps"},
        {"worklist --role SLM", "the service level manager's open work"},
        {"history " + example, "one instance's events and whether its hash chain is intact"},
        {"verify", "every hash chain and every archived document's checksum"}};
    int width = 0;
    for (String[] n : next) {
      width = Math.max(width, (levman + " " + n[0] + where).length());
    }
    out.println("explore:");
    for (String[] n : next) {
      out.printf("  %-" + width + "s   # %s%n", levman + " " + n[0] + where, n[1]);
    }
    out.println("report: " + report.toAbsolutePath() + "   (open it in a browser; it works offline)");
    out.flush();
  }

  /** The options that point the next commands at the same data: --data unless it is the default. */
  private static String options(Wiring wiring) {
    StringBuilder s = new StringBuilder();
    if (!wiring.data.normalize().toString().equals("levman-data")) {
      s.append(" --data ").append(quoted(wiring.data.toString()));
    }
    if (!wiring.jdbcUrl.startsWith("jdbc:h2:file:")) {
      s.append(" --jdbc-url ").append(quoted(wiring.where()));
    }
    return s.toString();
  }

  private static String quoted(String text) {
    return text.matches("[A-Za-z0-9_./:=@%+-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
  }
}
