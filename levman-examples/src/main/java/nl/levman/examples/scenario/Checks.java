package nl.levman.examples.scenario;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.levman.api.HistoryEntry;
import nl.levman.api.InstanceView;
import nl.levman.api.WorkItem;
import nl.levman.domain.credit.PenaltyDecided;
import nl.levman.domain.report.SlrEvaluated;
import nl.levman.examples.scenario.Scenario.Expectations;
import nl.levman.model.Event;
import nl.levman.model.InstanceId;
import nl.levman.spi.ArchivedDocument;
import nl.levman.spi.Notification;

/** Checks one {@code expect} against an instance: one line per part, ✓ or ✗ with what was expected. */
final class Checks {
  private static final String PROCESS_8 = "verlenging-einde-contract";
  private final Stage stage;
  private final InstanceId id;
  private final String at;
  private final PrintWriter out;
  private final String prefix;
  private int failed;

  /** {@code prefix} names the instance when it is not the scenario's own, such as "in x.link18: ". */
  Checks(Stage stage, InstanceId id, String prefix, String at, PrintWriter out) {
    this.stage = stage;
    this.id = id;
    this.at = at;
    this.out = out;
    this.prefix = prefix;
  }

  /** Prints each check; returns how many failed. */
  int check(Expectations e) {
    Optional<InstanceView> found = stage.engine().instance(id);
    if (found.isEmpty()) {
      if (e.startedByJaarkalender().orElse(true) || e.open().isPresent() || e.status().isPresent()) {
        check(false, "no instance " + id.value(), "expected it to exist at " + at);
      } else {
        check(true, "no instance " + id.value() + ", so not started by the Jaarkalender", "");
      }
      return failed;
    }
    InstanceView view = found.get();
    List<HistoryEntry> history = stage.engine().history(id);
    e.open().ifPresent(wanted -> {
      List<Integer> open = view.open().stream().map(WorkItem::step).sorted().toList();
      check(open.equals(wanted.stream().sorted().toList()), "open steps " + ScenarioRunner.Labels.open(view.open()),
          "expected " + wanted + " at " + at);
    });
    for (int step : e.notOpen()) {
      boolean open = view.open().stream().anyMatch(w -> w.step() == step);
      check(!open, "step " + step + (open ? " is open" : " is not open"), "expected it not to be open at " + at);
    }
    e.status().ifPresent(s -> check(view.status().name().equalsIgnoreCase(s), "status " + view.status(),
        "expected " + s + " at " + at));
    e.signals().ifPresent(wanted -> {
      List<String> raised = history.stream().map(HistoryEntry::event).filter(Event.SignalRaised.class::isInstance)
          .map(x -> ((Event.SignalRaised) x).signal()).sorted().toList();
      check(raised.equals(wanted.stream().sorted().toList()), "signals " + raised, "expected " + wanted + " at " + at);
    });
    e.archived().forEach((place, wanted) -> {
      List<String> names;
      try {
        names = stage.archive().list(place).stream()
            .filter(d -> d.metadata().instance().map(id.value()::equals).orElse(false))
            .map(ArchivedDocument::ref).map(r -> r.name().value()).distinct().sorted().toList();
      } catch (RuntimeException unknown) {
        check(false, "no archive place " + place, "expected one of the archive's places at " + at);
        return;
      }
      check(names.equals(wanted.stream().sorted().toList()), "archived at " + place + ": " + names,
          "expected " + wanted + " at " + at);
    });
    for (Scenario.NotificationWanted n : e.notifications()) {
      boolean published = stage.published().received().stream().anyMatch(p -> matches(p, n));
      String what = "notification " + n.kind() + n.step().map(s -> " at step " + s).orElse("")
          + (n.details().isEmpty() ? "" : " " + n.details());
      check(published, what + (published ? " published" : " not published"), "expected it at " + at);
    }
    e.penalties().ifPresent(wanted -> {
      List<String> decided = recorded(history, PenaltyDecided.class).stream()
          .map(p -> "period " + p.period() + ": " + p.amount()).toList();
      List<String> expected = wanted.stream().map(p -> "period " + p.period() + ": "
          + new nl.levman.domain.sla.Money(p.amount(), "EUR")).toList();
      check(decided.equals(expected), "penalties " + decided, "expected " + expected + " at " + at);
    });
    e.proposal().ifPresent(p -> {
      Optional<SlrEvaluated> evaluated = recorded(history, SlrEvaluated.class).stream()
          .filter(x -> p.period().map(n -> n == x.period()).orElse(true)).reduce((a, b) -> b);
      String period = p.period().map(n -> " for period " + n).orElse("");
      check(evaluated.map(x -> x.proposal().equalsIgnoreCase(p.outcome())).orElse(false),
          "step-14 proposal" + period + ": " + evaluated.map(x -> x.proposal() + " " + x.reasons()).orElse("none"),
          "expected " + p.outcome() + " at " + at);
    });
    e.process8Started().ifPresent(wanted -> {
      Optional<InstanceId> started = history.stream().map(HistoryEntry::event)
          .filter(Event.ProcessLinked.class::isInstance).map(Event.ProcessLinked.class::cast)
          .filter(l -> l.processKey().equals(PROCESS_8)).flatMap(l -> l.started().stream())
          .filter(i -> stage.engine().instance(i).isPresent()).findFirst();
      check(started.isPresent() == wanted, started.map(i -> "process 8 started as " + i.value())
          .orElse("process 8 not started"), "expected it " + (wanted ? "started" : "not started") + " at " + at);
    });
    e.startedByJaarkalender().ifPresent(wanted -> {
      Optional<String> by = history.stream().filter(h -> h.event() instanceof Event.ProcessStarted)
          .flatMap(h -> h.command().stream()).map(c -> c.value()).filter(c -> c.startsWith("jaarkalender:"))
          .findFirst();
      check(by.isPresent() == wanted, by.map(c -> "started by the Jaarkalender (entry "
          + c.substring("jaarkalender:".length()) + ")").orElse("not started by the Jaarkalender"),
          "expected " + (wanted ? "" : "not ") + "started by the Jaarkalender at " + at);
    });
    return failed;
  }

  private static boolean matches(Notification p, Scenario.NotificationWanted n) {
    return p.kind().equals(n.kind()) && n.step().map(s -> p.step().equals(Optional.of(s))).orElse(true)
        && n.details().entrySet().stream().allMatch(d -> d.getValue().equals(p.details().get(d.getKey())));
  }

  private static <T> List<T> recorded(List<HistoryEntry> history, Class<T> type) {
    List<T> all = new ArrayList<>();
    history.stream().map(HistoryEntry::event).filter(type::isInstance).map(type::cast).forEach(all::add);
    return all;
  }

  private void check(boolean ok, String actual, String expected) {
    out.printf("%s %s%s%s%n", ok ? "✓" : "✗", prefix, actual, ok ? "" : " — " + expected);
    if (!ok) {
      failed++;
    }
  }
}
