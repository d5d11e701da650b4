package nl.levman.memory;

import nl.levman.spi.EventPublisher;
import nl.levman.spi.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default publisher: writes each notification to the log (logger {@code nl.levman.notifications},
 * level INFO) and keeps nothing, so an engine without a host publisher uses no memory for them.
 */
public final class LoggingPublisher implements EventPublisher {
  private static final Logger log = LoggerFactory.getLogger("nl.levman.notifications");

  @Override
  public void publish(Notification n) {
    log.info("{} {} {} {}", n.kind(), n.instance(), n.step().map(s -> "step " + s).orElse(""), n.message());
  }
}
