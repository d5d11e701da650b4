package nl.levman.behaviour;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import nl.levman.model.DomainEvent;
import nl.levman.model.Rejection;

/**
 * What a behaviour decided on a completion: a rejection (nothing is written), or the domain events
 * to record with the completion and the effects the engine carries out in the same change.
 */
public sealed interface Decision {

  static Decision refuse(Rejection rejection) {
    return new Refused(rejection);
  }

  static Accepted accept(DomainEvent... events) {
    return new Accepted(List.of(events), List.of());
  }

  static Accepted nothing() {
    return new Accepted(List.of(), List.of());
  }

  /** The completion is refused for the reason given. */
  record Refused(Rejection rejection) implements Decision {
    public Refused {
      requireNonNull(rejection, "rejection");
    }
  }

  /** The completion goes ahead with these domain events and effects. */
  record Accepted(List<DomainEvent> events, List<Effect> effects) implements Decision {
    public Accepted {
      events = List.copyOf(events);
      effects = List.copyOf(effects);
    }

    /** This decision with one more domain event. */
    public Accepted and(DomainEvent event) {
      List<DomainEvent> more = new ArrayList<>(events);
      more.add(event);
      return new Accepted(more, effects);
    }

    /** This decision with one more effect. */
    public Accepted with(Effect effect) {
      List<Effect> more = new ArrayList<>(effects);
      more.add(effect);
      return new Accepted(events, more);
    }
  }
}
