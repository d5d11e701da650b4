package nl.levman.examples.scenario;

import java.util.ArrayList;
import java.util.List;
import nl.levman.behaviour.Behaviours;
import nl.levman.behaviour.Decision;
import nl.levman.behaviour.ReadsNothing;
import nl.levman.behaviour.StepBehaviour;
import nl.levman.behaviour.StepContext;
import nl.levman.behaviour.StepInput;
import nl.levman.model.Behaviour;
import nl.levman.model.ProcessDefinition;

/**
 * Scenario files of format 1 check the flow of a process: who may do what, in which order, with
 * which documents. They declare no SLA, Mandaatlijst or risk template, so the runner binds each
 * declared behaviour to one that accepts the content as it is and records nothing, and never
 * computes on data the scenario did not give. In format 2 the handbook's behaviours replace these,
 * and only a behaviour the handbook does not know (of an imported process) stays flow-only.
 */
final class FlowOnly {
  private FlowOnly() {}

  static Behaviours of(ProcessDefinition... definitions) {
    List<StepBehaviour<?>> all = new ArrayList<>();
    for (ProcessDefinition d : definitions) {
      d.behaviours().values().forEach(b -> all.add(accepting(b)));
    }
    return () -> all;
  }

  private static StepBehaviour<StepInput> accepting(Behaviour declared) {
    return new ReadsNothing() {
      @Override
      public Behaviour declaration() {
        return declared;
      }

      @Override
      public Decision decide(StepInput input, StepContext context) {
        return Decision.nothing();
      }
    };
  }
}
