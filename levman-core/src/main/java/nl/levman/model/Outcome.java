package nl.levman.model;

import static java.util.Objects.requireNonNull;

/**
 * One named outcome of a decision gate, worded as the handbook words it ("akkoord", "niet
 * akkoord", "ja", "nee"), and where it leads.
 */
public record Outcome(String name, Target to) {
  public Outcome {
    requireNonNull(name, "name");
    requireNonNull(to, "to");
    if (name.isBlank()) {
      throw new LevmanException("a gate outcome needs a name");
    }
  }

  public static Outcome of(String name, int step) {
    return new Outcome(name, Target.step(step));
  }

  public static Outcome toEnd(String name) {
    return new Outcome(name, Target.end());
  }
}
