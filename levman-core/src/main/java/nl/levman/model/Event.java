package nl.levman.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happened to an instance, in the past tense. The state of an instance is what its events say
 * ({@link InstanceState#replay}); the history stores them append-only in a hash chain.
 *
 * <p>Two families: the flow events below, which the engine owns (a step opened or completed, a
 * fork, a timer, a link), and {@link DomainEvent}s, which step behaviours own (an SLR evaluated, a
 * penalty decided). Every event type is stored under an explicit name and version registered in
 * {@link EventTypes}; the Java class name is never stored.
 */
public sealed interface Event
    permits Event.ProcessStarted,
        Event.StepOpened,
        Event.StepCompleted,
        Event.Forked,
        Event.BranchJoined,
        Event.ForkClosed,
        Event.TimerSet,
        Event.TimerCleared,
        Event.ProcessLinked,
        Event.SignalRaised,
        Event.ProcessCompleted,
        DomainEvent {

  /** The instance started with its context. */
  record ProcessStarted(String processKey, int definitionVersion, ProcessContext context)
      implements Event {
    public ProcessStarted {
      requireNonNull(processKey, "processKey");
      requireNonNull(context, "context");
    }
  }

  /**
   * A step was opened: a position of the flow, and for a manual step a work item. {@code fork} is
   * the split or fan-out the position belongs to; {@code subjects} are the items it runs for (such
   * as {@code supplier=acme}); {@code period} is the cycle's period (0 outside a cycle).
   */
  record StepOpened(
      WorkItemId item,
      int step,
      Optional<WorkItemId> fork,
      Map<String, String> subjects,
      int period,
      Optional<Instant> due,
      Optional<String> reason)
      implements Event {
    public StepOpened {
      requireNonNull(item, "item");
      requireNonNull(fork, "fork");
      subjects = Map.copyOf(subjects);
      requireNonNull(due, "due");
      requireNonNull(reason, "reason");
    }
  }

  /**
   * A step was completed by a person holding its role, directly or on behalf of {@code onBehalfOf}
   * through a delegation; with the gate's outcome, the documents presented, the item lists declared
   * (such as the selected suppliers), the fields the person handed in (verbatim: input, never a
   * computed value — what Levman computes is recorded as {@link DomainEvent}s), and the note.
   */
  record StepCompleted(
      WorkItemId item,
      int step,
      PersonId by,
      String role,
      Optional<PersonId> onBehalfOf,
      Optional<String> outcome,
      List<DocumentRecord> documents,
      Map<String, List<String>> declared,
      Map<String, String> fields,
      Optional<String> note)
      implements Event {
    public StepCompleted {
      requireNonNull(item, "item");
      requireNonNull(by, "by");
      requireNonNull(role, "role");
      requireNonNull(onBehalfOf, "onBehalfOf");
      requireNonNull(outcome, "outcome");
      documents = List.copyOf(documents);
      declared = Map.copyOf(declared);
      fields = Map.copyOf(fields);
      requireNonNull(note, "note");
    }
  }

  /**
   * The flow forked at a split or fan-out step into branches (opened next by {@link StepOpened}
   * with this fork). {@code itemKind} is the fan-out's item kind, empty for a parallel split;
   * {@code items} name what each branch runs for (the item, or for a split the step the branch
   * starts at).
   */
  record Forked(
      WorkItemId fork,
      int step,
      Optional<String> itemKind,
      List<WorkItemId> branches,
      List<String> items,
      Optional<WorkItemId> parent,
      Map<String, String> subjects,
      int period)
      implements Event {
    public Forked {
      requireNonNull(fork, "fork");
      requireNonNull(itemKind, "itemKind");
      branches = List.copyOf(branches);
      items = List.copyOf(items);
      if (items.size() != branches.size()) {
        throw new LevmanException("fork " + fork + " needs one item per branch");
      }
      requireNonNull(parent, "parent");
      subjects = Map.copyOf(subjects);
    }
  }

  /** A branch reached its join; or, with {@code leftFor}, left the fan-out's body for that step. */
  record BranchJoined(WorkItemId branch, WorkItemId fork, Optional<Target> leftFor)
      implements Event {
    public BranchJoined {
      requireNonNull(branch, "branch");
      requireNonNull(fork, "fork");
      requireNonNull(leftFor, "leftFor");
    }
  }

  /** Every branch of the fork has joined or left; the flow goes on from the fork's step. */
  record ForkClosed(WorkItemId fork) implements Event {
    public ForkClosed {
      requireNonNull(fork, "fork");
    }
  }

  /**
   * A timer was set: the due date of a period's first step, the early opening of a cycle's
   * continuation, the end of a term, the due date of a fan-out item. {@code about} is the work item
   * or branch it waits on.
   */
  record TimerSet(TimerId timer, TimerKind kind, Instant due, Optional<WorkItemId> about)
      implements Event {
    public TimerSet {
      requireNonNull(timer, "timer");
      requireNonNull(kind, "kind");
      requireNonNull(due, "due");
      requireNonNull(about, "about");
    }
  }

  /** A timer fired, or was cleared because what it waited for is done. */
  record TimerCleared(TimerId timer, boolean fired) implements Event {
    public TimerCleared {
      requireNonNull(timer, "timer");
    }
  }

  /**
   * Another process was started through the registry (with its instance), or, when no definition
   * is registered under the key, the link was recorded unresolved so that it is never dropped.
   */
  record ProcessLinked(int step, String processKey, Optional<InstanceId> started) implements Event {
    public ProcessLinked {
      requireNonNull(processKey, "processKey");
      requireNonNull(started, "started");
    }
  }

  /**
   * Something the host must hear of: an overdue SLR, the need for an ad hoc meeting, an overdue
   * mitigation action, the end of the term.
   */
  record SignalRaised(String signal, Optional<WorkItemId> about, String message, Map<String, String> details)
      implements Event {
    public SignalRaised {
      requireNonNull(signal, "signal");
      requireNonNull(about, "about");
      requireNonNull(message, "message");
      details = Map.copyOf(details);
    }
  }

  /** No position is left: the instance is finished. */
  record ProcessCompleted() implements Event {}
}
