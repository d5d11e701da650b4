package nl.levman.spi;

import static java.util.Objects.requireNonNull;

/**
 * The state of an instance as the engine wrote it with its last change: the history's head it was
 * taken at (sequence and hash of the last row), the format of its content, and the content.
 * Adapters store it with the instance in the same commit as the rows it follows, and return it
 * verbatim. It is never evidence: the engine uses it only while its head is the history's head and
 * its format is one it reads, and otherwise replays the history.
 */
public record InstanceSnapshot(long sequence, String hash, int format, String content) {
  public InstanceSnapshot {
    requireNonNull(hash, "hash");
    requireNonNull(content, "content");
  }
}
