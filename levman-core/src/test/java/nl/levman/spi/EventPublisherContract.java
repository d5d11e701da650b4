package nl.levman.spi;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.levman.model.InstanceId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link EventPublisher} must do: take every kind of notification, from several threads
 * at once, without throwing. An adapter's test extends this class and can check with {@link
 * #published()} what reached its receiver.
 */
public abstract class EventPublisherContract {

  protected abstract EventPublisher publisher();

  /** What the receiver got, in order per thread. */
  protected abstract List<Notification> published();

  static Notification notification(String kind, int n) {
    return new Notification(kind, InstanceId.of("i-" + n), "service-level-management",
        Optional.of(12), "message " + n + " with \"quotes\" and ümlauts\nand a line break",
        Instant.parse("2026-03-01T10:15:30.123Z"), Map.of("sequence", Integer.toString(n)));
  }

  @Test
  void takesEveryKindOfNotification() {
    EventPublisher publisher = publisher();
    for (String kind : List.of("step-opened", "decision-taken", "slr-overdue", "ad-hoc-meeting",
        "process-linked", "link-unregistered", "process-completed")) {
      assertThatCode(() -> publisher.publish(notification(kind, 1))).doesNotThrowAnyException();
    }
    org.assertj.core.api.Assertions.assertThat(published()).hasSize(7);
  }

  @Test
  void takesNotificationsFromSeveralThreadsAtOnce() throws InterruptedException {
    EventPublisher publisher = publisher();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int i = 0; i < 200; i++) {
      int n = i;
      pool.submit(() -> publisher.publish(notification("step-opened", n)));
    }
    pool.shutdown();
    org.assertj.core.api.Assertions.assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    org.assertj.core.api.Assertions.assertThat(published()).hasSize(200);
  }
}
