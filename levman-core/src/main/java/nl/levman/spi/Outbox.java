package nl.levman.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The side effects a change causes (notifications, meeting requests, the start of a linked
 * process), recorded by {@link Instances#commit} in the same transaction as the change and
 * delivered afterwards, at least once, by the engine. A message is handed to one node for a lease
 * and to no other node until the lease runs out; it stays until it is marked delivered. Thread-safe.
 */
public interface Outbox {

  /**
   * Claims up to {@code max} messages due at {@code now}, earliest due first, for this node: no
   * other claim gets them until {@code now + lease}.
   */
  List<OutboxMessage> claim(Instant now, int max, String node, Duration lease);

  /** The message took effect; it is never handed out again. */
  void delivered(String id, Instant at);

  /** Delivery failed; the message is retried from {@code retryAt}, its attempts counted. */
  void failed(String id, String error, Instant retryAt);

  /** What waits for delivery at {@code now}. */
  Backlog backlog(Instant now);

  /**
   * The messages not yet delivered, those among them whose last attempt failed, and when the
   * oldest of them was recorded.
   */
  record Backlog(long pending, long failing, Optional<Instant> oldestPending) {
    public static final Backlog EMPTY = new Backlog(0, 0, Optional.empty());
  }
}
