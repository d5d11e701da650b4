package nl.levman.examples.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.levman.api.HistoryEntry;
import nl.levman.api.LevmanEngine;
import nl.levman.examples.cli.Wiring;
import nl.levman.domain.credit.PenaltyDecided;
import nl.levman.model.Event;
import nl.levman.model.InstanceId;
import nl.levman.spi.ArchivedDocument;
import nl.levman.spi.InstanceSummary;

/** What the demo did, read back from the store, the archive and the simulation's own notes. */
final class Summary {
  final Map<String, Integer> instances = new TreeMap<>();
  final Map<String, Integer> finished = new TreeMap<>();
  final Map<String, Integer> steps = new TreeMap<>();
  final Map<String, Map<String, Integer>> decisions = new TreeMap<>();
  final Map<String, Integer> signals = new TreeMap<>();
  final Map<String, BigDecimal> penalties = new TreeMap<>();
  final Map<String, Integer> archive = new TreeMap<>();
  long meetings;
  long records;

  static Summary of(Wiring wiring, LevmanEngine engine) {
    Summary s = new Summary();
    List<InstanceSummary> all = wiring.store.list(null, 100_000);
    for (InstanceSummary i : all) {
      s.instances.merge(i.processKey(), 1, Integer::sum);
      if (i.status() == nl.levman.model.InstanceStatus.COMPLETED) {
        s.finished.merge(i.processKey(), 1, Integer::sum);
      }
      for (HistoryEntry h : engine.history(i.id())) {
        s.records++;
        if (h.event() instanceof Event.StepCompleted c && !c.role().isEmpty()) {
          s.steps.merge(i.processKey(), 1, Integer::sum);
          c.outcome().ifPresent(o -> s.decisions.computeIfAbsent(i.processKey() + " step " + c.step(),
              k -> new TreeMap<>()).merge(o, 1, Integer::sum));
        } else if (h.event() instanceof PenaltyDecided p) {
          s.penalties.merge(i.supplier().orElse("?"), p.amount().amount(), BigDecimal::add);
        } else if (h.event() instanceof Event.SignalRaised sig) {
          s.signals.merge(sig.signal(), 1, Integer::sum);
        }
      }
    }
    for (ArchivedDocument d : wiring.archive.list(null)) {
      s.archive.merge(d.ref().place(), 1, Integer::sum);
    }
    Path meetingsDir = wiring.data.resolve("archive").resolve("Meetings");
    if (Files.isDirectory(meetingsDir)) {
      try (Stream<Path> files = Files.walk(meetingsDir)) {
        s.meetings = files.filter(f -> f.toString().endsWith(".ics")).count();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return s;
  }

  void print(PrintWriter out, Stats stats, long millis) {
    out.println();
    out.println("=== Levman demo: summary ===");
    for (String process : instances.keySet()) {
      out.printf("%s: %d instance(s), %d finished, %d steps completed%n", process, instances.get(process),
          finished.getOrDefault(process, 0), steps.getOrDefault(process, 0));
    }
    out.println("decisions:");
    decisions.forEach((step, outcomes) -> out.printf("  %-40s %s%n", step, listed(outcomes)));
    out.println("SLR verdicts per KPI: " + listed(stats.verdicts()) + "; proposals: " + listed(stats.proposals()));
    out.println("steering at step 15: " + listed(stats.steering));
    BigDecimal total = penalties.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    out.println("penalties (service credits): EUR " + total.toPlainString() + " (" + listed(penalties) + ")");
    out.println("signals to the host: " + listed(signals));
    out.println("risk reviews: " + instances.getOrDefault("supplier-risk-review", 0) + ", suppliers profiled: "
        + stats.profiles.keySet());
    out.println("renewal or end (process 8): " + listed(stats.renewals));
    out.println("archive: " + listed(archive) + " documents, " + meetings + " meeting invitation(s) (.ics)");
    out.printf("history: %d records; time taken: %.1f s%n", records, millis / 1000.0);
    out.flush();
  }

  /** A count or amount per name, as a person reads it: "akkoord 6, niet akkoord 4". */
  private static String listed(Map<?, ?> values) {
    if (values.isEmpty()) {
      return "none";
    }
    StringBuilder out = new StringBuilder();
    values.forEach((name, value) -> out.append(out.length() == 0 ? "" : ", ").append(name).append(' ')
        .append(value instanceof BigDecimal amount ? amount.toPlainString() : value));
    return out.toString();
  }
}
