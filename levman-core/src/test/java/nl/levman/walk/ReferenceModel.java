package nl.levman.walk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import nl.levman.model.DocumentType;
import nl.levman.model.Outcome;
import nl.levman.model.ProcessContext;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Step;
import nl.levman.model.Target;
import nl.levman.model.Term;
import nl.levman.model.WayOn;

/**
 * A reference for how one instance of a process runs, independent of the engine: a token game over
 * a {@link ProcessDefinition}, written from the documented semantics of the ways on (the javadoc
 * of {@link WayOn}) and of raisable steps and the cycle's renewal date (the README's "ways on"
 * table), and not from the engine's {@code Router}, {@code Transition} or {@code InstanceState}. It
 * uses only the definition's step table (no {@code Routes}) and the context's flags and term, and
 * does its own date arithmetic.
 *
 * <p>The state is a multiset of tokens, each at a step for some subjects (the items of the fan-outs
 * it runs in) in some cycle period, plus the forks (splits and fan-outs) waiting for their
 * branches. The rules, in the words of the documentation:
 *
 * <ul>
 *   <li>{@code Next}: on to the step, or the token ends; a step without a role passes at once.
 *   <li>{@code Gate}: on to where the chosen outcome leads.
 *   <li>{@code Condition}: on by the flag given at start.
 *   <li>{@code Split}: a token per branch; when every branch has reached its {@code Join}, the
 *       flow goes on as the split's {@code then} says.
 *   <li>{@code ForEach}: a token per declared item at the first body step (the item added to its
 *       subjects); an item joins when it is led to {@code then}; an item led out of the body (not
 *       to {@code then}) has left; once every item has joined or left, the flow goes on at {@code
 *       then}, or where the items left for if any did. No items: on at {@code then} at once.
 *   <li>{@code Cycle}: the first body step opens for period 1; a body step that leads back to the
 *       first ends the period: the next period starts if it begins before the term ends, else the
 *       flow goes on at {@code then} (unless that step was opened before: the renewal date opens it
 *       once, beside the cycle, when it comes first).
 *   <li>{@code Link}: on to {@code then} (starting the other process is not a position here).
 *   <li>A raisable step opens at the top level whenever it is raised.
 *   <li>The instance ends when no token and no fork is left.
 * </ul>
 *
 * It also says which checks a command fails (by rejection code), so that a walk knows whether the
 * engine must accept it. Not thread-safe; one per instance.
 */
public final class ReferenceModel {

  /** Where a step is open: the step, the items it runs for by kind, and the period (0: none). */
  public record Position(int step, Map<String, String> subjects, int period) {
    public Position {
      subjects = Collections.unmodifiableMap(new TreeMap<>(subjects));
    }

    @Override
    public String toString() {
      return step + (subjects.isEmpty() ? "" : subjects.toString()) + (period == 0 ? "" : "#" + period);
    }
  }

  /** Orders positions for comparing multisets. */
  public static final Comparator<Position> ORDER = Comparator.comparingInt(Position::step)
      .thenComparingInt(Position::period).thenComparing(p -> p.subjects().toString());

  /** A split or fan-out waiting for its branches. */
  private static final class Fork {
    final int step;
    final Fork parent;
    final Map<String, String> subjects;
    final int period;
    final List<String> waiting;
    Integer leftFor;

    Fork(int step, Fork parent, Map<String, String> subjects, int period, List<String> waiting) {
      this.step = step;
      this.parent = parent;
      this.subjects = subjects;
      this.period = period;
      this.waiting = new ArrayList<>(waiting);
    }
  }

  /** A token: a step open at a position, inside a fork (or at the top, {@code fork == null}). */
  private record Token(int step, Fork fork, Map<String, String> subjects, int period) {
    Position position() {
      return new Position(step, subjects, period);
    }
  }

  private record ListKey(String kind, Map<String, String> subjects) {}

  private static final int END = 0;

  private final ProcessDefinition definition;
  private final ProcessContext context;
  private final ZoneId zone;
  private final BiPredicate<String, String> holds;
  private final List<Token> tokens = new ArrayList<>();
  private final Set<Fork> forks = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
  private final Map<ListKey, List<String>> lists = new java.util.HashMap<>();
  private final Set<String> documentsSeen = new HashSet<>();
  private final Set<Integer> everOpened = new HashSet<>();
  private final Map<Integer, Integer> completions = new TreeMap<>();
  private final List<Instant> renewalDates = new ArrayList<>();
  private final List<Position> openedNow = new ArrayList<>();
  private boolean ended;

  private ReferenceModel(ProcessDefinition definition, ProcessContext context, ZoneId zone,
      BiPredicate<String, String> holds) {
    this.definition = definition;
    this.context = context;
    this.zone = zone;
    this.holds = holds;
  }

  /** What a start with this context fails; empty when it must start. */
  public static Set<String> problemsOfStart(ProcessDefinition definition, ProcessContext context) {
    Set<String> problems = new LinkedHashSet<>();
    if (!context.flags().keySet().containsAll(definition.flags())) {
      problems.add("InvalidInput");
    }
    boolean cycles = definition.steps().stream().anyMatch(s -> s.wayOn() instanceof WayOn.Cycle);
    if (cycles && context.term().isEmpty()) {
      problems.add("InvalidInput");
    }
    return problems;
  }

  /**
   * A started instance. {@code holds(person, role)} says whether a person holds a role (for the
   * scope of any step: the walks grant roles organisation-wide).
   */
  public static ReferenceModel start(ProcessDefinition definition, ProcessContext context,
      ZoneId zone, BiPredicate<String, String> holds) {
    ReferenceModel m = new ReferenceModel(definition, context, zone, holds);
    m.openedNow.clear();
    m.open(definition.startStep().number(), null, Map.of(), 0);
    m.endIfDone();
    return m;
  }

  // ---------------------------------------------------------------- what can be observed

  /** The open (manual) steps, ordered. */
  public List<Position> open() {
    return tokens.stream().map(Token::position).sorted(ORDER).toList();
  }

  /** The manual steps the last command opened, ordered. */
  public List<Position> openedByLastCommand() {
    return openedNow.stream().sorted(ORDER).toList();
  }

  public boolean running() {
    return !ended;
  }

  /** How often each step has been completed, by a person or, for a step without role, at once. */
  public Map<Integer, Integer> completions() {
    return Map.copyOf(completions);
  }

  public ProcessDefinition definition() {
    return definition;
  }

  /** The item list a fan-out at this position would use, if one has been declared. */
  public Optional<List<String>> list(String kind, Map<String, String> subjects) {
    return Optional.ofNullable(lists.get(key(kind, subjects)));
  }

  /** Whether a document of this type has been presented in this instance. */
  public boolean seen(String documentType) {
    return documentsSeen.contains(documentType);
  }

  // ---------------------------------------------------------------- checks

  /**
   * The rejection codes a completion at {@code at} fails; empty when it must be accepted. The
   * position must be open (a walk only completes items the engine shows).
   */
  public Set<String> problemsOfCompletion(Position at, String person, Optional<String> outcome,
      List<String> documentTypes, Map<String, List<String>> declares, LocalDate today) {
    Set<String> problems = new LinkedHashSet<>();
    if (!running()) {
      problems.add("InstanceFinished");
      return problems;
    }
    token(at);
    Step step = definition.step(at.step());
    if (!holds.test(person, step.role().orElseThrow().code())) {
      problems.add("RoleNotHeld");
    }
    List<String> names = step.wayOn() instanceof WayOn.Gate gate
        ? gate.outcomes().stream().map(Outcome::name).toList() : List.of();
    if (names.isEmpty() && outcome.isPresent()) {
      problems.add("UnknownOutcome");
    } else if (!names.isEmpty() && outcome.isEmpty()) {
      problems.add("OutcomeMissing");
    } else if (!names.isEmpty() && !names.contains(outcome.get())) {
      problems.add("UnknownOutcome");
    }
    if (documentTypes.stream().anyMatch(t -> definition.document(t).isEmpty())) {
      problems.add("UnknownDocumentType");
    }
    for (DocumentType needed : step.needs()) {
      if (!documentTypes.contains(needed.code()) && !documentsSeen.contains(needed.code())) {
        problems.add("DocumentMissing");
      }
    }
    for (Map.Entry<String, List<String>> e : declares.entrySet()) {
      if (!definition.itemKinds().contains(e.getKey())
          || new HashSet<>(e.getValue()).size() != e.getValue().size()
          || e.getValue().stream().anyMatch(String::isBlank)) {
        problems.add("InvalidInput");
      }
    }
    if (step.wayOn() instanceof WayOn.ForEach fe && !declares.containsKey(fe.itemKind())
        && !lists.containsKey(key(fe.itemKind(), at.subjects()))) {
      problems.add("InvalidInput");
    }
    if (!due(at, today)) {
      problems.add("NotYetDue");
    }
    return problems;
  }

  /**
   * Whether the step at {@code at} may be completed today: the first step of a cycle's period (the
   * report) only once the period is over; any other step at once.
   */
  public boolean due(Position at, LocalDate today) {
    Optional<WayOn.Cycle> cycle = cycleHolding(at.step());
    return at.period() == 0 || cycle.isEmpty() || cycle.get().first() != at.step()
        || !today.isBefore(periodEnd(at.period()));
  }

  /** The rejection codes raising this step fails; empty when it must be accepted. */
  public Set<String> problemsOfRaise(int number, String person, String reason) {
    Set<String> problems = new LinkedHashSet<>();
    if (!running()) {
      problems.add("InstanceFinished");
      return problems;
    }
    Optional<Step> step = definition.findStep(number);
    if (step.isEmpty() || !step.get().raisable()) {
      problems.add("NotRaisable");
      return problems;
    }
    if (!holds.test(person, step.get().role().orElseThrow().code())) {
      problems.add("RoleNotHeld");
    }
    if (reason.isBlank()) {
      problems.add("InvalidInput");
    }
    return problems;
  }

  // ---------------------------------------------------------------- commands

  /** A person completes the step open at {@code at}; the command passed every check. */
  public void complete(Position at, Optional<String> outcome, List<String> documentTypes,
      Map<String, List<String>> declares) {
    openedNow.clear();
    Token token = token(at);
    tokens.remove(token);
    Step step = definition.step(at.step());
    completions.merge(step.number(), 1, Integer::sum);
    documentsSeen.addAll(documentTypes);
    declares.forEach((kind, items) -> lists.put(key(kind, at.subjects()), List.copyOf(items)));
    leave(step, token, outcome);
    endIfDone();
  }

  /** A raisable step is raised: it opens at the top level, beside whatever runs. */
  public void raise(int number) {
    openedNow.clear();
    open(number, null, Map.of(), 0);
  }

  /**
   * Time has moved on to {@code now}: a renewal date that has come opens the cycle's continuation,
   * unless it has been opened before. (The other timers, the overdue report and the end of the
   * term, only signal.)
   */
  public void timePasses(Instant now) {
    openedNow.clear();
    if (ended) {
      return;
    }
    List<Instant> due = renewalDates.stream().filter(d -> !d.isAfter(now)).toList();
    renewalDates.removeAll(due);
    for (Instant ignored : due) {
      cycleThen().ifPresent(then -> {
        if (!everOpened.contains(then)) {
          open(then, null, Map.of(), 0);
        }
      });
    }
    endIfDone();
  }

  // ---------------------------------------------------------------- the token game

  private void open(int number, Fork fork, Map<String, String> subjects, int period) {
    Step step = definition.step(number);
    everOpened.add(number);
    Token token = new Token(number, fork, subjects, period);
    if (step.isManual()) {
      tokens.add(token);
      openedNow.add(token.position());
    } else {
      completions.merge(number, 1, Integer::sum);
      leave(step, token, Optional.empty());
    }
  }

  /** The step at {@code at} is done: the token moves on along the step's way on. */
  private void leave(Step step, Token at, Optional<String> outcome) {
    WayOn way = step.wayOn();
    if (way instanceof WayOn.Next next) {
      follow(step.number(), next.to(), at);
    } else if (way instanceof WayOn.Gate gate) {
      String chosen = outcome.orElseThrow();
      Target to = gate.outcomes().stream().filter(o -> o.name().equals(chosen)).findFirst()
          .orElseThrow().to();
      follow(step.number(), to, at);
    } else if (way instanceof WayOn.Condition condition) {
      follow(step.number(), choose(condition), at);
    } else if (way instanceof WayOn.Split split) {
      Fork fork = new Fork(step.number(), at.fork(), at.subjects(), at.period(),
          split.branches().stream().map(String::valueOf).toList());
      forks.add(fork);
      for (int branch : split.branches()) {
        open(branch, fork, at.subjects(), at.period());
      }
    } else if (way instanceof WayOn.Join) {
      branchDone(at, null);
    } else if (way instanceof WayOn.ForEach forEach) {
      List<String> items = lists.getOrDefault(key(forEach.itemKind(), at.subjects()), List.of());
      if (items.isEmpty()) {
        follow(step.number(), forEach.then(), at);
        return;
      }
      Fork fork = new Fork(step.number(), at.fork(), at.subjects(), at.period(), items);
      forks.add(fork);
      for (String item : items) {
        Map<String, String> subjects = new TreeMap<>(at.subjects());
        subjects.put(forEach.itemKind(), item);
        open(forEach.first(), fork, subjects, at.period());
      }
    } else if (way instanceof WayOn.Cycle cycle) {
      renewalDates.add(term().renewalDue().atStartOfDay(zone).toInstant());
      startPeriod(cycle, 1, at);
    } else if (way instanceof WayOn.Link link) {
      follow(step.number(), link.then(), at);
    } else {
      throw new IllegalStateException("the model does not know " + way);
    }
  }

  /** Leads the token from step {@code from} to {@code target}. */
  private void follow(int from, Target target, Token at) {
    int to = number(target);
    if (at.fork() != null && definition.step(at.fork().step).wayOn() instanceof WayOn.ForEach fe) {
      if (to == number(fe.then())) {
        branchDone(at, null);
        return;
      }
      if (to == END || !fe.body().contains(to)) {
        branchDone(at, to);
        return;
      }
    }
    Optional<WayOn.Cycle> cycle = cycleHolding(from);
    if (at.period() > 0 && cycle.isPresent() && to == cycle.get().first()) {
      startPeriod(cycle.get(), at.period() + 1, at);
      return;
    }
    if (to != END) {
      open(to, at.fork(), at.subjects(), at.period());
    }
  }

  /** A branch of the token's fork has joined, or (for a fan-out) left for {@code leftFor}. */
  private void branchDone(Token at, Integer leftFor) {
    Fork fork = at.fork();
    WayOn way = definition.step(fork.step).wayOn();
    String branch = way instanceof WayOn.ForEach fe ? at.subjects().get(fe.itemKind())
        : fork.waiting.get(0);
    if (!fork.waiting.remove(branch)) {
      throw new IllegalStateException("model: fork at step " + fork.step + " is not waiting for "
          + branch);
    }
    if (leftFor != null) {
      fork.leftFor = leftFor;
    }
    if (!fork.waiting.isEmpty()) {
      return;
    }
    forks.remove(fork);
    Token parent = new Token(fork.step, fork.parent, fork.subjects, fork.period);
    if (way instanceof WayOn.Split split) {
      Target then = split.then() instanceof WayOn.Condition c ? choose(c)
          : ((WayOn.Next) split.then()).to();
      follow(fork.step, then, parent);
    } else {
      WayOn.ForEach fe = (WayOn.ForEach) way;
      follow(fork.step, fork.leftFor == null ? fe.then()
          : fork.leftFor == END ? Target.end() : Target.step(fork.leftFor), parent);
    }
  }

  private void startPeriod(WayOn.Cycle cycle, int period, Token at) {
    if (periodStart(period).isBefore(term().end())) {
      open(cycle.first(), at.fork(), at.subjects(), period);
    } else {
      int then = number(cycle.then());
      if (then != END && !everOpened.contains(then)) {
        open(then, at.fork(), at.subjects(), 0);
      }
    }
  }

  private void endIfDone() {
    if (!ended && tokens.isEmpty() && forks.isEmpty()) {
      ended = true;
      renewalDates.clear();
    }
  }

  // ---------------------------------------------------------------- helpers

  private Token token(Position at) {
    List<Token> found = tokens.stream().filter(t -> t.position().equals(at)).toList();
    if (found.isEmpty()) {
      throw new IllegalStateException("model: nothing open at " + at + "; open: " + open());
    }
    if (found.stream().map(Token::fork).distinct().count() > 1) {
      throw new IllegalStateException("model: tokens at " + at + " in different forks");
    }
    return found.get(0);
  }

  private Target choose(WayOn.Condition condition) {
    return context.flags().getOrDefault(condition.flag(), false) ? condition.whenTrue()
        : condition.whenFalse();
  }

  private Optional<WayOn.Cycle> cycleHolding(int step) {
    return definition.steps().stream()
        .filter(s -> s.wayOn() instanceof WayOn.Cycle c && c.body().contains(step))
        .map(s -> (WayOn.Cycle) s.wayOn()).findFirst();
  }

  private Optional<Integer> cycleThen() {
    return definition.steps().stream().filter(s -> s.wayOn() instanceof WayOn.Cycle)
        .map(s -> number(((WayOn.Cycle) s.wayOn()).then())).filter(n -> n != END).findFirst();
  }

  private Term term() {
    return context.term().orElseThrow(() -> new IllegalStateException("model: a cycle needs a term"));
  }

  private LocalDate periodStart(int period) {
    return term().start().plus(term().reportingPeriod().multipliedBy(period - 1));
  }

  /** The day after period {@code period}'s last day: its report can be delivered from then on. */
  private LocalDate periodEnd(int period) {
    LocalDate end = term().start().plus(term().reportingPeriod().multipliedBy(period));
    return end.isAfter(term().end()) ? term().end() : end;
  }

  /** A declared list is kept for its kind and the subjects of the declaring step, less that kind. */
  private static ListKey key(String kind, Map<String, String> subjects) {
    Map<String, String> rest = new TreeMap<>(subjects);
    rest.remove(kind);
    return new ListKey(kind, rest);
  }

  private static int number(Target target) {
    return target instanceof Target.ToStep s ? s.number() : END;
  }
}
