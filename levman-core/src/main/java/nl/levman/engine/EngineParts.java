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
 * @param retryFirst the wait before a failed delivery is tried again, doubled per failed attempt
 * @param retryLongest the longest wait between two attempts
 * @param maxDocumentSize the most bytes a presented document may have
 * @param afterCommit when the side effects of a committed change run: at once, or once the host's
 *     transaction that the store joined has committed
 * @param observer told of each side effect delivered or failed (commands are told by a wrapper)
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
    long maxDocumentSize,
    nl.levman.spi.AfterCommit afterCommit,
    nl.levman.api.Delivery delivery,
    java.time.Duration retryFirst,
    java.time.Duration retryLongest,
    nl.levman.api.EngineObserver observer) {

  /** 64 MiB: the default limit of a presented document. */
  public static final long DEFAULT_MAX_DOCUMENT_SIZE = 64L * 1024 * 1024;

  public EngineParts {
    if (maxDocumentSize < 1) {
      throw new nl.levman.model.LevmanException("the document size limit must be 1 byte or more: "
          + maxDocumentSize);
    }
    java.util.Objects.requireNonNull(afterCommit, "afterCommit");
    java.util.Objects.requireNonNull(delivery, "delivery");
    java.util.Objects.requireNonNull(observer, "observer");
  }
}
