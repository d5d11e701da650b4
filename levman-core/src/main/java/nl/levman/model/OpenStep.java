package nl.levman.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** A position of an instance's flow at a step: for a manual step, an open work item. */
public record OpenStep(
    WorkItemId item,
    int step,
    Optional<WorkItemId> fork,
    Map<String, String> subjects,
    int period,
    Instant openedAt,
    Optional<Instant> due,
    Optional<String> reason) {
  public OpenStep {
    requireNonNull(item, "item");
    requireNonNull(fork, "fork");
    subjects = Map.copyOf(subjects);
    requireNonNull(openedAt, "openedAt");
    requireNonNull(due, "due");
    requireNonNull(reason, "reason");
  }
}
