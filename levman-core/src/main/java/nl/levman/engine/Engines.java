package nl.levman.engine;

import nl.levman.api.LevmanEngine;

/** Creates engines; used by {@code nl.levman.Levman.builder()}, not by host code. */
public final class Engines {
  private Engines() {}

  public static LevmanEngine create(EngineParts parts) {
    return new DefaultEngine(parts);
  }

  /**
   * An engine that also keeps and checks evidence beside the hash chain.
   *
   * @param heads how to read every instance's head; null to read them from the history
   * @param seals the seal store, with {@code key}; both empty for none
   * @param sealEvery how often {@code runDue()} seals; zero for never
   */
  public static LevmanEngine create(EngineParts parts, nl.levman.spi.Heads heads,
      java.util.Optional<nl.levman.spi.Seals> seals, java.util.Optional<nl.levman.api.SealKey> key,
      java.time.Duration sealEvery) {
    return new DefaultEngine(parts, new Evidence(heads != null ? heads
        : new HeadsFromHistory(parts.instances(), parts.history()), seals, key, sealEvery));
  }

  /** The engine, with {@code observer} told of its commands; the engine itself if it is none. */
  public static LevmanEngine observed(LevmanEngine engine, nl.levman.api.EngineObserver observer) {
    return observer == nl.levman.api.EngineObserver.NONE ? engine : new Observed(engine, observer);
  }
}
