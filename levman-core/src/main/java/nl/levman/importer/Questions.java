package nl.levman.importer;

import java.util.Map;
import java.util.Optional;
import nl.levman.model.WayOn;

/**
 * The loose phrases of the table that neither the importer nor the overlay has settled become
 * questions on their line: a condition ("Indien een DAP gewenst is"), a fan-out ("voor elke … 
 * leverancier"), a periodic cycle ("periodiek", "tot aan het eind van de looptijd") and a step
 * that can be raised at any time ("op elk moment", "in de loop van de tijd"). An overlay settles
 * one by answering it, or by dismissing it with a reason; dismissing what the text does not raise
 * is an error.
 */
final class Questions {
  private final Overlay overlay;
  private final String source;
  private final Problems problems;

  Questions(Overlay overlay, String source, Problems problems) {
    this.overlay = overlay;
    this.source = source;
    this.problems = problems;
  }

  void ask(Iterable<TableStep> steps, Map<Integer, WayOn> ways) {
    for (TableStep step : steps) {
      Optional<Overlay.StepAnswers> answers = overlay.step(step.number());
      Map<Description.HintKind, String> dismissed = answers.map(Overlay.StepAnswers::dismiss).orElse(Map.of());
      for (Description.Hint hint : step.description().hints()) {
        if (!dismissed.containsKey(hint.kind()) && !settled(step.number(), hint.kind(), answers, ways)) {
          problems.question(source, hint.line(), "step " + step.number() + " says '" + hint.phrase() + "': "
              + question(step.number(), hint.kind()) + ", or dismiss it (steps." + step.number() + ".dismiss."
              + hint.kind().word() + ": the reason)");
        }
      }
      for (Description.HintKind kind : dismissed.keySet()) {
        if (step.description().hints().stream().noneMatch(h -> h.kind() == kind)) {
          String at = "steps." + step.number() + ".dismiss." + kind.word();
          problems.error(overlay.source(), overlay.line(at), at + ": the Omschrijving of step " + step.number()
              + " raises no question of this kind; expected a dismissal only where the text raises one");
        }
      }
    }
  }

  private static boolean settled(int step, Description.HintKind kind, Optional<Overlay.StepAnswers> answers,
      Map<Integer, WayOn> ways) {
    return switch (kind) {
      case CONDITION -> answers.flatMap(Overlay.StepAnswers::when).isPresent();
      case FAN_OUT -> ways.get(step) instanceof WayOn.ForEach || ways.values().stream()
          .anyMatch(w -> w instanceof WayOn.ForEach f && f.body().contains(step));
      case CYCLE -> ways.get(step) instanceof WayOn.Cycle || ways.values().stream()
          .anyMatch(w -> w instanceof WayOn.Cycle c && c.body().contains(step));
      case RAISABLE -> answers.map(Overlay.StepAnswers::raisable).orElse(false);
      case PARALLEL, LINK -> true;
    };
  }

  private static String question(int step, Description.HintKind kind) {
    return switch (kind) {
      case CONDITION -> "is the step taken only under a condition known at start? Answer with steps." + step
          + ".when: {\"flag\": the flag given at start, \"otherwise\": the step the flow goes to when it does not hold}";
      case FAN_OUT -> "does it run once per item? Answer with a forEach {itemKind, body, then} on the step before"
          + " the steps that run per item, its body holding step " + step;
      case CYCLE -> "does it repeat once per period of a term? Answer with a cycle {body, then, overdueSignal} on"
          + " the step before the period's first step, its body holding step " + step;
      case RAISABLE -> "can it be raised at any time while the process runs? Answer with steps." + step
          + ".raisable: true (and raisedOn: the triggers of a behaviour that raise it)";
      case PARALLEL, LINK -> "";
    };
  }
}
