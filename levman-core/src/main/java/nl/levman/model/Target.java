package nl.levman.model;

/** Where a way on leads: a step of the same definition, or the end of the (sub-)flow. */
public sealed interface Target permits Target.ToStep, Target.ToEnd {

  static Target step(int number) {
    return new ToStep(number);
  }

  static Target end() {
    return ToEnd.INSTANCE;
  }

  /** Leads to the step with this number. */
  record ToStep(int number) implements Target {
    public ToStep {
      if (number <= 0) {
        throw new LevmanException("a step number must be positive, not " + number);
      }
    }

    @Override
    public String toString() {
      return Integer.toString(number);
    }
  }

  /** Ends the flow the token is in: the process, a branch, or an event sub-flow. */
  final class ToEnd implements Target {
    static final ToEnd INSTANCE = new ToEnd();

    private ToEnd() {}

    @Override
    public String toString() {
      return "end";
    }
  }
}
