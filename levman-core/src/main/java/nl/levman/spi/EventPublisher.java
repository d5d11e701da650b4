package nl.levman.spi;

/**
 * Tells the host system what happened, after the change is committed (so the host never hears of
 * something that did not happen). Called on the thread of the command; an implementation should
 * be quick and must not throw for a failing receiver it can retry itself. Delivery is at least
 * once: a host that needs exactly once deduplicates by instance and sequence in the details.
 */
public interface EventPublisher {

  void publish(Notification notification);
}
