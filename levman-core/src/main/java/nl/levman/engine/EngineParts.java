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
 * @param node a name for this application node, used when claiming timers
 * @param maxDocumentSize the most bytes a presented document may have
 * @param afterCommit when the side effects of a committed change run: at once, or once the host's
 *     transaction that the store joined has committed
 */
public record EngineParts(
    ProcessRegistry processes,
    Instances instances,
    History history,
    WorkList workList,
    Timers timers,
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
    nl.levman.spi.AfterCommit afterCommit) {

  /** 64 MiB: the default limit of a presented document. */
  public static final long DEFAULT_MAX_DOCUMENT_SIZE = 64L * 1024 * 1024;

  public EngineParts {
    if (maxDocumentSize < 1) {
      throw new nl.levman.model.LevmanException("the document size limit must be 1 byte or more: "
          + maxDocumentSize);
    }
    java.util.Objects.requireNonNull(afterCommit, "afterCommit");
  }
}
