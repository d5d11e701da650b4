package nl.levman.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.levman.model.Outcome;
import nl.levman.model.Target;
import nl.levman.model.WayOn;

/**
 * Every arrow leads to a step of the table: the table's outcomes and arrows (reported on their
 * line), and the steps the overlay names (reported on the overlay's line). And the process ends
 * somewhere.
 */
final class Targets {
  private final List<TableStep> steps;
  private final Overlay overlay;
  private final String source;
  private final Problems problems;
  private final Set<Integer> numbers;

  Targets(List<TableStep> steps, Overlay overlay, String source, Problems problems) {
    this.steps = steps;
    this.overlay = overlay;
    this.source = source;
    this.problems = problems;
    this.numbers = steps.stream().map(TableStep::number).collect(Collectors.toSet());
  }

  void check(Map<Integer, WayOn> ways) {
    for (TableStep step : steps) {
      List<Description.Arrow> arrows = new ArrayList<>(step.description().outcomes());
      arrows.addAll(step.description().plain());
      for (Description.Arrow arrow : arrows) {
        if (!numbers.contains(arrow.target())) {
          problems.error(source, arrow.line(), "step " + step.number() + ": '" + arrow.written() + "' leads to step "
              + arrow.target() + ", which is not in the table; expected one of the steps " + range());
        }
      }
    }
    for (Overlay.StepAnswers a : overlay.steps().values()) {
      if (!numbers.contains(a.number())) {
        error(a.path(), "the table has no step " + a.number() + "; expected one of the steps " + range());
        continue;
      }
      a.next().ifPresent(t -> target(a.path() + ".next", t));
      a.when().ifPresent(w -> target(a.path() + ".when.otherwise", w.otherwise()));
      a.split().ifPresent(s -> {
        steps(a.path() + ".split.branches", s.branches());
        s.then().ifPresent(t -> target(a.path() + ".split.then", t));
      });
      a.forEach().ifPresent(f -> {
        steps(a.path() + ".forEach.body", f.body());
        target(a.path() + ".forEach.then", f.then());
      });
      a.cycle().ifPresent(c -> {
        steps(a.path() + ".cycle.body", c.body());
        target(a.path() + ".cycle.then", c.then());
      });
    }
    if (!steps.isEmpty() && ways.size() == steps.size() && ways.values().stream().noneMatch(Targets::ends)) {
      TableStep last = steps.get(steps.size() - 1);
      problems.error(source, last.line(), "the table has no end: no step leads to the end of the process;"
          + " expected 'Einde proces' (in an Omschrijving or as a row of its own), 'start proces N' in the last"
          + " row, or \"next\": \"end\" for a step in the overlay");
    }
  }

  private static boolean ends(WayOn way) {
    Target end = Target.end();
    if (way instanceof WayOn.Next n) {
      return n.to().equals(end);
    } else if (way instanceof WayOn.Gate g) {
      return g.outcomes().stream().map(Outcome::to).anyMatch(end::equals);
    } else if (way instanceof WayOn.Split s) {
      return ends(s.then());
    } else if (way instanceof WayOn.Condition c) {
      return c.whenTrue().equals(end) || c.whenFalse().equals(end);
    } else if (way instanceof WayOn.ForEach f) {
      return f.then().equals(end);
    } else if (way instanceof WayOn.Cycle c) {
      return c.then().equals(end);
    } else if (way instanceof WayOn.Link l) {
      return l.then().equals(end);
    }
    return false;
  }

  private void steps(String path, List<Integer> listed) {
    for (int i = 0; i < listed.size(); i++) {
      target(path + "." + i, Target.step(listed.get(i)));
    }
  }

  private void target(String path, Target target) {
    Optional<Integer> n = target instanceof Target.ToStep s ? Optional.of(s.number()) : Optional.empty();
    if (n.isPresent() && !numbers.contains(n.get())) {
      error(path, "step " + n.get() + " is not in the table; expected one of the steps " + range());
    }
  }

  private void error(String path, String message) {
    problems.error(overlay.source(), overlay.line(path), path + ": " + message);
  }

  private String range() {
    return steps.stream().map(s -> Integer.toString(s.number())).collect(Collectors.joining(", "));
  }
}
