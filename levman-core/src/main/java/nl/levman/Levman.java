package nl.levman;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import nl.levman.api.EngineObserver;
import nl.levman.api.LevmanEngine;
import nl.levman.api.SealKey;
import nl.levman.behaviour.Behaviours;
import nl.levman.behaviour.StepBehaviour;
import nl.levman.engine.EngineParts;
import nl.levman.engine.Engines;
import nl.levman.memory.InMemoryArchive;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.memory.InMemoryMeetingPlanner;
import nl.levman.memory.InMemoryJaarkalender;
import nl.levman.memory.InMemoryProcessRegistry;
import nl.levman.memory.InMemoryStore;
import nl.levman.memory.LoggingPublisher;
import nl.levman.model.EventTypes;
import nl.levman.model.LevmanException;
import nl.levman.model.ProcessDefinition;
import nl.levman.spi.AfterCommit;
import nl.levman.spi.Archive;
import nl.levman.spi.Directory;
import nl.levman.spi.EventPublisher;
import nl.levman.spi.Heads;
import nl.levman.spi.History;
import nl.levman.spi.Instances;
import nl.levman.spi.Jaarkalender;
import nl.levman.spi.MeetingPlanner;
import nl.levman.spi.Seals;
import nl.levman.spi.Outbox;
import nl.levman.spi.Timers;
import nl.levman.spi.WorkList;

/**
 * The one entry point: wires the ports and builds the engine, in plain Java. Every port has an
 * in-memory default, so {@code Levman.builder().process(...).build()} runs with no database.
 *
 * <pre>{@code
 * LevmanEngine levman = Levman.builder()
 *     .store(jdbcStore)                 // Instances, History, WorkList and Timers in one
 *     .archive(fileSystemArchive)
 *     .directory(hostDirectory)
 *     .process(ServiceLevelManagement.definition())
 *     .build();
 * }</pre>
 */
public final class Levman {
  private Levman() {}

  public static Builder builder() {
    return new Builder();
  }

  /** Collects the ports; anything not given is kept in memory. */
  public static final class Builder {
    private final InMemoryProcessRegistry processes = new InMemoryProcessRegistry();
    private Instances instances;
    private History history;
    private WorkList workList;
    private Timers timers;
    private Outbox outbox;
    private nl.levman.api.Delivery delivery = nl.levman.api.Delivery.AFTER_COMMIT;
    private java.time.Duration retryFirst = java.time.Duration.ofSeconds(10);
    private java.time.Duration retryLongest = java.time.Duration.ofHours(1);
    private Archive archive;
    private Directory directory = new InMemoryDirectory();
    private Jaarkalender jaarkalender = new InMemoryJaarkalender();
    private MeetingPlanner meetings;
    private EventPublisher publisher = new LoggingPublisher();
    private Clock clock = Clock.systemDefaultZone();
    private String node = "node-" + Long.toHexString(System.nanoTime());
    private AfterCommit afterCommit;
    private AfterCommit storeAfterCommit;
    private EngineObserver observer = EngineObserver.NONE;
    private final Map<String, StepBehaviour<?>> behaviours = new LinkedHashMap<>();
    private Heads heads;
    private Seals seals;
    private SealKey sealKey;
    private java.time.Duration sealEvery = java.time.Duration.ZERO;
    private long maxDocumentSize = EngineParts.DEFAULT_MAX_DOCUMENT_SIZE;

    private Builder() {}

    /** Registers a process definition (and with it any later version). */
    public Builder process(ProcessDefinition definition) {
      processes.register(definition);
      return this;
    }

    /**
     * One object that stores instances, history, the work list, timers and the outbox (such as a
     * JDBC store). A store that is also an {@link AfterCommit} (a JDBC store says whether it joins
     * the host's transaction) decides when side effects run, unless {@link #afterCommit} says
     * otherwise.
     */
    public <S extends Instances & History & WorkList & Timers & Outbox> Builder store(S store) {
      this.heads = store instanceof Heads h ? h : null;
      this.storeAfterCommit = store instanceof AfterCommit storesSay ? storesSay : null;
      this.instances = store;
      this.history = store;
      this.workList = store;
      this.timers = store;
      this.outbox = store;
      return this;
    }

    /**
     * The outbox that {@code instances} records side effects in; needed with {@link #instances}
     * unless the instances or the history port is the outbox too.
     */
    public Builder outbox(Outbox outbox) {
      this.outbox = Objects.requireNonNull(outbox);
      return this;
    }

    /**
     * When side effects are delivered: {@link nl.levman.api.Delivery#AFTER_COMMIT} (the default),
     * or only by {@code dispatch()} for a host that joins Levman to its own transaction.
     */
    public Builder delivery(nl.levman.api.Delivery delivery) {
      this.delivery = Objects.requireNonNull(delivery);
      return this;
    }

    /** The back-off of failed deliveries: the first wait, doubled per attempt up to the longest. */
    public Builder retry(java.time.Duration first, java.time.Duration longest) {
      if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0) {
        throw new LevmanException("retry waits must be positive, the longest no shorter than the first: "
            + first + ", " + longest);
      }
      this.retryFirst = first;
      this.retryLongest = longest;
      return this;
    }

    public Builder instances(Instances instances, History history, WorkList workList, Timers timers) {
      this.instances = Objects.requireNonNull(instances);
      this.storeAfterCommit = instances instanceof AfterCommit storesSay ? storesSay : null;
      this.history = Objects.requireNonNull(history);
      this.workList = Objects.requireNonNull(workList);
      this.timers = Objects.requireNonNull(timers);
      this.heads = instances instanceof Heads h ? h : null;
      return this;
    }

    /**
     * Seals the history's heads into {@code seals}, a store apart from the database (such as
     * {@code FileSystemSeals.at(folder)} on a folder the database's owner cannot write), signed with
     * {@code key}, which the host holds and the database never sees. {@code seal()} writes a seal;
     * {@code audit()} and {@code verify(id)} then check the database against the seals.
     */
    public Builder seals(Seals seals, SealKey key) {
      this.seals = Objects.requireNonNull(seals);
      this.sealKey = Objects.requireNonNull(key);
      return this;
    }

    /** Lets {@code runDue()} seal when the last seal is at least this old (default: never). */
    public Builder sealEvery(java.time.Duration interval) {
      this.sealEvery = Objects.requireNonNull(interval);
      return this;
    }

    public Builder archive(Archive archive) {
      this.archive = Objects.requireNonNull(archive);
      return this;
    }

    public Builder directory(Directory directory) {
      this.directory = Objects.requireNonNull(directory);
      return this;
    }

    public Builder jaarkalender(Jaarkalender jaarkalender) {
      this.jaarkalender = Objects.requireNonNull(jaarkalender);
      return this;
    }

    public Builder meetings(MeetingPlanner meetings) {
      this.meetings = Objects.requireNonNull(meetings);
      return this;
    }

    /**
     * When the side effects of a committed change (notifications, meeting requests, linked starts)
     * run. By default the store's word if it has one, else at once: right for a store that commits
     * its own transaction.
     */
    public Builder afterCommit(AfterCommit afterCommit) {
      this.afterCommit = Objects.requireNonNull(afterCommit);
      return this;
    }

    /** Hears of every command and of what {@code runDue()} fired, for metrics. */
    public Builder observer(EngineObserver observer) {
      this.observer = Objects.requireNonNull(observer);
      return this;
    }

    public Builder publisher(EventPublisher publisher) {
      this.publisher = Objects.requireNonNull(publisher);
      return this;
    }

    /** Time comes from this clock only (a {@code VirtualClock} in tests and simulations). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /**
     * The most bytes one presented document may have (default 64 MiB); a larger one refuses the
     * completion with {@code DocumentTooLarge} before anything is archived. Documents are streamed,
     * so the limit is about the archive's room, not the heap.
     */
    public Builder maxDocumentSize(long bytes) {
      if (bytes < 1) {
        throw new LevmanException("the document size limit must be 1 byte or more: " + bytes);
      }
      this.maxDocumentSize = bytes;
      return this;
    }

    /** The name of this application node, for claiming timers when several nodes share a store. */
    public Builder node(String name) {
      this.node = Objects.requireNonNull(name);
      return this;
    }

    /**
     * Binds step behaviours by their declared names, and registers the domain event types they
     * record; a later binding of a name replaces an earlier one. An engine whose definitions
     * declare a behaviour that is not bound does not build.
     */
    public Builder behaviours(Behaviours bound) {
      for (StepBehaviour<?> b : bound.all()) {
        behaviours.put(b.declaration().name(), b);
      }
      return this;
    }

    public LevmanEngine build() {
      if (instances == null) {
        store(new InMemoryStore());
      }
      if (outbox == null) {
        if (instances instanceof Outbox o) {
          outbox = o;
        } else if (history instanceof Outbox o) {
          outbox = o;
        } else {
          throw new LevmanException("the store records side effects in an outbox, but none is wired: "
              + "add Levman.builder().outbox(...) beside .instances(...)");
        }
      }
      if (archive == null) {
        archive = InMemoryArchive.withHandbookPlaces();
      }
      if (meetings == null) {
        meetings = new InMemoryMeetingPlanner();
      }
      for (ProcessDefinition d : processes.all()) {
        d.behaviours().forEach((step, b) -> {
          if (!behaviours.containsKey(b.name())) {
            throw new LevmanException("step " + step + " of " + d + " runs behaviour '" + b.name()
                + "', which is not bound: add it with Levman.builder().behaviours(...)");
          }
        });
      }
      EventTypes.Builder types = EventTypes.builder();
      behaviours.values().forEach(b -> b.register(types));
      AfterCommit effects = afterCommit != null ? afterCommit
          : storeAfterCommit != null ? storeAfterCommit : AfterCommit.immediately();
      return Engines.observed(Engines.create(new EngineParts(processes, instances, history, workList,
          timers, outbox, archive, directory, jaarkalender, meetings, publisher, clock, node,
          Map.copyOf(behaviours), types.build(), maxDocumentSize, effects, delivery, retryFirst,
          retryLongest, observer), heads, java.util.Optional.ofNullable(seals),
          java.util.Optional.ofNullable(sealKey), sealEvery), observer);
    }
  }
}
