package nl.levman.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceStatus;
import nl.levman.model.PersonId;
import nl.levman.model.TimerId;
import nl.levman.model.WorkItemId;

/** The five persistence ports of one store, and builders of changes for their contract tests. */
public record StorePorts(Instances instances, History history, WorkList workList, Timers timers,
    Outbox outbox) {

  public static <S extends Instances & History & WorkList & Timers & Outbox> StorePorts of(S store) {
    return new StorePorts(store, store, store, store, store);
  }

  static OutboxMessage message(String id, String instance, long sequence, Instant due) {
    return new OutboxMessage(id, InstanceId.of(instance), sequence, "notification",
        "{\"text\":\"ë → \\\"quoted\\\"\",\"n\":" + sequence + "}", T0, 0, due, Optional.empty());
  }

  static final Instant T0 = Instant.parse("2026-03-01T10:15:30.123Z");

  static InstanceSummary summary(String id, InstanceStatus status, long last) {
    return new InstanceSummary(InstanceId.of(id), "service-level-management", Optional.of("acme"),
        status, T0, last);
  }

  static RecordedEvent event(String instance, long sequence, Optional<String> command, String payload) {
    return new RecordedEvent(InstanceId.of(instance), sequence, T0.plusMillis(sequence), "ann",
        command.map(CommandId::of), "StepOpened", payload, "p" + sequence, "h" + sequence);
  }

  static StoredWorkItem item(String id, String instance, String role, String supplier,
      Optional<String> assignee, Optional<Instant> due, Instant opened) {
    return new StoredWorkItem(WorkItemId.of(id), InstanceId.of(instance), "service-level-management",
        1, 12, role, Optional.of(supplier), Optional.of("hosting"), assignee.map(PersonId::of), 3,
        Map.of("supplier", supplier), opened, due);
  }

  static Timer timer(String id, String instance, Instant due) {
    return new Timer(TimerId.of(id), InstanceId.of(instance), nl.levman.model.TimerKind.PERIOD_OVERDUE, due,
        Optional.of(WorkItemId.of(instance + ".7")));
  }

  /** A change builder for the contract tests. */
  static final class Change {
    private final String instance;
    private final long expected;
    private final List<RecordedEvent> events = new ArrayList<>();
    private final List<WorkItemId> closed = new ArrayList<>();
    private final List<StoredWorkItem> opened = new ArrayList<>();
    private final List<Timer> timersSet = new ArrayList<>();
    private final List<TimerId> timersCleared = new ArrayList<>();
    private Optional<CommandId> command = Optional.empty();
    private Optional<String> fingerprint = Optional.empty();
    private final List<OutboxMessage> outbox = new ArrayList<>();
    private InstanceStatus status = InstanceStatus.RUNNING;
    private Optional<InstanceSnapshot> snapshot = Optional.empty();

    Change(String instance, long expected, int events) {
      this.instance = instance;
      this.expected = expected;
      for (int i = 1; i <= events; i++) {
        this.events.add(event(instance, expected + i,
            i == 1 ? Optional.of("cmd-" + instance + "-" + (expected + 1)) : Optional.empty(),
            "{\"n\":" + (expected + i) + ",\"text\":\"ë → \\\"quoted\\\"\"}"));
      }
      this.command = Optional.of(CommandId.of("cmd-" + instance + "-" + (expected + 1)));
    }

    Change command(String id) {
      command = Optional.of(CommandId.of(id));
      RecordedEvent first = events.get(0);
      events.set(0, new RecordedEvent(first.instance(), first.sequence(), first.at(), first.actor(),
          command, first.type(), first.payload(), first.previousHash(), first.hash()));
      return this;
    }

    Change open(StoredWorkItem item) {
      opened.add(item);
      return this;
    }

    Change close(String item) {
      closed.add(WorkItemId.of(item));
      return this;
    }

    Change set(Timer timer) {
      timersSet.add(timer);
      return this;
    }

    Change clear(String timer) {
      timersCleared.add(TimerId.of(timer));
      return this;
    }

    Change fingerprint(String value) {
      fingerprint = Optional.of(value);
      return this;
    }

    Change message(OutboxMessage m) {
      outbox.add(m);
      return this;
    }

    /** A snapshot at this change's last row, with this content. */
    Change snapshot(String content) {
      RecordedEvent last = events.get(events.size() - 1);
      snapshot = Optional.of(new InstanceSnapshot(last.sequence(), last.hash(), 1, content));
      return this;
    }

    Change completed() {
      status = InstanceStatus.COMPLETED;
      return this;
    }

    InstanceChange build() {
      return new InstanceChange(summary(instance, status, expected + events.size()), expected, events,
          closed, opened, timersSet, timersCleared, command, fingerprint, outbox, snapshot);
    }
  }

  static Change change(String instance, long expected, int events) {
    return new Change(instance, expected, events);
  }
}
