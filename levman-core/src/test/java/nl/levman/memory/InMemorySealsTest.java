package nl.levman.memory;

import nl.levman.spi.Seals;
import nl.levman.spi.SealsContract;

/** The in-memory seal store passes the port's contract. */
class InMemorySealsTest extends SealsContract {
  @Override
  protected Seals seals() {
    return new InMemorySeals();
  }
}
