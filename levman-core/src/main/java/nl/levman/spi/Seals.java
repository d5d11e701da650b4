package nl.levman.spi;

import java.util.List;

/**
 * The seal store: a trust domain apart from the database (a folder the database's owner cannot
 * write, by default beside the archive), where the engine appends signed seals of the history's
 * heads. Implementations must never overwrite or remove a seal, must make {@link #append} atomic
 * (a seal is there whole, or not at all) and exclusive (two nodes appending the same number: one
 * wins, the other is told), and must report, not throw, what they cannot read. Thread-safe.
 */
public interface Seals {

  /**
   * Stores the seal under its number. Returns false, storing nothing, when a seal with that number
   * is there already (another node sealed first).
   */
  boolean append(Seal seal);

  /** The seals numbered above {@code after} in number order, and what could not be read as a seal. */
  Stored read(long after);

  /**
   * What a read found: the seals, and one line per entry of the store that is not a readable seal
   * (a malformed or truncated file, a file under the wrong number, a leftover of an interrupted
   * write), naming it.
   */
  record Stored(List<Seal> seals, List<String> unreadable) {
    public Stored {
      seals = List.copyOf(seals);
      unreadable = List.copyOf(unreadable);
    }
  }
}
