package nl.levman.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * How a step goes on once it is completed: the arrows of the handbook's step table. A sealed family,
 * so every kind of arrow is a type and nothing else can be built.
 *
 * <ul>
 *   <li>{@link Next}: a plain next step (or the end);
 *   <li>{@link Gate}: a decision gate with named outcomes;
 *   <li>{@link Split} and {@link Join}: a parallel split whose branches end in a join;
 *   <li>{@link Condition}: a condition known at start, such as "DAP wanted";
 *   <li>{@link ForEach}: a fan-out per item, such as per selected supplier, with its join;
 *   <li>{@link Cycle}: a periodic cycle that runs until a term ends;
 *   <li>{@link Link}: starts another process, then goes on.
 * </ul>
 *
 * An event sub-flow is not an arrow but a step that can be raised at any time: see {@link
 * Step#raisable()}.
 */
public sealed interface WayOn
    permits WayOn.Next,
        WayOn.Gate,
        WayOn.Split,
        WayOn.Join,
        WayOn.Condition,
        WayOn.ForEach,
        WayOn.Cycle,
        WayOn.Link {

  static WayOn next(int step) {
    return new Next(Target.step(step));
  }

  static WayOn end() {
    return new Next(Target.end());
  }

  static WayOn gate(Outcome... outcomes) {
    return new Gate(List.of(outcomes));
  }

  static WayOn split(List<Integer> branches, WayOn then) {
    return new Split(branches, then);
  }

  static WayOn join() {
    return Join.INSTANCE;
  }

  static WayOn condition(String flag, int whenTrue, int whenFalse) {
    return new Condition(flag, Target.step(whenTrue), Target.step(whenFalse));
  }

  static ForEach forEach(String itemKind, List<Integer> body, int then) {
    return new ForEach(itemKind, body, Target.step(then), Optional.empty());
  }

  static Cycle cycle(List<Integer> body, int then) {
    return new Cycle(body, Target.step(then), Optional.empty());
  }

  static WayOn link(String processKey, Target then) {
    return new Link(processKey, then);
  }

  /** Goes on to one step, or ends. */
  record Next(Target to) implements WayOn {
    public Next {
      requireNonNull(to, "to");
    }
  }

  /** A decision gate: the person completing the step chooses one of the outcomes. */
  record Gate(List<Outcome> outcomes) implements WayOn {
    public Gate {
      outcomes = List.copyOf(outcomes);
      if (outcomes.size() < 2) {
        throw new LevmanException("a gate needs at least two outcomes, not " + outcomes.size());
      }
      if (outcomes.stream().map(Outcome::name).distinct().count() != outcomes.size()) {
        throw new LevmanException("the outcomes of a gate must have distinct names: " + outcomes);
      }
    }

    public boolean has(String outcome) {
      return outcomes.stream().anyMatch(o -> o.name().equals(outcome));
    }

    public Outcome outcome(String name) {
      return outcomes.stream()
          .filter(o -> o.name().equals(name))
          .findFirst()
          .orElseThrow(() -> new LevmanException("the gate has no outcome '" + name + "'"));
    }
  }

  /**
   * A parallel split: every branch starts at once; each branch ends in a {@link Join}, and when all
   * branches have joined, the flow goes on as {@code then} says (a {@link Next} or a {@link
   * Condition}).
   */
  record Split(List<Integer> branches, WayOn then) implements WayOn {
    public Split {
      branches = List.copyOf(branches);
      requireNonNull(then, "then");
      if (branches.size() < 2) {
        throw new LevmanException("a parallel split needs at least two branches");
      }
      if (!(then instanceof Next || then instanceof Condition)) {
        throw new LevmanException("after a join the flow goes on by a next or a condition");
      }
    }
  }

  /** Ends a branch of a {@link Split}. */
  final class Join implements WayOn {
    static final Join INSTANCE = new Join();

    private Join() {}

    @Override
    public String toString() {
      return "Join";
    }
  }

  /** Chooses the next step by a flag that is known when the process starts. */
  record Condition(String flag, Target whenTrue, Target whenFalse) implements WayOn {
    public Condition {
      requireNonNull(flag, "flag");
      requireNonNull(whenTrue, "whenTrue");
      requireNonNull(whenFalse, "whenFalse");
    }
  }

  /**
   * A fan-out: the body steps run once per item of a kind (per selected supplier, per mitigation
   * action), the first body step first. An item's branch joins when it reaches {@code then}; when
   * every item has joined, the flow goes on at {@code then}. A gate outcome in the body that leads
   * to a step outside the body (and not to {@code then}) marks the item as not done: once every
   * item has joined or left, the flow goes on where those items left for. With no items the flow
   * goes on at {@code then} at once.
   *
   * <p>An item may be given a due date by the behaviour of the step that starts the fan-out; while
   * the item is not done past that date, the {@code overdueSignal} is raised (such as an overdue
   * mitigation action).
   */
  record ForEach(String itemKind, List<Integer> body, Target then, Optional<String> overdueSignal)
      implements WayOn {
    public ForEach {
      requireNonNull(itemKind, "itemKind");
      body = List.copyOf(body);
      requireNonNull(then, "then");
      requireNonNull(overdueSignal, "overdueSignal");
      if (body.isEmpty()) {
        throw new LevmanException("a fan-out per " + itemKind + " needs at least one body step");
      }
    }

    /** This fan-out, raising the signal for an item past its due date. */
    public ForEach overdueSignal(String signal) {
      return new ForEach(itemKind, body, then, Optional.of(signal));
    }

    public int first() {
      return body.get(0);
    }
  }

  /**
   * A periodic cycle over the term given at start: the body steps run once per period (the
   * reporting period of an SLA), the first body step first. A body step that leads back to the
   * first one ends the period: the next period starts, or, once the term has ended, the flow goes
   * on at {@code then}.
   *
   * <p>The cycle declares its timers: each period's first step is due the term's delivery days
   * after the period ends, and past that date the {@code overdueSignal} is raised (such as an
   * overdue SLR); {@code then} opens early, on the term's decision date, so that its decision can
   * be taken in time (renewal or end); the end of the term raises {@code term-end}.
   */
  record Cycle(List<Integer> body, Target then, Optional<String> overdueSignal) implements WayOn {
    public Cycle {
      body = List.copyOf(body);
      requireNonNull(then, "then");
      requireNonNull(overdueSignal, "overdueSignal");
      if (body.isEmpty()) {
        throw new LevmanException("a cycle needs at least one body step");
      }
    }

    /** This cycle, raising the signal when a period's first step is overdue. */
    public Cycle overdueSignal(String signal) {
      return new Cycle(body, then, Optional.of(signal));
    }

    public int first() {
      return body.get(0);
    }
  }

  /** Starts another process (by key, through the registry of definitions), then goes on. */
  record Link(String processKey, Target then) implements WayOn {
    public Link {
      requireNonNull(processKey, "processKey");
      requireNonNull(then, "then");
    }
  }
}
