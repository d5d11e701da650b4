package nl.levman.spi;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceStatus;
import nl.levman.model.TimerId;
import nl.levman.model.WorkItemId;

/**
 * Everything one command changes in one instance, to be applied atomically by {@link
 * Instances#commit}: the history rows to append (their sequence numbers follow {@code
 * expectedSequence} without gaps), the status after, the work items closed and opened, the
 * timers set and cleared, the command id that caused it (if any) with the command's fingerprint
 * (what the id is bound to: kind, instance, step or item, person, content), the side effects to
 * record in the {@link Outbox} in the same transaction, and the snapshot of the state after the
 * change, taken at its last row, to be stored with the instance (if the engine wrote one; a store
 * that keeps snapshots replaces the earlier one, or clears it when there is none).
 */
public record InstanceChange(
    InstanceSummary instance,
    long expectedSequence,
    List<RecordedEvent> events,
    List<WorkItemId> closed,
    List<StoredWorkItem> opened,
    List<Timer> timersSet,
    List<TimerId> timersCleared,
    Optional<CommandId> command,
    Optional<String> fingerprint,
    List<OutboxMessage> outbox,
    Optional<InstanceSnapshot> snapshot) {
  public InstanceChange {
    requireNonNull(instance, "instance");
    events = List.copyOf(events);
    closed = List.copyOf(closed);
    opened = List.copyOf(opened);
    timersSet = List.copyOf(timersSet);
    timersCleared = List.copyOf(timersCleared);
    requireNonNull(command, "command");
    requireNonNull(fingerprint, "fingerprint");
    outbox = List.copyOf(outbox);
    if (fingerprint.isPresent() && command.isEmpty()) {
      throw new nl.levman.model.LevmanException("a change of " + instance.id()
          + " has a fingerprint but no command id");
    }
    requireNonNull(snapshot, "snapshot");
    if (events.isEmpty()) {
      throw new nl.levman.model.LevmanException("a change of " + instance.id() + " needs events");
    }
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).sequence() != expectedSequence + 1 + i) {
        throw new nl.levman.model.LevmanException(
            "history of " + instance.id() + " must continue at " + (expectedSequence + 1));
      }
    }
  }

  /** A change without a fingerprint, side effects or snapshot. */
  public InstanceChange(InstanceSummary instance, long expectedSequence, List<RecordedEvent> events,
      List<WorkItemId> closed, List<StoredWorkItem> opened, List<Timer> timersSet,
      List<TimerId> timersCleared, Optional<CommandId> command) {
    this(instance, expectedSequence, events, closed, opened, timersSet, timersCleared, command,
        Optional.empty(), List.of(), Optional.empty());
  }

  public InstanceId id() {
    return instance.id();
  }

  public InstanceStatus status() {
    return instance.status();
  }

  public boolean isNew() {
    return expectedSequence == 0;
  }
}
