package nl.levman.spi;

/**
 * Tells the host system what happened, after the change is committed (so the host never hears of
 * something that did not happen). Each notification is an outbox message recorded with the
 * change and published by the engine: right after the command's commit on its thread, or later
 * from {@code dispatch()}. An implementation should be quick; when it throws, the engine records
 * the failure and publishes the same notification again after a back-off. Delivery is at least
 * once: a host that needs exactly once deduplicates by the {@code delivery} id in the details,
 * which stays the same on every attempt.
 */
public interface EventPublisher {

  void publish(Notification notification);
}
