package nl.levman.importer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.levman.model.Outcome;
import nl.levman.model.Target;
import nl.levman.model.WayOn;

/**
 * The way on of every step: what the overlay gives, else what the Omschrijving writes (outcomes,
 * "→ naar stap N", "Einde proces", "start proces N"), else the next row of the table. A raisable
 * step's own flow ends after it. Then the readings of the prose: "Parallel aan stap N" as a split
 * with its join, and the overlay's conditions on the ways into a step.
 */
final class Ways {
  private final List<TableStep> steps;
  private final Overlay overlay;
  private final Problems problems;
  private final String source;
  private final List<Reading> readings;
  private final Map<Integer, WayOn> ways = new LinkedHashMap<>();
  /** Steps whose way on is the table's order (a plain next row), and so may be made conditional. */
  private final Set<Integer> byOrder = new HashSet<>();
  /** Splits whose continuation after the join is the table's order. */
  private final Set<Integer> joinByOrder = new HashSet<>();
  private final Set<String> flags = new java.util.LinkedHashSet<>();

  Ways(List<TableStep> steps, Overlay overlay, String source, Problems problems, List<Reading> readings) {
    this.steps = steps;
    this.overlay = overlay;
    this.source = source;
    this.problems = problems;
    this.readings = readings;
  }

  /** The ways on by step number; a step without one (a problem was reported) is absent. */
  Map<Integer, WayOn> resolve() {
    for (TableStep step : steps) {
      wayOf(step).ifPresent(w -> ways.put(step.number(), w));
    }
    for (TableStep step : steps) {
      step.description().hints().stream().filter(h -> h.kind() == Description.HintKind.PARALLEL)
          .forEach(h -> parallel(step, h));
    }
    for (TableStep step : steps) {
      overlay.step(step.number()).flatMap(Overlay.StepAnswers::when).ifPresent(w -> when(step.number(), w));
    }
    new Targets(steps, overlay, source, problems).check(ways);
    return ways;
  }

  Set<String> flags() {
    return flags;
  }

  private Optional<WayOn> wayOf(TableStep step) {
    Optional<Overlay.StepAnswers> answers = overlay.step(step.number());
    Description.Read text = step.description();
    Optional<WayOn> written = written(step);
    Optional<WayOn> given = answers.flatMap(this::given);
    if (given.isPresent() && written.isPresent()) {
      problems.error(overlay.source(), overlay.line(answers.get().path()), answers.get().path()
          + ": the table writes the way on of step " + step.number() + " (line " + firstArrowLine(text)
          + "); expected the overlay to give a way on only where the text gives none");
    }
    Optional<WayOn> way = given.or(() -> written);
    if (way.isEmpty() && answers.map(Overlay.StepAnswers::raisable).orElse(false)) {
      way = Optional.of(WayOn.end());
    }
    if (way.isEmpty()) {
      Optional<Integer> next = nextRow(step);
      next.ifPresent(n -> byOrder.add(step.number()));
      way = next.map(WayOn::next);
    }
    Optional<String> link = link(step, answers);
    if (link.isPresent()) {
      return linked(step, link.get(), way);
    }
    if (way.isEmpty() && !linkAsked(step)) {
      problems.error(source, step.line(), "the table has no end: step " + step.number() + " is its last row and"
          + " does not say how the process ends; expected 'Einde proces' (in its Omschrijving or as a row of"
          + " its own), 'start proces N', an arrow such as '→ naar stap 3', or \"next\": \"end\" for the step"
          + " in the overlay");
    }
    return way;
  }

  /** A step that starts another process goes on as its arrow, its next row, or (as the last row) ends. */
  private Optional<WayOn> linked(TableStep step, String key, Optional<WayOn> way) {
    if (way.isPresent() && !(way.get() instanceof WayOn.Next)) {
      problems.error(source, step.line(), "step " + step.number() + " starts process '" + key + "' and also"
          + " branches; expected a step that starts another process to go on to one step, or to end");
      return Optional.empty();
    }
    byOrder.remove(step.number());
    return Optional.of(WayOn.link(key, way.map(w -> ((WayOn.Next) w).to()).orElse(Target.end())));
  }

  /** Whether the step says "start proces N" for a process not known: that question stands for its end. */
  private boolean linkAsked(TableStep step) {
    boolean dismissed = overlay.step(step.number()).map(a -> a.dismiss().containsKey(Description.HintKind.LINK))
        .orElse(false);
    return !dismissed && step.description().hints().stream().anyMatch(h -> h.kind() == Description.HintKind.LINK);
  }

  private Optional<String> link(TableStep step, Optional<Overlay.StepAnswers> answers) {
    Optional<String> given = answers.flatMap(Overlay.StepAnswers::link);
    Optional<Description.Hint> hint = step.description().hints().stream()
        .filter(h -> h.kind() == Description.HintKind.LINK).findFirst();
    if (given.isPresent() || hint.isEmpty() || answers.map(a -> a.dismiss().containsKey(hint.get().kind())).orElse(false)) {
      return given;
    }
    int number = hint.get().number().orElseThrow();
    Optional<String> known = overlay.words().process(number);
    if (known.isEmpty()) {
      problems.question(source, hint.get().line(), "step " + step.number() + " says '" + hint.get().phrase()
          + "': which process is process " + number + "? Answer with the key it is registered under,"
          + " as steps." + step.number() + ".link in the overlay (or add it to the vocabulary)");
    } else {
      readings.add(new Reading(source, hint.get().line(), "step " + step.number() + " '" + hint.get().phrase()
          + "': starts process '" + known.get() + "'"));
    }
    return known;
  }

  /** The way on the Omschrijving writes: outcomes, one plain arrow, or the end. */
  private Optional<WayOn> written(TableStep step) {
    Description.Read text = step.description();
    Map<String, Description.Arrow> outcomes = new LinkedHashMap<>();
    boolean twice = false;
    for (Description.Arrow arrow : text.outcomes()) {
      String name = arrow.outcome().orElseThrow().toLowerCase(java.util.Locale.ROOT);
      Description.Arrow earlier = outcomes.putIfAbsent(name, arrow);
      if (earlier != null) {
        twice = true;
        problems.error(source, arrow.line(), "step " + step.number() + ": the outcome '" + arrow.outcome().get()
            + "' is written twice (lines " + earlier.line() + " and " + arrow.line()
            + "); expected each outcome of a gate once");
      }
    }
    if (twice) {
      return Optional.empty();
    }
    int kinds = (outcomes.isEmpty() ? 0 : 1) + (text.plain().isEmpty() ? 0 : 1) + (text.end().isPresent() ? 1 : 0);
    if (kinds > 1 || text.plain().size() > 1) {
      problems.error(source, firstArrowLine(text), "step " + step.number() + " writes more than one way on"
          + " (outcomes, arrows, 'Einde proces'); expected outcomes such as 'Akkoord → naar stap 6', one arrow"
          + " '→ naar stap N', or 'Einde proces'");
      return Optional.empty();
    }
    if (outcomes.size() == 1) {
      Description.Arrow only = outcomes.values().iterator().next();
      problems.error(source, only.line(), "step " + step.number() + " has one outcome ('" + only.written()
          + "'); expected two or more outcomes for a decision, or a plain arrow '→ naar stap " + only.target() + "'");
      return Optional.empty();
    }
    if (outcomes.size() > 1) {
      List<Outcome> gate = new ArrayList<>();
      outcomes.forEach((name, arrow) -> gate.add(Outcome.of(name, arrow.target())));
      return Optional.of(new WayOn.Gate(gate));
    }
    if (!text.plain().isEmpty()) {
      return Optional.of(WayOn.next(text.plain().get(0).target()));
    }
    return text.end().isPresent() ? Optional.of(WayOn.end()) : Optional.empty();
  }

  /** The way on the overlay gives; more than one kind is a problem. */
  private Optional<WayOn> given(Overlay.StepAnswers a) {
    List<WayOn> found = new ArrayList<>();
    a.next().ifPresent(t -> found.add(new WayOn.Next(t)));
    a.forEach().ifPresent(found::add);
    a.cycle().ifPresent(found::add);
    if (a.join()) {
      found.add(WayOn.join());
    }
    a.split().ifPresent(s -> {
      Optional<Target> then = s.then().or(() -> lastRowOf(s.branches()).flatMap(this::nextRow).map(Target::step));
      if (s.then().isEmpty()) {
        joinByOrder.add(a.number());
      }
      then.ifPresentOrElse(t -> found.add(WayOn.split(s.branches(), new WayOn.Next(t))),
          () -> problems.error(overlay.source(), overlay.line(a.path() + ".split"), a.path()
              + ".split: no row follows the branches; expected \"then\": the step after the join"));
    });
    if (found.size() > 1) {
      problems.error(overlay.source(), overlay.line(a.path()), a.path() + ": gives " + found.size()
          + " ways on; expected one of next, split, join, forEach, cycle");
    }
    return found.stream().findFirst();
  }

  /** "Parallel aan stap N" in step M, right after N: the row before N splits into N and M, which join. */
  private void parallel(TableStep m, Description.Hint hint) {
    int n = hint.number().orElseThrow();
    boolean answered = overlay.steps().values().stream().anyMatch(a -> a.split().map(s -> s.branches().contains(m.number()))
        .orElse(false) || a.dismiss().containsKey(Description.HintKind.PARALLEL) && a.number() == m.number());
    if (answered) {
      return;
    }
    int at = steps.indexOf(m);
    boolean placed = at >= 2 && steps.get(at - 1).number() == n;
    if (placed) {
      TableStep before = steps.get(at - 2);
      Optional<Integer> after = nextRow(m);
      placed = after.isPresent() && byOrder.containsAll(List.of(before.number(), n, m.number()));
      if (placed) {
        ways.put(before.number(), WayOn.split(List.of(n, m.number()), WayOn.next(after.get())));
        ways.put(n, WayOn.join());
        ways.put(m.number(), WayOn.join());
        byOrder.removeAll(List.of(before.number(), n, m.number()));
        joinByOrder.add(before.number());
        readings.add(new Reading(source, hint.line(), "step " + m.number() + " '" + hint.phrase() + "': step "
            + before.number() + " goes on to steps " + n + " and " + m.number() + " at once; both join before step "
            + after.get()));
        return;
      }
    }
    problems.question(source, hint.line(), "step " + m.number() + " says '" + hint.phrase() + "', but the table does"
        + " not place it right after step " + n + " with a plain row before both; answer with a split"
        + " (steps.S.split {branches, then} and \"join\": true on the branches' last steps), or dismiss it");
  }

  /** The overlay's "when" on step T: every way into T by the table's order is taken only when the flag holds. */
  private void when(int target, Overlay.When when) {
    boolean found = false;
    for (var e : new ArrayList<>(ways.entrySet())) {
      WayOn way = e.getValue();
      WayOn.Condition condition = new WayOn.Condition(when.flag(), Target.step(target), when.otherwise());
      if (byOrder.contains(e.getKey()) && way.equals(WayOn.next(target))) {
        ways.put(e.getKey(), condition);
        found = true;
      } else if (joinByOrder.contains(e.getKey()) && way instanceof WayOn.Split s && s.then().equals(WayOn.next(target))) {
        ways.put(e.getKey(), WayOn.split(s.branches(), condition));
        found = true;
      }
    }
    String at = "steps." + target + ".when";
    if (found) {
      flags.add(when.flag());
    } else {
      problems.error(overlay.source(), overlay.line(at), at + ": no step goes on to step " + target + " by the"
          + " table's order, so there is no way in to make conditional; expected \"when\" on a step that the"
          + " row before it, or a join, goes on to");
    }
  }

  /** The next row of the table that is not a raisable step. */
  private Optional<Integer> nextRow(TableStep step) {
    for (int i = steps.indexOf(step) + 1; i < steps.size(); i++) {
      int n = steps.get(i).number();
      if (!overlay.step(n).map(Overlay.StepAnswers::raisable).orElse(false)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  private Optional<Integer> nextRow(int number) {
    return steps.stream().filter(s -> s.number() == number).findFirst().flatMap(this::nextRow);
  }

  private Optional<Integer> lastRowOf(List<Integer> numbers) {
    return steps.stream().map(TableStep::number).filter(numbers::contains).reduce((a, b) -> b);
  }

  private static int firstArrowLine(Description.Read text) {
    return java.util.stream.Stream.concat(text.outcomes().stream(), text.plain().stream())
        .mapToInt(Description.Arrow::line).min().orElse(text.end().orElse(0));
  }
}
