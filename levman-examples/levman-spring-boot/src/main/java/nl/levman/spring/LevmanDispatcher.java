package nl.levman.spring;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.levman.api.LevmanEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Lets time do its part every {@code levman.dispatch-interval}: {@link LevmanEngine#runDue()} fires
 * due timers and the Jaarkalender's entries and dispatches the outbox (the side effects that wait
 * for delivery, retried with back-off), then the health figures for the metrics are read.
 * Runs on a thread of its own, outside any host transaction, so each command commits on its own.
 * Safe with several nodes: timers are claimed.
 */
public final class LevmanDispatcher implements SmartLifecycle {
  private static final Logger log = LoggerFactory.getLogger(LevmanDispatcher.class);
  private final LevmanEngine engine;
  private final Duration interval;
  private final LevmanMetrics metrics;
  private ScheduledExecutorService scheduler;

  LevmanDispatcher(LevmanEngine engine, Duration interval, LevmanMetrics metrics) {
    this.engine = engine;
    this.interval = interval;
    this.metrics = metrics;
  }

  /** One round: fire what is due and dispatch the outbox, then read the health figures. Never throws. */
  public int runOnce() {
    try {
      int fired = engine.runDue();
      if (metrics != null) {
        metrics.record(engine.health());
      }
      return fired;
    } catch (RuntimeException e) {
      log.warn("Levman's scheduled run failed; it runs again in {}: {}", interval, e.toString());
      return 0;
    }
  }

  @Override
  public synchronized void start() {
    if (interval.isZero() || interval.isNegative() || scheduler != null) {
      return;
    }
    scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "levman-dispatch");
      t.setDaemon(true);
      return t;
    });
    scheduler.scheduleWithFixedDelay(this::runOnce, interval.toMillis(), interval.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @Override
  public synchronized void stop() {
    if (scheduler != null) {
      scheduler.shutdown();
      scheduler = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return scheduler != null;
  }
}
