package nl.levman.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until it is moved: tests and simulations run a three-year SLA in
 * milliseconds by advancing it and calling {@link LevmanEngine#runDue()}. Thread-safe.
 */
public final class VirtualClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  public VirtualClock(Instant start, ZoneId zone) {
    this.now = new AtomicReference<>(start);
    this.zone = zone;
  }

  public static VirtualClock at(Instant start) {
    return new VirtualClock(start, ZoneId.of("Europe/Amsterdam"));
  }

  public void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new nl.levman.model.LevmanException("a virtual clock only moves forward: " + duration);
    }
    now.updateAndGet(t -> t.plus(duration));
  }

  public void set(Instant instant) {
    now.updateAndGet(t -> {
      if (instant.isBefore(t)) {
        throw new nl.levman.model.LevmanException("a virtual clock only moves forward: " + instant);
      }
      return instant;
    });
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    VirtualClock clock = new VirtualClock(now.get(), other);
    return clock;
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}
