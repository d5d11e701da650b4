package nl.levman.engine;

import java.time.Duration;
import java.util.Optional;
import nl.levman.api.SealKey;
import nl.levman.spi.Heads;
import nl.levman.spi.Seals;

/**
 * The evidence kept beside the hash chain, as {@code nl.levman.Levman.builder()} wired it.
 *
 * @param heads reads every instance's head, and the store's own safeguards
 * @param seals the seal store, a trust domain apart from the database; empty when not wired
 * @param key the host's key that signs and checks seals; present exactly when {@code seals} is
 * @param every how often {@code runDue()} seals; zero for never (the host calls {@code seal()})
 */
record Evidence(Heads heads, Optional<Seals> seals, Optional<SealKey> key, Duration every) {
  public Evidence {
    java.util.Objects.requireNonNull(heads, "heads");
    if (seals.isPresent() != key.isPresent()) {
      throw new nl.levman.model.LevmanException("a seal store needs its key, and a key its seal store");
    }
    if (every.isNegative()) {
      throw new nl.levman.model.LevmanException("a seal interval cannot be negative: " + every);
    }
  }
}
