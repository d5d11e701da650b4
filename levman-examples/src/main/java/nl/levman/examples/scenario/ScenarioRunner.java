package nl.levman.examples.scenario;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import nl.levman.api.InstanceView;
import nl.levman.api.RaiseStep;
import nl.levman.api.StartProcess;
import nl.levman.api.WorkItem;
import nl.levman.examples.scenario.Scenario.Command;
import nl.levman.examples.scenario.Scenario.Expecting;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessDefinition;

/**
 * Runs a scenario file: reads and checks all of it first (a malformed file is a {@link
 * ScenarioException} before anything runs), then starts its instance on a fresh in-memory engine
 * with a virtual clock, runs its commands in order, printing each result with the supplier or
 * item it is about, and checks its expectations. A failed expectation is printed and counted, and
 * the run goes on. Returns the number of failed expectations. The format is in SCENARIOS.md.
 */
public final class ScenarioRunner {
  private final PrintWriter out;
  private int failures;
  private int commands;
  private Stage stage;
  private InstanceId root;

  public ScenarioRunner(PrintWriter out) {
    this.out = out;
  }

  public int run(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException | RuntimeException e) {
      throw new ScenarioException("cannot read " + file + ": " + e.getMessage());
    }
    Scenario scenario = new ScenarioReader(Rejections.ofEngine()).read(ScenarioReader.tree(text, file.toString()));
    List<ProcessDefinition> definitions = Definitions.of(scenario, file);
    try {
      stage = new Stage(scenario, definitions);
    } catch (RuntimeException e) {
      throw new ScenarioException("no engine can be built on what the file declares: " + e.getMessage());
    }
    root = InstanceId.of(scenario.instance());
    scenario.start().ifPresent(s -> {
      try {
        start(s, "start");
      } catch (RuntimeException e) {
        fail("✗ start could not run: " + e.getMessage());
      }
    });
    for (Command c : scenario.commands()) {
      try {
        run(c);
      } catch (RuntimeException e) {
        fail("✗ " + c.at() + " could not run: " + e.getMessage());
      }
    }
    out.printf("%s: %d command(s), %d failed expectation(s)%n", file.getFileName(), commands, failures);
    out.flush();
    return failures;
  }

  private void run(Command c) {
    if (c instanceof Scenario.Complete x) {
      complete(x);
    } else if (c instanceof Scenario.Raise x) {
      InstanceId id = x.instance().map(InstanceId::of).orElse(root);
      String what = "raise step " + x.step() + about(id) + in(id);
      report(what, stage.engine().raise(new RaiseStep(commandId(x.id()), id, x.step(), PersonId.of(x.by()),
          x.reason())), id, x.expecting());
    } else if (c instanceof Scenario.StartAnother x) {
      start(x.start(), "start");
    } else if (c instanceof Scenario.Advance x) {
      stage.clock().set(stage.clock().instant().atZone(ScenarioReader.ZONE).plus(x.by()).toInstant());
      out.printf("  time is now %s; %d timer(s) fired%n", stage.clock().instant(), stage.engine().runDue());
    } else if (c instanceof Scenario.At x) {
      stage.clock().set(x.when());
      out.printf("  time is now %s; %d timer(s) fired%n", stage.clock().instant(), stage.engine().runDue());
    } else if (c instanceof Scenario.Expect x) {
      InstanceId id = x.instance().map(InstanceId::of).orElse(root);
      failures += new Checks(stage, id, id.equals(root) ? "" : "in " + id.value() + ": ", x.at(), out).check(x.expectations());
    }
  }

  private void start(Scenario.Start s, String verb) {
    String process = s.process().isEmpty() ? stage.definitions().get(0).key() : s.process();
    InstanceId id = InstanceId.of(s.instance());
    String what = verb + " " + process + s.context().supplier().map(x -> " for " + x).orElse("") + in(id);
    report(what, stage.engine().start(new StartProcess(commandId(s.id()), id, process, PersonId.of(s.by()),
        s.context())), id, s.expecting());
  }

  private void complete(Scenario.Complete c) {
    InstanceId id = c.instance().map(InstanceId::of).orElse(root);
    String asked = "complete step " + c.step();
    String said = " by " + c.by() + c.outcome().map(o -> " (" + o + ")").orElse("");
    Optional<InstanceView> view = stage.engine().instance(id);
    if (view.isEmpty()) {
      refusedHere(asked + in(id) + said, "UnknownInstance", "there is no instance " + id.value(), c.expecting());
      return;
    }
    Optional<WorkItem> item = view.get().open().stream().filter(w -> w.step() == c.step()
        && c.where().entrySet().stream().allMatch(e -> e.getValue().equals(w.subjects().get(e.getKey()))))
        .findFirst();
    if (item.isEmpty()) {
      refusedHere(asked + (c.where().isEmpty() ? "" : " for " + String.join("/", c.where().values())) + in(id)
          + said, "StepNotOpen", "step " + c.step() + (c.where().isEmpty() ? "" : " for " + c.where())
          + " is not open; open: " + Labels.open(view.get().open()), c.expecting());
      return;
    }
    WorkItem w = item.get();
    CompleteStep.Builder b = CompleteStep.of(commandId(c.id()), id, w.id(), PersonId.of(c.by()));
    c.outcome().ifPresent(o -> b.outcome(w.outcomes().stream().filter(o::equalsIgnoreCase).findFirst().orElse(o)));
    c.documents().forEach(d -> b.document(DocumentInput.of(d.type(), d.name(), d.text())));
    c.declares().forEach(b::declares);
    c.facts().forEach(b::field);
    c.note().ifPresent(b::note);
    String label = Labels.of(w);
    report(asked + (label.isEmpty() ? "" : " for " + label) + in(id) + said, stage.engine().complete(b.build()),
        id, c.expecting());
  }

  /** The supplier of the instance, for lines about a whole instance. */
  private String about(InstanceId id) {
    return stage.engine().instance(id).flatMap(v -> v.context().supplier()).map(s -> " for " + s).orElse("");
  }

  private String in(InstanceId id) {
    return id.equals(root) ? "" : " in " + id.value();
  }

  private void refusedHere(String what, String code, String message, Expecting expecting) {
    commands++;
    boolean ok = expecting.rejected().map(code::equals).orElse(false);
    line(ok, what + " → rejected, " + code + ": " + message + (ok ? "" : expected(expecting)));
  }

  private void report(String what, CommandResult r, InstanceId id, Expecting expecting) {
    commands++;
    if (r instanceof CommandResult.Rejected x) {
      boolean ok = expecting.rejected().map(x.rejection().code()::equals).orElse(false);
      line(ok, what + " → rejected, " + x.rejection().code() + ": " + x.rejection().message()
          + (ok ? "" : expected(expecting)));
      return;
    }
    boolean repeated = ((CommandResult.Accepted) r).repeated();
    String open = stage.engine().instance(id).map(v -> Labels.open(v.open())).orElse("[]");
    boolean ok = expecting.rejected().isEmpty() && expecting.repeated() == repeated;
    line(ok, what + " → " + (repeated ? "repeated, the first result stands; " : "") + "open " + open
        + (ok ? "" : expected(expecting)));
  }

  private static String expected(Expecting e) {
    return e.rejected().map(code -> " (expected " + code + ")")
        .orElse(e.repeated() ? " (expected a repeat of an earlier command id)" : " (expected it to be accepted)");
  }

  private void line(boolean ok, String text) {
    if (ok) {
      out.println("✓ " + text);
    } else {
      fail("✗ " + text);
    }
  }

  private void fail(String text) {
    out.println(text);
    failures++;
  }

  private CommandId commandId(Optional<String> given) {
    return CommandId.of(given.orElse("scenario-" + (commands + 1)));
  }

  /** Work items as a line names them: the step, and the supplier and item of a fan-out. */
  static final class Labels {
    private Labels() {}

    static String of(WorkItem w) {
      if (w.subjects().isEmpty()) {
        return w.supplier().orElse("");
      }
      List<String> parts = new ArrayList<>();
      Optional.ofNullable(w.subjects().get("supplier")).ifPresent(parts::add);
      w.subjects().entrySet().stream().filter(e -> !e.getKey().equals("supplier")).sorted(java.util.Map.Entry.comparingByKey())
          .forEach(e -> parts.add(e.getValue()));
      return String.join("/", parts);
    }

    static String open(List<WorkItem> open) {
      return open.stream().sorted(java.util.Comparator.comparingInt(WorkItem::step).thenComparing(Labels::of))
          .map(w -> w.step() + (w.subjects().isEmpty() ? "" : " " + of(w))).toList().toString();
    }
  }
}
