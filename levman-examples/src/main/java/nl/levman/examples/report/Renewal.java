package nl.levman.examples.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.levman.model.InstanceId;

/**
 * A process 8 (renewal or end of contract) as its history tells it: for which supplier, started
 * from which instance, the decisions taken at its gates (the service owner's choice first), and
 * whether it still runs.
 */
public record Renewal(
    InstanceId instance,
    String processKey,
    Optional<String> supplier,
    Optional<InstanceId> startedFrom,
    Instant started,
    List<Decision> decisions,
    boolean running) {

  public Renewal {
    decisions = List.copyOf(decisions);
  }

  /** An outcome chosen at a gate: which step, what it says, by whom (on whose behalf) and when. */
  public record Decision(int step, Words label, String outcome, String by, Optional<String> onBehalfOf, Instant at) {}
}
