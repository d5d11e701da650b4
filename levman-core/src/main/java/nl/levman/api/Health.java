package nl.levman.api;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * How an engine is doing, for a host's health check: whether its store answers (and if not, why),
 * how many timers are past due and not yet fired, and the side effects waiting for delivery.
 */
public record Health(
    boolean storeReachable,
    Optional<String> storeProblem,
    long timersOverdue,
    long outboxPending,
    long outboxFailing,
    Optional<Instant> oldestPendingOutbox) {
  public Health {
    requireNonNull(storeProblem, "storeProblem");
    requireNonNull(oldestPendingOutbox, "oldestPendingOutbox");
  }

  /** Up: the store answers. Overdue timers and a backlog are for the host to judge. */
  public boolean isUp() {
    return storeReachable;
  }
}
