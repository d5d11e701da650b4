package nl.levman.spring;

import nl.levman.api.Health;
import nl.levman.api.LevmanEngine;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code levman} component of {@code /actuator/health}: up while the store answers, with the
 * timers overdue and the outbox's backlog as details (for the host's alerting to judge).
 */
public final class LevmanHealthIndicator implements HealthIndicator {
  private final LevmanEngine engine;
  private final LevmanMetrics metrics;

  LevmanHealthIndicator(LevmanEngine engine, LevmanMetrics metrics) {
    this.engine = engine;
    this.metrics = metrics;
  }

  @Override
  public org.springframework.boot.health.contributor.Health health() {
    Health h = engine.health();
    if (metrics != null) {
      metrics.record(h);
    }
    org.springframework.boot.health.contributor.Health.Builder b = h.isUp()
        ? org.springframework.boot.health.contributor.Health.up()
        : org.springframework.boot.health.contributor.Health.down();
    h.storeProblem().ifPresent(p -> b.withDetail("store", p));
    b.withDetail("timersOverdue", h.timersOverdue())
        .withDetail("outboxPending", h.outboxPending())
        .withDetail("outboxFailing", h.outboxFailing());
    h.oldestPendingOutbox().ifPresent(at -> b.withDetail("oldestPendingOutbox", at.toString()));
    return b.build();
  }
}
