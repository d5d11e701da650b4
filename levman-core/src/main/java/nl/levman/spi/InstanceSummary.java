package nl.levman.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceStatus;

/** One instance as the store lists it: its process, supplier, status, start and last sequence. */
public record InstanceSummary(
    InstanceId id,
    String processKey,
    Optional<String> supplier,
    InstanceStatus status,
    Instant startedAt,
    long lastSequence) {
  public InstanceSummary {
    requireNonNull(id, "id");
    requireNonNull(processKey, "processKey");
    requireNonNull(supplier, "supplier");
    requireNonNull(status, "status");
    requireNonNull(startedAt, "startedAt");
  }
}
