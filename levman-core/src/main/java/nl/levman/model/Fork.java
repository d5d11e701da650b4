package nl.levman.model;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;

/**
 * A split or fan-out waiting for its branches: those still pending (with the item each runs for),
 * and where branches left the body for (a fan-out item that is not done yet), if anywhere. A fork
 * with an {@code itemKind} is a fan-out over items of that kind; without, a parallel split.
 */
public record Fork(
    WorkItemId id,
    int step,
    Optional<String> itemKind,
    Map<WorkItemId, String> pending,
    Optional<Target> leftFor,
    Optional<WorkItemId> parent,
    Map<String, String> subjects,
    int period) {
  public Fork {
    requireNonNull(id, "id");
    requireNonNull(itemKind, "itemKind");
    pending = Map.copyOf(pending);
    requireNonNull(leftFor, "leftFor");
    requireNonNull(parent, "parent");
    subjects = Map.copyOf(subjects);
  }
}
