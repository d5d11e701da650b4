package nl.levman.behaviour;

import java.util.List;

/**
 * A set of step behaviours bound into an engine together, such as the handbook's for Service Level
 * Management. {@code Levman.builder().behaviours(...)} binds each by its declared name.
 */
public interface Behaviours {

  List<StepBehaviour<?>> all();

  static Behaviours of(StepBehaviour<?>... behaviours) {
    List<StepBehaviour<?>> list = List.of(behaviours);
    return () -> list;
  }
}
