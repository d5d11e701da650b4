package nl.levman.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;
import nl.levman.api.CommandResult;
import nl.levman.model.FlowRejection;
import nl.levman.spi.MeetingRequest;
import nl.levman.spi.Notification;
import nl.levman.spi.OutboxMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: claims due messages for this node, hands each to the publisher, the meeting
 * planner or the engine (a linked start), marks it delivered, or records the failure and retries it
 * after an exponential back-off. A failure is logged and counted, never thrown.
 */
final class Dispatcher {
  private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
  static final Duration LEASE = Duration.ofMinutes(1);
  private static final int BATCH = 100;
  private static final int MAX_ROUNDS = 100;
  private final EngineParts p;
  private final Function<SideEffects.LinkedStart, CommandResult> linkedStarts;

  Dispatcher(EngineParts parts, Function<SideEffects.LinkedStart, CommandResult> linkedStarts) {
    this.p = parts;
    this.linkedStarts = linkedStarts;
  }

  /** Delivers what is due; returns how many were delivered. */
  int dispatch() {
    int delivered = 0;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      List<OutboxMessage> due = p.outbox().claim(now(), BATCH, p.node(), LEASE);
      if (due.isEmpty()) {
        break;
      }
      for (OutboxMessage m : due) {
        if (deliver(m)) {
          delivered++;
        }
      }
    }
    return delivered;
  }

  /** Delivers a committed change's messages at once (they are held from other nodes meanwhile). */
  void deliverNow(List<OutboxMessage> messages) {
    messages.forEach(this::deliver);
  }

  private boolean deliver(OutboxMessage m) {
    try {
      take(m);
    } catch (RuntimeException failure) {
      Instant retryAt = now().plus(wait(m.attempts() + 1));
      String error = failure.getClass().getSimpleName() + ": " + failure.getMessage();
      log.warn("side effect {} ({}) of {} not delivered, attempt {}; retried from {}: {}", m.id(),
          m.kind(), m.instance(), m.attempts() + 1, retryAt, error);
      try {
        p.outbox().failed(m.id(), error.length() > 1000 ? error.substring(0, 1000) : error, retryAt);
      } catch (RuntimeException unrecorded) {
        log.warn("the failure of side effect {} could not be recorded ({}); it is retried when its "
            + "lease ends", m.id(), unrecorded.getMessage());
      }
      tell(() -> p.observer().deliveryFailed(m.kind(), error));
      return false;
    }
    try {
      p.outbox().delivered(m.id(), now());
    } catch (RuntimeException unrecorded) {
      log.warn("side effect {} was delivered but could not be marked so ({}); it may be delivered "
          + "again under the same id", m.id(), unrecorded.getMessage());
    }
    tell(() -> p.observer().delivered(m.kind()));
    return true;
  }

  private void tell(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      log.warn("the engine observer failed ({}); the delivery stands", e.toString());
    }
  }

  private void take(OutboxMessage m) {
    switch (m.kind()) {
      case SideEffects.NOTIFICATION -> p.publisher().publish(SideEffects.payload(Notification.class, m));
      case SideEffects.MEETING -> p.meetings().plan(SideEffects.payload(MeetingRequest.class, m));
      case SideEffects.LINKED_START -> {
        SideEffects.LinkedStart start = SideEffects.linkedStart(m);
        CommandResult started = linkedStarts.apply(start);
        if (started instanceof CommandResult.Rejected r
            && r.rejection() instanceof FlowRejection.ConcurrentChange) {
          throw new IllegalStateException("linked process " + start.processKey() + " did not start yet: "
              + r.rejection().message());
        }
        if (started instanceof CommandResult.Rejected r) {
          log.warn("linked process {} of {} was not started: {}", start.processKey(), m.instance(),
              r.rejection().message());
        }
      }
      default -> throw new IllegalStateException("this engine cannot deliver side effects of kind '"
          + m.kind() + "'");
    }
  }

  /** Exponential back-off: the first wait, doubled per failed attempt, never more than the longest. */
  private Duration wait(int failures) {
    Duration wait = p.retryFirst();
    for (int i = 1; i < failures && wait.compareTo(p.retryLongest()) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(p.retryLongest()) > 0 ? p.retryLongest() : wait;
  }

  private Instant now() {
    return p.clock().instant().truncatedTo(ChronoUnit.MILLIS);
  }
}
