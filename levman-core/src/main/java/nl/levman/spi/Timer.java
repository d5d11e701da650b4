package nl.levman.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import nl.levman.model.InstanceId;
import nl.levman.model.TimerId;
import nl.levman.model.TimerKind;
import nl.levman.model.WorkItemId;

/**
 * A timer as data: which instance, what kind, when, about which work item or branch. A store keeps
 * the kind by its {@link TimerKind#storedName()}.
 */
public record Timer(TimerId id, InstanceId instance, TimerKind kind, Instant due, Optional<WorkItemId> about) {
  public Timer {
    requireNonNull(id, "id");
    requireNonNull(instance, "instance");
    requireNonNull(kind, "kind");
    requireNonNull(due, "due");
    requireNonNull(about, "about");
  }
}
