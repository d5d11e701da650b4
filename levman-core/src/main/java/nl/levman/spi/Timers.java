package nl.levman.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.levman.model.InstanceId;

/**
 * The scheduled timers, as committed by {@link Instances}. Several nodes may claim at once: a timer
 * is handed to one node for the lease, and to no other node until the lease runs out; it is gone
 * once a change clears it. Together with command ids this makes each timer fire exactly once.
 */
public interface Timers {

  /** Claims up to {@code max} timers due at {@code now}, earliest first, for this node. */
  List<Timer> claimDue(Instant now, int max, String node, Duration lease);

  /** How many timers are due at {@code now} (whether or not a node holds them). */
  long countDue(Instant now);

  /** The timers of one instance that have not been cleared, earliest first. */
  List<Timer> pending(InstanceId instance);
}
