package nl.levman.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.levman.model.InstanceId;

/**
 * What the engine tells the host after a command took effect: a step opened, a decision taken, an
 * SLR overdue, an ad hoc meeting needed, a process linked (or a link that has no registered
 * process), an instance finished.
 */
public record Notification(
    String kind,
    InstanceId instance,
    String processKey,
    Optional<Integer> step,
    String message,
    Instant at,
    Map<String, String> details) {
  public Notification {
    requireNonNull(kind, "kind");
    requireNonNull(instance, "instance");
    requireNonNull(processKey, "processKey");
    requireNonNull(step, "step");
    requireNonNull(message, "message");
    requireNonNull(at, "at");
    details = Map.copyOf(details);
  }
}
