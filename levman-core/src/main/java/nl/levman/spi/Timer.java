package nl.levman.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import nl.levman.model.InstanceId;
import nl.levman.model.TimerId;
import nl.levman.model.WorkItemId;

/** A timer as data: which instance, what kind (such as {@code slr-overdue}), when, about what. */
public record Timer(TimerId id, InstanceId instance, String kind, Instant due, Optional<WorkItemId> about) {
  public Timer {
    requireNonNull(id, "id");
    requireNonNull(instance, "instance");
    requireNonNull(kind, "kind");
    requireNonNull(due, "due");
    requireNonNull(about, "about");
  }
}
