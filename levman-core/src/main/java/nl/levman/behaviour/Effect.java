package nl.levman.behaviour;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Map;
import nl.levman.spi.MeetingRequest;

/**
 * Something a behaviour asks the engine to do with the completion: raise a signal for the host,
 * raise a raisable step by trigger, plan a meeting once the change is committed, or give an item
 * of the fan-out that the step starts a due date. Effects name no step: the definition says which
 * raisable step answers a trigger.
 */
public sealed interface Effect {

  /** A signal the host must hear of (such as an ad hoc meeting), recorded in the history. */
  record Signal(String name, String message, Map<String, String> details) implements Effect {
    public Signal {
      requireNonNull(name, "name");
      requireNonNull(message, "message");
      details = Map.copyOf(details);
    }
  }

  /** Raises the raisable step that answers this trigger, with the reason. */
  record Raise(String trigger, String reason) implements Effect {
    public Raise {
      requireNonNull(trigger, "trigger");
      requireNonNull(reason, "reason");
    }
  }

  /** Plans a meeting once the change is committed. */
  record PlanMeeting(MeetingRequest meeting) implements Effect {
    public PlanMeeting {
      requireNonNull(meeting, "meeting");
    }
  }

  /**
   * An item of the fan-out this step starts is due by this date; past it, the fan-out's overdue
   * signal is raised while the item is not done.
   */
  record ItemDue(String itemKind, String item, LocalDate due) implements Effect {
    public ItemDue {
      requireNonNull(itemKind, "itemKind");
      requireNonNull(item, "item");
      requireNonNull(due, "due");
    }
  }
}
