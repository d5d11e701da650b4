package nl.levman.engine;

import nl.levman.api.LevmanEngine;

/** Creates engines; used by {@code nl.levman.Levman.builder()}, not by host code. */
public final class Engines {
  private Engines() {}

  public static LevmanEngine create(EngineParts parts) {
    return new DefaultEngine(parts);
  }
}
