package nl.levman.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.levman.model.Event;
import nl.levman.model.Fork;
import nl.levman.model.InstanceState;
import nl.levman.model.LevmanException;
import nl.levman.model.Outcome;
import nl.levman.model.Step;
import nl.levman.model.Target;
import nl.levman.model.Term;
import nl.levman.model.TimerKind;
import nl.levman.model.WayOn;
import nl.levman.model.WorkItemId;

/**
 * Routes the flow on from a completed step along its way on: the semantics of every arrow. Pure:
 * it only emits events into the {@link Transition}.
 */
final class Router {
  private final Transition t;

  Router(Transition transition) {
    this.t = transition;
  }

  /** The step at {@code item} was completed (with the gate's outcome, if any): go on. */
  void leave(Step step, WorkItemId item, Transition.Place at, Optional<String> outcome) {
    WayOn way = step.wayOn();
    if (way instanceof WayOn.Next next) {
      goTo(step.number(), next.to(), at);
    } else if (way instanceof WayOn.Gate gate) {
      Outcome chosen = gate.outcome(outcome.orElseThrow(
          () -> new LevmanException("step " + step.number() + " needs an outcome")));
      goTo(step.number(), chosen.to(), at);
    } else if (way instanceof WayOn.Condition c) {
      goTo(step.number(), t.state().context().flag(c.flag()) ? c.whenTrue() : c.whenFalse(), at);
    } else if (way instanceof WayOn.Split split) {
      fork(step.number(), Optional.empty(), split.branches().stream().map(String::valueOf).toList(),
          split.branches(), at);
    } else if (way instanceof WayOn.Join) {
      join(at, Optional.empty());
    } else if (way instanceof WayOn.ForEach forEach) {
      String key = InstanceState.listKey(forEach.itemKind(), at.subjects());
      List<String> items = t.state().declared().getOrDefault(key, List.of());
      if (items.isEmpty()) {
        goTo(step.number(), forEach.then(), at);
      } else {
        fork(step.number(), Optional.of(forEach.itemKind()), items,
            items.stream().map(i -> forEach.first()).toList(), at);
        if (forEach.overdueSignal().isPresent()) {
          setItemTimers(forEach);
        }
      }
    } else if (way instanceof WayOn.Cycle cycle) {
      enterCycle(cycle, at);
    } else if (way instanceof WayOn.Link link) {
      if (t.registered.test(link.processKey())) {
        t.emit(new Event.ProcessLinked(step.number(), link.processKey(),
            Optional.of(new nl.levman.model.InstanceId(t.state().id().value() + ".link" + step.number()))));
      } else {
        t.emit(new Event.ProcessLinked(step.number(), link.processKey(), Optional.empty()));
        t.emit(new Event.SignalRaised("link-unregistered", Optional.of(item),
            "step " + step.number() + " starts process '" + link.processKey()
                + "', but no definition is registered under that key; the link is recorded",
            java.util.Map.of("processKey", link.processKey())));
      }
      goTo(step.number(), link.then(), at);
    }
    t.completeIfDone();
  }

  /** Follows an arrow from a step: within a fan-out's body, out of it, around a cycle, or on. */
  void goTo(int from, Target target, Transition.Place at) {
    Optional<Integer> to = Transition.stepOf(target);
    if (at.fork().isPresent()) {
      Fork fork = t.state().fork(at.fork().get()).orElseThrow();
      if (t.definition.step(fork.step()).wayOn() instanceof WayOn.ForEach forEach) {
        if (target.equals(forEach.then())) {
          join(at, Optional.empty());
          return;
        }
        if (to.isEmpty() || !forEach.body().contains(to.get())) {
          join(at, Optional.of(target));
          return;
        }
      }
    }
    Optional<Integer> cycleStep = t.definition.routes().cycleAround(from);
    if (cycleStep.isPresent() && at.period() > 0) {
      WayOn.Cycle cycle = (WayOn.Cycle) t.definition.step(cycleStep.get()).wayOn();
      if (to.isPresent() && to.get() == cycle.first()) {
        startPeriod(cycle, at.period() + 1, at);
        return;
      }
    }
    if (to.isPresent()) {
      t.open(to.get(), at, Optional.empty(), Optional.empty());
    }
  }

  /** The fan-out just forked: a timer for each item that the behaviour gave a due date. */
  private void setItemTimers(WayOn.ForEach forEach) {
    nl.levman.model.Fork fork = t.state().forks().stream()
        .reduce((a, b) -> b).orElseThrow();
    fork.pending().forEach((branch, item) -> t.dueOf(forEach.itemKind(), item).ifPresent(due ->
        t.emit(new Event.TimerSet(t.newTimer(TimerKind.ITEM_OVERDUE), TimerKind.ITEM_OVERDUE,
            t.startOf(due.plusDays(1)), Optional.of(branch)))));
  }

  private void fork(int step, Optional<String> kind, List<String> items, List<Integer> starts,
      Transition.Place at) {
    WorkItemId fork = t.newItem();
    List<WorkItemId> branches = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      branches.add(t.newItem());
    }
    t.emit(new Event.Forked(fork, step, kind, branches, items, at.fork(), at.subjects(), at.period()));
    for (int i = 0; i < starts.size(); i++) {
      Transition.Place branchAt = kind.isEmpty()
          ? new Transition.Place(Optional.of(fork), at.subjects(), at.period())
          : at.withSubject(kind.get(), items.get(i), fork);
      WorkItemId branch = branches.get(i);
      int start = starts.get(i);
      t.emit(new Event.StepOpened(branch, start, branchAt.fork(), branchAt.subjects(),
          branchAt.period(), Optional.empty(), Optional.empty()));
    }
  }

  /** A branch ends: at a join, at the fan-out's continuation, or leaving the body for {@code leftFor}. */
  private void join(Transition.Place at, Optional<Target> leftFor) {
    WorkItemId forkId = at.fork().orElseThrow();
    Fork fork = t.state().fork(forkId).orElseThrow();
    WorkItemId branch = branchOf(fork, at);
    t.emit(new Event.BranchJoined(branch, forkId, leftFor));
    t.clearBranchTimers(branch);
    Fork after = t.state().fork(forkId).orElseThrow();
    if (!after.pending().isEmpty()) {
      return;
    }
    t.emit(new Event.ForkClosed(forkId));
    Transition.Place parent = new Transition.Place(fork.parent(), fork.subjects(), fork.period());
    WayOn way = t.definition.step(fork.step()).wayOn();
    if (way instanceof WayOn.Split split) {
      if (split.then() instanceof WayOn.Condition c) {
        goTo(fork.step(), t.state().context().flag(c.flag()) ? c.whenTrue() : c.whenFalse(), parent);
      } else {
        goTo(fork.step(), ((WayOn.Next) split.then()).to(), parent);
      }
    } else if (way instanceof WayOn.ForEach forEach) {
      goTo(fork.step(), after.leftFor().orElse(forEach.then()), parent);
    }
  }

  /**
   * Which pending branch of the fork a place belongs to: for a fan-out, the branch of the place's
   * item; for a split, whose branches are interchangeable at the join, the first still pending.
   */
  private WorkItemId branchOf(Fork fork, Transition.Place at) {
    if (fork.itemKind().isEmpty()) {
      return fork.pending().keySet().iterator().next();
    }
    String item = at.subjects().get(fork.itemKind().get());
    return fork.pending().entrySet().stream()
        .filter(e -> e.getValue().equals(item))
        .map(java.util.Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new LevmanException(
            "no pending branch of fork " + fork.id() + " for " + fork.itemKind().get() + " " + item));
  }

  private void enterCycle(WayOn.Cycle cycle, Transition.Place at) {
    Term term = t.state().context().term().orElseThrow(
        () -> new LevmanException("a cycle needs the term in the context"));
    if (cycle.then() instanceof Target.ToStep) {
      t.emit(new Event.TimerSet(t.newTimer(TimerKind.CONTINUATION_DUE), TimerKind.CONTINUATION_DUE,
          t.startOf(term.renewalDue()), Optional.empty()));
    }
    t.emit(new Event.TimerSet(t.newTimer(TimerKind.TERM_END), TimerKind.TERM_END,
        t.startOf(term.end()), Optional.empty()));
    startPeriod(cycle, 1, at);
  }

  /** Opens the cycle's first step for period {@code n}, or leaves the cycle after the term. */
  private void startPeriod(WayOn.Cycle cycle, int n, Transition.Place at) {
    Term term = t.state().context().term().orElseThrow();
    if (!term.hasPeriod(n)) {
      Optional<Integer> then = Transition.stepOf(cycle.then());
      if (then.isPresent() && !t.state().hasOpened(then.get())) {
        t.open(then.get(), new Transition.Place(at.fork(), at.subjects(), 0), Optional.empty(),
            Optional.of("the term has ended"));
      }
      return;
    }
    Instant due = t.startOf(term.periodEnd(n).plusDays(term.deliveryDays()));
    Transition.Place periodAt = new Transition.Place(at.fork(), at.subjects(), n);
    t.open(cycle.first(), periodAt, Optional.of(due), Optional.empty());
    if (cycle.overdueSignal().isPresent()) {
      WorkItemId opened = t.state().openSteps().stream()
          .filter(o -> o.step() == cycle.first() && o.period() == n)
          .reduce((a, b) -> b).orElseThrow().item();
      t.emit(new Event.TimerSet(t.newTimer(TimerKind.PERIOD_OVERDUE), TimerKind.PERIOD_OVERDUE, due,
          Optional.of(opened)));
    }
  }
}
