package nl.levman.engine;

import java.time.Clock;
import nl.levman.api.ProcessRegistry;
import nl.levman.spi.Archive;
import nl.levman.spi.Directory;
import nl.levman.spi.EventPublisher;
import nl.levman.spi.History;
import nl.levman.spi.Instances;
import nl.levman.spi.Jaarkalender;
import nl.levman.spi.MeetingPlanner;
import nl.levman.spi.Timers;
import nl.levman.spi.WorkList;

/**
 * The ports an engine is wired with; built by {@code nl.levman.Levman.builder()}.
 *
 * @param node a name for this application node, used when claiming timers and outbox messages
 * @param outbox where side effects wait for delivery; recorded by {@code instances} with each change
 * @param delivery whether a command delivers its own side effects after its commit
 * @param retry the first and the longest wait before a failed delivery is tried again
 */
public record EngineParts(
    ProcessRegistry processes,
    Instances instances,
    History history,
    WorkList workList,
    Timers timers,
    nl.levman.spi.Outbox outbox,
    Archive archive,
    Directory directory,
    Jaarkalender jaarkalender,
    MeetingPlanner meetings,
    EventPublisher publisher,
    Clock clock,
    String node,
    java.util.Map<String, nl.levman.behaviour.StepBehaviour<?>> behaviours,
    nl.levman.model.EventTypes eventTypes,
    nl.levman.api.Delivery delivery,
    Retry retry) {

  /** Exponential back-off: the first wait, doubled per failed attempt, never more than the longest. */
  public record Retry(java.time.Duration first, java.time.Duration longest) {
    public static final Retry DEFAULT = new Retry(java.time.Duration.ofSeconds(10), java.time.Duration.ofHours(1));

    public Retry {
      if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
        throw new nl.levman.model.LevmanException("retry waits must be positive, the longest no shorter "
            + "than the first: " + first + ", " + longest);
      }
    }

    /** The wait after the given number of failed attempts (1 for the first failure). */
    public java.time.Duration after(int failures) {
      java.time.Duration wait = first;
      for (int i = 1; i < failures && wait.compareTo(longest) < 0; i++) {
        wait = wait.multipliedBy(2);
      }
      return wait.compareTo(longest) > 0 ? longest : wait;
    }
  }
}
