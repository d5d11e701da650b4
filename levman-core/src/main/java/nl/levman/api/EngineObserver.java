package nl.levman.api;

import java.time.Duration;

/**
 * Hears what the engine does, for a host's metrics: commands accepted and refused (with the
 * rejection's code) and how long each took, timers and calendar entries fired, side effects
 * delivered or failed. Registered with {@code Levman.builder().observer(...)}; every method does
 * nothing by default.
 *
 * <p>Called on the command's thread after the command has finished, so an observer must be quick
 * and thread-safe. An exception it throws is logged and never changes the command's result.
 */
public interface EngineObserver {

  /** An observer that does nothing: the default. */
  EngineObserver NONE = new EngineObserver() {};

  /** The commands a host sends. */
  enum Command {
    START, COMPLETE, RAISE
  }

  /** The command took effect, or was a repeat of one that did. */
  default void accepted(Command command, Duration latency) {}

  /** The command was refused with {@code code}, such as {@code RoleNotHeld}; nothing changed. */
  default void rejected(Command command, String code, Duration latency) {}

  /** {@link LevmanEngine#runDue()} fired {@code count} timers and calendar entries. */
  default void dueFired(int count) {}

  /** A side effect of kind {@code kind} (such as {@code step-opened}) was delivered. */
  default void delivered(String kind) {}

  /** Delivering a side effect of kind {@code kind} failed; it is tried again later. */
  default void deliveryFailed(String kind, String error) {}
}
