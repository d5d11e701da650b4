package nl.levman.spi;

import static java.util.Objects.requireNonNull;

/** One stored version of a document: where it is, its SHA-256 (lower-case hex), size and metadata. */
public record ArchivedDocument(DocumentRef ref, String sha256, long size, DocumentMetadata metadata) {
  public ArchivedDocument {
    requireNonNull(ref, "ref");
    requireNonNull(sha256, "sha256");
    requireNonNull(metadata, "metadata");
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new nl.levman.model.LevmanException("not a SHA-256 in hex: " + sha256);
    }
  }
}
