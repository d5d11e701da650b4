package nl.levman.spi;

import static java.util.Objects.requireNonNull;

/**
 * Something in the archive that is not a complete document version.
 *
 * @param kind what was found
 * @param where a path relative to the archive's root, or for {@link Kind#UNREADABLE} the version
 *     it concerns as a {@link DocumentRef} reads ({@code contractregister/acme/sla/dap.pdf@1})
 * @param what the problem in words, naming the file or value
 */
public record ArchiveFinding(Kind kind, String where, String what) {
  public ArchiveFinding {
    requireNonNull(kind, "kind");
    requireNonNull(where, "where");
    requireNonNull(what, "what");
  }

  /** The kinds of finding. */
  public enum Kind {
    /** A temporary file or a version without metadata: a write a crash interrupted. */
    INTERRUPTED_WRITE,
    /** A file or folder that is neither a document version, its metadata, nor the archive's own. */
    STRAY,
    /** A version whose metadata cannot be read or interpreted; it cannot be checked. */
    UNREADABLE
  }

  @Override
  public String toString() {
    return where + ": " + what;
  }
}
