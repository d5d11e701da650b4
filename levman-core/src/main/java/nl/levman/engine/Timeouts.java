package nl.levman.engine;

import java.util.Map;
import java.util.Optional;
import nl.levman.model.Event;
import nl.levman.model.Fork;
import nl.levman.model.InstanceState;
import nl.levman.model.OpenStep;
import nl.levman.model.WayOn;
import nl.levman.spi.Timer;

/** What a fired timer means, by its kind, as the ways on that set it declared. */
final class Timeouts {
  private final Transition t;
  private final InstanceState state;

  Timeouts(Transition transition, InstanceState state) {
    this.t = transition;
    this.state = state;
  }

  void fire(Timer timer) {
    switch (timer.kind()) {
      case PERIOD_OVERDUE -> periodOverdue(timer);
      case CONTINUATION_DUE -> t.cycle().flatMap(c -> Transition.stepOf(c.then()))
          .filter(then -> !state.hasOpened(then))
          .ifPresent(then -> t.open(then, Transition.Place.TOP, Optional.empty(),
              Optional.of("the continuation must be decided in time to give notice")));
      case TERM_END -> t.emit(new Event.SignalRaised("term-end", Optional.empty(),
          "the term has ended", Map.of()));
      case ITEM_OVERDUE -> itemOverdue(timer);
    }
  }

  private void periodOverdue(Timer timer) {
    Optional<OpenStep> open = timer.about().flatMap(state::openStep);
    Optional<String> signal = t.cycle().flatMap(WayOn.Cycle::overdueSignal);
    if (open.isPresent() && signal.isPresent()) {
      t.emit(new Event.SignalRaised(signal.get(), timer.about(),
          "step " + open.get().step() + " for period " + open.get().period() + " is overdue since "
              + timer.due(), Map.of("period", Integer.toString(open.get().period()))));
    }
  }

  private void itemOverdue(Timer timer) {
    if (timer.about().isEmpty()) {
      return;
    }
    for (Fork fork : state.forks()) {
      String item = fork.pending().get(timer.about().get());
      if (item != null && t.definition.step(fork.step()).wayOn() instanceof WayOn.ForEach f
          && f.overdueSignal().isPresent()) {
        t.emit(new Event.SignalRaised(f.overdueSignal().get(), timer.about(),
            f.itemKind() + " " + item + " is not done by its due date",
            Map.of(f.itemKind(), item)));
      }
    }
  }
}
