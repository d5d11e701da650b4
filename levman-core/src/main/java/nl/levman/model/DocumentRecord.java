package nl.levman.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A document as the history records it: its type, name, SHA-256 and size, and where the archive
 * keeps it (empty when the step does not archive).
 */
public record DocumentRecord(
    String type, String name, String sha256, long size, Optional<String> archivedAs) {
  public DocumentRecord {
    requireNonNull(type, "type");
    requireNonNull(name, "name");
    requireNonNull(sha256, "sha256");
    requireNonNull(archivedAs, "archivedAs");
  }
}
