package nl.levman.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the archive keeps beside every document: its type, who stored it and when, and which step
 * of which instance produced it.
 */
public record DocumentMetadata(
    String documentType,
    String storedBy,
    Instant storedAt,
    Optional<String> instance,
    OptionalInt step) {
  public DocumentMetadata {
    requireNonNull(documentType, "documentType");
    requireNonNull(storedBy, "storedBy");
    requireNonNull(storedAt, "storedAt");
    requireNonNull(instance, "instance");
    requireNonNull(step, "step");
  }
}
