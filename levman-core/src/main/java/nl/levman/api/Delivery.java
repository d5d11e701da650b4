package nl.levman.api;

/**
 * When an engine delivers the side effects of a command (notifications, meeting requests, the start
 * of a linked process). Either way they are recorded in the outbox in the same commit as the
 * change, and {@link LevmanEngine#dispatch()} (also called by {@link LevmanEngine#runDue()})
 * delivers whatever is left, at least once, with retries.
 */
public enum Delivery {
  /**
   * The command delivers its own side effects right after its commit, on its own thread; they are
   * held from other nodes' dispatchers for a minute meanwhile. For an engine that commits its own
   * transactions (the default).
   */
  AFTER_COMMIT,
  /**
   * Only {@link LevmanEngine#dispatch()} delivers. For a host that joins Levman's changes to a
   * transaction of its own: nothing may be delivered before the host commits.
   */
  ON_DISPATCH
}
