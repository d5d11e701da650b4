package nl.levman.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.TimerId;
import nl.levman.model.WorkItemId;
import nl.levman.spi.CommitOutcome;
import nl.levman.spi.History;
import nl.levman.spi.InstanceChange;
import nl.levman.spi.InstanceSnapshot;
import nl.levman.spi.InstanceSummary;
import nl.levman.spi.Instances;
import nl.levman.spi.Outbox;
import nl.levman.spi.OutboxMessage;
import nl.levman.spi.RecordedEvent;
import nl.levman.spi.StoredWorkItem;
import nl.levman.spi.Timer;
import nl.levman.spi.Timers;
import nl.levman.spi.WorkItemQuery;
import nl.levman.spi.WorkList;

/**
 * Instances, history, work list, timers and the outbox in memory: one lock, so every commit is
 * atomic and every read sees whole commits. For tests, examples and hosts that need no persistence.
 */
public final class InMemoryStore implements Instances, History, WorkList, Timers, Outbox {
  private final Object lock = new Object();
  private final TreeMap<String, InstanceSummary> instances = new TreeMap<>();
  private final Map<InstanceId, List<RecordedEvent>> history = new HashMap<>();
  private final Map<InstanceId, InstanceSnapshot> snapshots = new HashMap<>();
  private final Map<CommandId, CommandRecord> commands = new HashMap<>();
  private final Map<WorkItemId, StoredWorkItem> workItems = new LinkedHashMap<>();
  private final Map<TimerId, Timer> timers = new LinkedHashMap<>();
  private final Map<TimerId, Instant> leases = new HashMap<>();
  private final Map<String, OutboxMessage> outbox = new LinkedHashMap<>();
  private final Map<String, Instant> outboxLeases = new HashMap<>();

  @Override
  public CommitOutcome commit(InstanceChange change) {
    synchronized (lock) {
      InstanceId id = change.id();
      List<RecordedEvent> events = history.getOrDefault(id, List.of());
      long last = events.isEmpty() ? 0 : events.get(events.size() - 1).sequence();
      if (last != change.expectedSequence() || (change.isNew() && instances.containsKey(id.value()))) {
        return CommitOutcome.CONFLICT;
      }
      if (change.command().isPresent() && commands.containsKey(change.command().get())) {
        return CommitOutcome.DUPLICATE_COMMAND;
      }
      history.computeIfAbsent(id, i -> new ArrayList<>()).addAll(change.events());
      change.snapshot().ifPresentOrElse(s -> snapshots.put(id, s), () -> snapshots.remove(id));
      instances.put(id.value(), change.instance());
      change.command()
          .ifPresent(c -> commands.put(c, new CommandRecord(c, id,
              change.events().get(0).sequence(),
              change.events().get(change.events().size() - 1).sequence(), change.fingerprint())));
      change.closed().forEach(workItems::remove);
      change.opened().forEach(w -> workItems.put(w.id(), w));
      change.timersCleared().forEach(t -> {
        timers.remove(t);
        leases.remove(t);
      });
      change.timersSet().forEach(t -> timers.put(t.id(), t));
      change.outbox().forEach(m -> outbox.put(m.id(), m));
      return CommitOutcome.APPLIED;
    }
  }

  @Override
  public Optional<InstanceSummary> find(InstanceId id) {
    synchronized (lock) {
      return Optional.ofNullable(instances.get(id.value()));
    }
  }

  @Override
  public List<InstanceSummary> list(InstanceId after, int limit) {
    synchronized (lock) {
      var tail = after == null ? instances : instances.tailMap(after.value(), false);
      return tail.values().stream().limit(limit).toList();
    }
  }

  @Override
  public List<RecordedEvent> events(InstanceId id) {
    synchronized (lock) {
      return List.copyOf(history.getOrDefault(id, List.of()));
    }
  }

  /** The earlier command, or the history's head with the snapshot stored at the last change. */
  @Override
  public Read read(InstanceId id, CommandId command) {
    synchronized (lock) {
      CommandRecord earlier = commands.get(command);
      List<RecordedEvent> events = history.getOrDefault(id, List.of());
      if (earlier != null || events.isEmpty()) {
        return new Read(Optional.ofNullable(earlier), List.of());
      }
      RecordedEvent last = events.get(events.size() - 1);
      InstanceSnapshot snapshot = snapshots.get(id);
      return new Read(Optional.empty(), snapshot == null ? List.copyOf(events) : List.of(),
          Optional.of(new Head(last.sequence(), last.hash())), Optional.ofNullable(snapshot));
    }
  }

  @Override
  public Optional<CommandRecord> command(CommandId id) {
    synchronized (lock) {
      return Optional.ofNullable(commands.get(id));
    }
  }

  @Override
  public List<StoredWorkItem> find(WorkItemQuery q) {
    synchronized (lock) {
      return workItems.values().stream()
          .filter(w -> q.processKey().map(w.processKey()::equals).orElse(true))
          .filter(w -> q.role().map(w.role()::equals).orElse(true))
          .filter(w -> q.supplier().map(s -> w.supplier().equals(Optional.of(s))).orElse(true))
          .filter(w -> q.service().map(s -> w.service().equals(Optional.of(s))).orElse(true))
          .filter(w -> q.assignee().map(p -> w.assignee().equals(Optional.of(p))).orElse(true))
          .sorted(WORK_ORDER)
          .limit(q.limit())
          .toList();
    }
  }

  static final Comparator<StoredWorkItem> WORK_ORDER =
      Comparator.comparing((StoredWorkItem w) -> w.due().orElse(Instant.MAX))
          .thenComparing(StoredWorkItem::openedAt)
          .thenComparing(w -> w.id().value());

  @Override
  public List<Timer> claimDue(Instant now, int max, String node, Duration lease) {
    synchronized (lock) {
      List<Timer> claimed = timers.values().stream()
          .filter(t -> !t.due().isAfter(now))
          .filter(t -> !leases.containsKey(t.id()) || !leases.get(t.id()).isAfter(now))
          .sorted(Comparator.comparing(Timer::due).thenComparing(t -> t.id().value()))
          .limit(max)
          .toList();
      claimed.forEach(t -> leases.put(t.id(), now.plus(lease)));
      return claimed;
    }
  }

  @Override
  public long countDue(Instant now) {
    synchronized (lock) {
      return timers.values().stream().filter(t -> !t.due().isAfter(now)).count();
    }
  }

  @Override
  public List<Timer> pending(InstanceId instance) {
    synchronized (lock) {
      return timers.values().stream()
          .filter(t -> t.instance().equals(instance))
          .sorted(Comparator.comparing(Timer::due).thenComparing(t -> t.id().value()))
          .toList();
    }
  }

  @Override
  public List<OutboxMessage> claim(Instant now, int max, String node, Duration lease) {
    synchronized (lock) {
      List<OutboxMessage> claimed = outbox.values().stream()
          .filter(m -> !m.dueAt().isAfter(now))
          .filter(m -> !outboxLeases.containsKey(m.id()) || !outboxLeases.get(m.id()).isAfter(now))
          .sorted(Comparator.comparing(OutboxMessage::dueAt).thenComparing(OutboxMessage::id))
          .limit(max)
          .toList();
      claimed.forEach(m -> outboxLeases.put(m.id(), now.plus(lease)));
      return claimed;
    }
  }

  @Override
  public void delivered(String id, Instant at) {
    synchronized (lock) {
      outbox.remove(id);
      outboxLeases.remove(id);
    }
  }

  @Override
  public void failed(String id, String error, Instant retryAt) {
    synchronized (lock) {
      OutboxMessage m = outbox.get(id);
      if (m != null) {
        outbox.put(id, new OutboxMessage(m.id(), m.instance(), m.sequence(), m.kind(), m.payload(),
            m.recordedAt(), m.attempts() + 1, retryAt, Optional.of(error)));
        outboxLeases.remove(id);
      }
    }
  }

  @Override
  public Backlog backlog(Instant now) {
    synchronized (lock) {
      return new Backlog(outbox.size(), outbox.values().stream().filter(m -> m.attempts() > 0).count(),
          outbox.values().stream().map(OutboxMessage::recordedAt).min(Comparator.naturalOrder()));
    }
  }
}
