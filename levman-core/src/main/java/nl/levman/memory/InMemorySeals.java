package nl.levman.memory;

import java.util.List;
import java.util.TreeMap;
import nl.levman.spi.Seal;
import nl.levman.spi.Seals;

/**
 * Seals in memory, for tests and examples. Evidence needs a trust domain apart from the database:
 * in production use a seal store outside the application's database, such as
 * {@code nl.levman.fs.FileSystemSeals}.
 */
public final class InMemorySeals implements Seals {
  private final TreeMap<Long, Seal> seals = new TreeMap<>();

  @Override
  public synchronized boolean append(Seal seal) {
    return seals.putIfAbsent(seal.number(), seal) == null;
  }

  @Override
  public synchronized Stored read(long after) {
    return new Stored(List.copyOf(seals.tailMap(after, false).values()), List.of());
  }
}
