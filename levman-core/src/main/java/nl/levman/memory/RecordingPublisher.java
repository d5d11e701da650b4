package nl.levman.memory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.levman.spi.EventPublisher;
import nl.levman.spi.Notification;

/** Keeps every notification in memory, in order; for tests and for hosts that poll. Thread-safe. */
public final class RecordingPublisher implements EventPublisher {
  private final List<Notification> received = new CopyOnWriteArrayList<>();

  @Override
  public void publish(Notification notification) {
    received.add(notification);
  }

  public List<Notification> received() {
    return List.copyOf(received);
  }

  public List<Notification> ofKind(String kind) {
    return received.stream().filter(n -> n.kind().equals(kind)).toList();
  }
}
