package nl.levman.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.model.CommandId;
import nl.levman.model.Event;
import nl.levman.model.EventTypes;
import nl.levman.model.InstanceState;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Role;
import nl.levman.model.Step;
import nl.levman.model.TimerId;
import nl.levman.model.WorkItemId;
import nl.levman.spi.InstanceChange;
import nl.levman.spi.InstanceSummary;
import nl.levman.spi.RecordedEvent;
import nl.levman.spi.StoredWorkItem;
import nl.levman.spi.Timer;

/** Turns a command's events into the history rows (hash-chained) and the change to commit. */
final class Recorder {
  private Recorder() {}

  static InstanceChange change(EventTypes types, ProcessDefinition definition, InstanceState after, Instant startedAt,
      long lastSequence, String lastHash, List<Event> events, Instant at, String actor,
      Optional<CommandId> command) {
    List<RecordedEvent> rows = new ArrayList<>();
    String previous = lastHash;
    long sequence = lastSequence;
    List<WorkItemId> closed = new ArrayList<>();
    List<StoredWorkItem> opened = new ArrayList<>();
    List<Timer> timersSet = new ArrayList<>();
    List<TimerId> timersCleared = new ArrayList<>();
    for (Event event : events) {
      sequence++;
      RecordedEvent unsigned = new RecordedEvent(after.id(), sequence, at, actor,
          rows.isEmpty() ? command : Optional.empty(), types.typeOf(event).stored(),
          types.payload(event), previous, HashChain.GENESIS);
      String hash = HashChain.hash(unsigned);
      rows.add(new RecordedEvent(unsigned.instance(), sequence, at, actor, unsigned.command(),
          unsigned.type(), unsigned.payload(), previous, hash));
      previous = hash;
      if (event instanceof Event.StepOpened o && definition.step(o.step()).isManual()) {
        opened.add(workItem(definition, after, o, at));
      } else if (event instanceof Event.StepCompleted c) {
        if (!opened.removeIf(w -> w.id().equals(c.item()))) {
          closed.add(c.item());
        }
      } else if (event instanceof Event.TimerSet t) {
        timersSet.add(new Timer(t.timer(), after.id(), t.kind(), t.due(), t.about()));
      } else if (event instanceof Event.TimerCleared t) {
        if (!timersSet.removeIf(s -> s.id().equals(t.timer()))) {
          timersCleared.add(t.timer());
        }
      }
    }
    InstanceSummary summary = new InstanceSummary(after.id(), after.processKey(),
        after.context().supplier(), after.status(), startedAt, sequence);
    return new InstanceChange(summary, lastSequence, rows, closed, opened, timersSet,
        timersCleared, command, Optional.empty(), List.of(),
        Optional.of(Snapshots.take(types, after, sequence, previous, startedAt)));
  }

  /** The change bound to its command's fingerprint, with the side effects to record with it. */
  static InstanceChange withSideEffects(InstanceChange c, String fingerprint,
      List<nl.levman.spi.OutboxMessage> outbox) {
    return new InstanceChange(c.instance(), c.expectedSequence(), c.events(), c.closed(), c.opened(),
        c.timersSet(), c.timersCleared(), c.command(), Optional.of(fingerprint), outbox, c.snapshot());
  }

  /**
   * A work item as stored: its assignee is the person the start context names for the role, a hint
   * shown on the work item and used by the work list, never a grant of the role.
   */
  static StoredWorkItem workItem(ProcessDefinition definition, InstanceState state,
      Event.StepOpened o, Instant at) {
    Step step = definition.step(o.step());
    Role role = step.role().orElseThrow();
    Optional<String> supplier = Optional.ofNullable(o.subjects().get("supplier"))
        .or(() -> state.context().supplier());
    Optional<PersonId> assignee = Optional.ofNullable(state.context().people().get(role.code()));
    return new StoredWorkItem(o.item(), state.id(), state.processKey(), state.definitionVersion(),
        o.step(), role.code(),
        supplier, state.context().service(), assignee, o.period(), Map.copyOf(o.subjects()), at,
        o.due());
  }
}
