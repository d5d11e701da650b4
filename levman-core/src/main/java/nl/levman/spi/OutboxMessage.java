package nl.levman.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import nl.levman.model.InstanceId;

/**
 * One side effect waiting in the {@link Outbox}: its delivery id (stable, so a receiver can
 * deduplicate), the instance and history record that caused it, its kind and canonical JSON
 * payload, when it was recorded, how often delivery was tried, when it is next due and why the
 * last attempt failed.
 */
public record OutboxMessage(
    String id,
    InstanceId instance,
    long sequence,
    String kind,
    String payload,
    Instant recordedAt,
    int attempts,
    Instant dueAt,
    Optional<String> lastError) {
  public OutboxMessage {
    requireNonNull(id, "id");
    requireNonNull(instance, "instance");
    requireNonNull(kind, "kind");
    requireNonNull(payload, "payload");
    requireNonNull(recordedAt, "recordedAt");
    requireNonNull(dueAt, "dueAt");
    requireNonNull(lastError, "lastError");
  }
}
