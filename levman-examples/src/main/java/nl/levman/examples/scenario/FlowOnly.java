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
 * Scenario files check the flow of a process: who may do what, in which order, with which
 * documents. Until a scenario can declare the SLA, the Mandaatlijst and the risk template, the
 * runner binds each declared behaviour to one that accepts the content as it is and records
 * nothing, so that the runner never computes on data the scenario did not give.
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
