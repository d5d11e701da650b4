package nl.levman.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.model.ProcessContext;
import nl.levman.model.Rejection;

/**
 * Domain behaviour attached to the steps of one process: checks the content of a completion (an
 * SLR's KPI values, a signature's mandate) before anything is written, and adds facts and signals
 * when the step completes (the step-14 proposal, the ad hoc meeting). Policies are pure functions
 * of what they are given; the engine records what they return in the same change.
 */
public interface StepPolicy {

  /** The process whose steps this policy serves. */
  String processKey();

  /** A refusal of the completion, or empty to let it through. */
  default Optional<Rejection> check(Completion completion) {
    return Optional.empty();
  }

  /** Facts to record with the completion and signals to raise. */
  default Effects effects(Completion completion) {
    return Effects.NONE;
  }

  /**
   * A completion as a policy sees it: the step, the command, the instance's context, the facts
   * recorded so far in this instance (latest value per name), the items and period of the work
   * item, and the time of the command (from the engine's clock).
   */
  record Completion(int step, CompleteStep command, ProcessContext context,
      Map<String, String> factsSoFar, Map<String, String> subjects, int period, java.time.Instant at) {}

  /**
   * What a policy adds: facts recorded with the step, signals to raise, raisable steps to open
   * (with the reason), and meetings to plan once the change is committed.
   */
  record Effects(Map<String, String> facts, List<Signal> signals, Map<Integer, String> raise,
      List<nl.levman.spi.MeetingRequest> meetings) {
    public static final Effects NONE = new Effects(Map.of(), List.of(), Map.of(), List.of());

    public Effects {
      facts = Map.copyOf(facts);
      signals = List.copyOf(signals);
      raise = Map.copyOf(raise);
      meetings = List.copyOf(meetings);
    }

    public static Effects facts(Map<String, String> facts) {
      return new Effects(facts, List.of(), Map.of(), List.of());
    }
  }

  /** A signal for the host, such as {@code ad-hoc-meeting}, with a message and details. */
  record Signal(String name, String message, Map<String, String> details) {}
}
