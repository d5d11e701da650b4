package nl.levman.engine;

import nl.levman.api.LevmanEngine;

/** Creates engines; used by {@code nl.levman.Levman.builder()}, not by host code. */
public final class Engines {
  private Engines() {}

  public static LevmanEngine create(EngineParts parts) {
    return new DefaultEngine(parts);
  }

  /** The engine, with {@code observer} told of its commands; the engine itself if it is none. */
  public static LevmanEngine observed(LevmanEngine engine, nl.levman.api.EngineObserver observer) {
    return observer == nl.levman.api.EngineObserver.NONE ? engine : new Observed(engine, observer);
  }
}
