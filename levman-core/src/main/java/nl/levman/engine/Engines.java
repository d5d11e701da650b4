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
}
