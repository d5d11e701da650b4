package nl.levman.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.model.Event;
import nl.levman.model.InstanceState;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Step;
import nl.levman.model.Target;
import nl.levman.model.TimerId;
import nl.levman.model.TimerKind;
import nl.levman.model.WayOn;
import nl.levman.model.WorkItemId;

/**
 * The events one command produces, collected while the flow is routed along the ways on. Each
 * event is applied to the running state at once, so every decision sees what came before it.
 */
final class Transition {
  static final PersonId SYSTEM = new PersonId("levman");

  final ProcessDefinition definition;
  final Instant now;
  final ZoneId zone;
  private InstanceState state;
  private final List<Event> events = new ArrayList<>();
  private long nextId;
  final java.util.function.Predicate<String> registered;

  Transition(ProcessDefinition definition, InstanceState state, long lastSequence, Instant now,
      ZoneId zone, java.util.function.Predicate<String> registered) {
    this.definition = definition;
    this.registered = registered;
    this.state = state;
    this.now = now;
    this.zone = zone;
    this.nextId = lastSequence + 1;
  }

  private final List<nl.levman.spi.MeetingRequest> meetings = new ArrayList<>();

  /** A meeting to plan once the change is committed: recorded in the outbox with the change. */
  void planMeeting(nl.levman.spi.MeetingRequest meeting) {
    meetings.add(meeting);
  }

  List<nl.levman.spi.MeetingRequest> meetings() {
    return List.copyOf(meetings);
  }

  InstanceState state() {
    return state;
  }

  List<Event> events() {
    return List.copyOf(events);
  }

  void emit(Event event) {
    events.add(event);
    state = state.with(List.of(event), now);
  }

  WorkItemId newItem() {
    return new WorkItemId(state.id().value() + "." + nextId++);
  }

  TimerId newTimer(TimerKind kind) {
    return new TimerId(state.id().value() + "." + kind.storedName() + "." + nextId++);
  }

  /** Due dates that the completing step's behaviour gave to items of the fan-out it starts. */
  private final java.util.Map<String, LocalDate> itemsDue = new HashMap<>();

  void itemDue(String itemKind, String item, LocalDate due) {
    itemsDue.put(itemKind + "\u0000" + item, due);
  }

  Optional<LocalDate> dueOf(String itemKind, String item) {
    return Optional.ofNullable(itemsDue.get(itemKind + "\u0000" + item));
  }

  Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
  }

  /** Where a position is in the flow: its fork, the items it runs for, its cycle period. */
  record Place(Optional<WorkItemId> fork, Map<String, String> subjects, int period) {
    static final Place TOP = new Place(Optional.empty(), Map.of(), 0);

    Place withSubject(String kind, String item, WorkItemId fork) {
      Map<String, String> more = new HashMap<>(subjects);
      more.put(kind, item);
      return new Place(Optional.of(fork), more, period);
    }
  }

  /** Opens a step at a place; a step without a role passes on at once. */
  void open(int number, Place at, Optional<Instant> due, Optional<String> reason) {
    Step step = definition.step(number);
    WorkItemId item = newItem();
    emit(new Event.StepOpened(item, number, at.fork(), at.subjects(), at.period(), due, reason));
    if (!step.isManual()) {
      emit(new Event.StepCompleted(item, number, SYSTEM, "", Optional.empty(), Optional.empty(),
          List.of(), Map.of(), Map.of(), Optional.empty()));
      new Router(this).leave(step, item, at, Optional.empty());
    }
  }

  /** Clears the timers waiting on this work item (a branch's due date waits on the branch). */
  void clearTimersAbout(WorkItemId item) {
    state.timers().stream()
        .filter(t -> t.about().equals(Optional.of(item)) && t.kind() != TimerKind.ITEM_OVERDUE)
        .forEach(t -> emit(new Event.TimerCleared(t.timer(), false)));
  }

  /** Clears the due date of a fan-out branch that joined or left. */
  void clearBranchTimers(WorkItemId branch) {
    state.timers().stream()
        .filter(t -> t.about().equals(Optional.of(branch)) && t.kind() == TimerKind.ITEM_OVERDUE)
        .forEach(t -> emit(new Event.TimerCleared(t.timer(), false)));
  }

  /** Ends the instance when no position and no fork is left. */
  void completeIfDone() {
    if (state.isRunning() && state.openSteps().isEmpty() && state.forks().isEmpty()) {
      state.timers().forEach(t -> emit(new Event.TimerCleared(t.timer(), false)));
      emit(new Event.ProcessCompleted());
    }
  }

  static Optional<Integer> stepOf(Target target) {
    return target instanceof Target.ToStep s ? Optional.of(s.number()) : Optional.empty();
  }

  /** The definition's cycle; the verifier allows one at most. */
  Optional<WayOn.Cycle> cycle() {
    return definition.steps().stream()
        .filter(s -> s.wayOn() instanceof WayOn.Cycle)
        .map(s -> (WayOn.Cycle) s.wayOn())
        .findFirst();
  }
}
