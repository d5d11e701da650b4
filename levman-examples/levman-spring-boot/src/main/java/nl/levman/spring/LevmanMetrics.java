package nl.levman.spring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import nl.levman.api.EngineObserver;
import nl.levman.api.Health;

/**
 * Levman's meters: {@code levman.commands} (counter; tags {@code command}, {@code outcome} =
 * accepted|rejected, {@code code} = the rejection's code or {@code none}), {@code
 * levman.command.latency} (timer; tag {@code command}), {@code levman.timers.fired} (counter),
 * {@code levman.outbox.delivered} and {@code levman.outbox.failed} (counters; tag {@code kind}), and
 * the gauges {@code levman.timers.overdue}, {@code levman.outbox.pending}, {@code
 * levman.outbox.failing}, read from the engine's health on each scheduled run and health check.
 */
public final class LevmanMetrics implements EngineObserver {
  private final MeterRegistry registry;
  private final Counter fired;
  private final AtomicLong overdue = new AtomicLong();
  private final AtomicLong pending = new AtomicLong();
  private final AtomicLong failing = new AtomicLong();

  LevmanMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.fired = Counter.builder("levman.timers.fired")
        .description("timers and Jaarkalender entries fired").register(registry);
    Gauge.builder("levman.timers.overdue", overdue, AtomicLong::get)
        .description("timers past due, not yet fired").register(registry);
    Gauge.builder("levman.outbox.pending", pending, AtomicLong::get)
        .description("side effects waiting for delivery").register(registry);
    Gauge.builder("levman.outbox.failing", failing, AtomicLong::get)
        .description("side effects whose last delivery failed").register(registry);
  }

  @Override
  public void accepted(Command command, Duration latency) {
    count(command, "accepted", "none", latency);
  }

  @Override
  public void rejected(Command command, String code, Duration latency) {
    count(command, "rejected", code, latency);
  }

  private void count(Command command, String outcome, String code, Duration latency) {
    String name = command.name().toLowerCase(Locale.ROOT);
    registry.counter("levman.commands", "command", name, "outcome", outcome, "code", code).increment();
    Timer.builder("levman.command.latency").tag("command", name).register(registry).record(latency);
  }

  @Override
  public void dueFired(int count) {
    fired.increment(count);
  }

  @Override
  public void delivered(String kind) {
    registry.counter("levman.outbox.delivered", "kind", kind).increment();
  }

  @Override
  public void deliveryFailed(String kind, String error) {
    registry.counter("levman.outbox.failed", "kind", kind).increment();
  }

  /** The gauges' figures from the engine's health. */
  void record(Health health) {
    if (health.storeReachable()) {
      overdue.set(health.timersOverdue());
      pending.set(health.outboxPending());
      failing.set(health.outboxFailing());
    }
  }
}
