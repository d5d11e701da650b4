package nl.levman.model;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;

/**
 * A split or fan-out waiting for its branches: those still pending (with the item each runs for),
 * and the step that branches left the body for (a fan-out item that is not done yet), if any.
 */
public record Fork(
    WorkItemId id,
    int step,
    String kind,
    Map<WorkItemId, String> pending,
    Optional<Integer> leftFor,
    Optional<WorkItemId> parent,
    Map<String, String> subjects,
    int period) {
  public Fork {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    pending = Map.copyOf(pending);
    requireNonNull(leftFor, "leftFor");
    requireNonNull(parent, "parent");
    subjects = Map.copyOf(subjects);
  }
}
