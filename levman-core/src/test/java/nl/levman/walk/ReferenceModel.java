package nl.levman.walk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import nl.levman.model.Behaviour;
import nl.levman.model.DocumentType;
import nl.levman.model.Outcome;
import nl.levman.model.ProcessContext;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Role;
import nl.levman.model.Step;
import nl.levman.model.Subject;
import nl.levman.model.Target;
import nl.levman.model.Term;
import nl.levman.model.WayOn;

/**
 * A reference for how one instance of a process runs, independent of the engine: a token game over
 * a {@link ProcessDefinition}, written from the documented semantics of the ways on (the javadoc
 * of {@link WayOn}, {@link Step}, {@link Behaviour} and the rejections) and of raisable steps and
 * the cycle's renewal date (the README's "ways on" table), and not from the engine's {@code
 * Router}, {@code Transition}, {@code Timeouts}, {@code Checks} or {@code InstanceState}. It uses
 * only the definition's step table (no {@code Routes}) and the context's flags and term, and does
 * its own date arithmetic.
 *
 * <p>The state is a multiset of tokens, each at a step for some subjects (the items of the fan-outs
 * it runs in) in some cycle period, plus the forks (splits and fan-outs) waiting for their
 * branches, and the timers the ways on declare. The rules, in the words of the documentation:
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
 *       then}, or where the items left for if any did. No items: on at {@code then} at once. An
 *       item the completing step's behaviour gave a due date raises the fan-out's overdue signal
 *       (if it declares one) once, when the day after the due date begins and the item is not done.
 *   <li>{@code Cycle}: the first body step opens for period 1; a body step that leads back to the
 *       first ends the period: the next period starts if it begins before the term ends, else the
 *       flow goes on at {@code then} (unless that step was opened before: the renewal date opens it
 *       once, beside the cycle, when it comes first, and only when {@code then} is a step). A
 *       period's first step is due the delivery days after the period ends; when that day begins
 *       and the step is still open, the cycle's overdue signal (if it declares one) is raised once.
 *       When the term's end day begins, {@code term-end} is signalled once.
 *   <li>{@code Link}: on to {@code then} (starting the other process is not a position here); a
 *       link to a process that is not registered is signalled as {@code link-unregistered}.
 *   <li>A raisable step opens at the top level whenever it is raised, by a person or by a
 *       behaviour's trigger that the step is raised on (if the instance still runs once the
 *       completion has been routed).
 *   <li>The instance ends when no token and no fork is left; its timers end with it.
 * </ul>
 *
 * <p>It also says which checks a command fails (by rejection code), in the order in which the
 * engine applies them, so that a walk knows whether the engine must accept it and, if not, for
 * which reason (the first). Domain behaviours are not replicated: the model assumes that a
 * completion's domain content is valid, except for the faults it is told about (a document a
 * behaviour reads that cannot be read), and is told what the behaviour does with it (the triggers
 * it raises, the due dates it gives items). Not thread-safe; one per instance.
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

  /**
   * What a person hands in with a completion, as far as the checks look at it: who, the outcome,
   * the types of the documents presented (and which of them cannot be read as what they are), the
   * names of the fields given, and the item lists declared (in the order given).
   */
  public record Input(String person, Optional<String> outcome, List<String> documents,
      Set<String> unreadable, Set<String> fields, Map<String, List<String>> declares) {
    public Input {
      documents = List.copyOf(documents);
      unreadable = Set.copyOf(unreadable);
      fields = Set.copyOf(fields);
      declares = Collections.unmodifiableMap(new LinkedHashMap<>(declares));
    }

    public static Input by(String person) {
      return new Input(person, Optional.empty(), List.of(), Set.of(), Set.of(), Map.of());
    }

    public Input outcome(String chosen) {
      return new Input(person, Optional.of(chosen), documents, unreadable, fields, declares);
    }

    public Input documents(String... types) {
      List<String> more = new ArrayList<>(documents);
      more.addAll(List.of(types));
      return new Input(person, outcome, more, unreadable, fields, declares);
    }

    /** A document of this type, presented but unreadable (say, not the JSON it should be). */
    public Input unreadable(String type) {
      Set<String> more = new HashSet<>(unreadable);
      more.add(type);
      return new Input(person, outcome, documents, more, fields, declares).documents(type);
    }

    public Input fields(String... names) {
      Set<String> more = new HashSet<>(fields);
      more.addAll(List.of(names));
      return new Input(person, outcome, documents, unreadable, more, declares);
    }

    public Input declares(String kind, List<String> items) {
      Map<String, List<String>> more = new LinkedHashMap<>(declares);
      more.put(kind, List.copyOf(items));
      return new Input(person, outcome, documents, unreadable, fields, more);
    }
  }

  /**
   * What the step's behaviour does with a completion, as the walk that composed the domain content
   * knows: the triggers it raises and the due dates it gives to items of a fan-out (by kind, then
   * item).
   */
  public record Effects(Set<String> triggers, Map<String, Map<String, LocalDate>> itemsDue) {
    public static final Effects NONE = new Effects(Set.of(), Map.of());

    public Effects {
      triggers = Set.copyOf(triggers);
      itemsDue = Map.copyOf(itemsDue);
    }
  }

  /** The rule for instance ids: 1 to 80 letters, digits and . _ - :, starting with a letter or digit. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,79}");

  /** A split or fan-out waiting for its branches. */
  private static final class Fork {
    final int step;
    final Fork parent;
    final Map<String, String> subjects;
    final int period;
    final List<String> waiting;
    final String record;
    Integer leftFor;

    Fork(int step, Fork parent, Map<String, String> subjects, int period, List<String> waiting,
        Optional<String> itemKind) {
      this.step = step;
      this.parent = parent;
      this.subjects = subjects;
      this.period = period;
      this.waiting = new ArrayList<>(waiting);
      this.record = forked(new Position(step, subjects, period), itemKind, waiting);
    }
  }

  /** A token: a step open at a position, inside a fork (or at the top, {@code fork == null}). */
  private record Token(int step, Fork fork, Map<String, String> subjects, int period) {
    Position position() {
      return new Position(step, subjects, period);
    }
  }

  /** A timer that raises a signal once, unless it is cleared first. */
  private record SignalTimer(Instant due, String signal, Map<String, String> details) {}

  private record ListKey(String kind, Map<String, String> subjects) {}

  private record ItemOf(Fork fork, String item) {}

  private static final int END = 0;

  private final ProcessDefinition definition;
  private final ProcessContext context;
  private final ZoneId zone;
  private final BiPredicate<String, String> holds;
  private final Predicate<String> registered;
  private final List<Token> tokens = new ArrayList<>();
  private final Set<Fork> forks = Collections.newSetFromMap(new IdentityHashMap<>());
  private final Map<ListKey, List<String>> lists = new java.util.HashMap<>();
  private final Set<String> documentsSeen = new HashSet<>();
  private final Set<Integer> everOpened = new HashSet<>();
  private final Map<Integer, Integer> completions = new TreeMap<>();
  private final List<Instant> renewalDates = new ArrayList<>();
  private final Map<Token, SignalTimer> periodTimers = new LinkedHashMap<>();
  private final Map<ItemOf, SignalTimer> itemTimers = new LinkedHashMap<>();
  private final List<SignalTimer> termEnds = new ArrayList<>();
  private final List<String> signals = new ArrayList<>();
  private final List<String> forkRecords = new ArrayList<>();
  private final List<Position> openedNow = new ArrayList<>();
  private Map<String, Map<String, LocalDate>> itemsDueNow = Map.of();
  private boolean ended;

  private ReferenceModel(ProcessDefinition definition, ProcessContext context, ZoneId zone,
      BiPredicate<String, String> holds, Predicate<String> registered) {
    this.definition = definition;
    this.context = context;
    this.zone = zone;
    this.holds = holds;
    this.registered = registered;
  }

  /**
   * What a start with this id and context fails, in the order the checks apply; empty when it must
   * start. A missing subject is named: {@code SubjectMissing:contract}. {@code exists}: whether an
   * instance with this id exists already.
   */
  public static List<String> problemsOfStart(ProcessDefinition definition, String id,
      ProcessContext context, boolean exists) {
    Set<String> problems = new LinkedHashSet<>();
    if (!ID.matcher(id).matches()) {
      problems.add("InstanceIdInvalid");
    }
    if (exists) {
      problems.add("InstanceExists");
    }
    for (Subject subject : List.of(Subject.SUPPLIER, Subject.CONTRACT, Subject.SERVICE)) {
      Optional<String> given = switch (subject) {
        case SUPPLIER -> context.supplier();
        case CONTRACT -> context.contract();
        case SERVICE -> context.service();
      };
      if (definition.about().contains(subject) && given.isEmpty()) {
        problems.add("SubjectMissing:" + subject.word());
      }
    }
    if (!context.flags().keySet().containsAll(definition.flags())) {
      problems.add("FlagMissing");
    }
    boolean cycles = definition.steps().stream().anyMatch(s -> s.wayOn() instanceof WayOn.Cycle);
    if (cycles && context.term().isEmpty()) {
      problems.add("TermMissing");
    }
    return List.copyOf(problems);
  }

  /**
   * A started instance. {@code holds(person, role)} says whether a person holds a role (for the
   * scope of any step: the walks grant roles organisation-wide); no process but this one is
   * registered.
   */
  public static ReferenceModel start(ProcessDefinition definition, ProcessContext context,
      ZoneId zone, BiPredicate<String, String> holds) {
    return start(definition, context, zone, holds, key -> key.equals(definition.key()));
  }

  /** A started instance, in an engine where {@code registered} says which processes are. */
  public static ReferenceModel start(ProcessDefinition definition, ProcessContext context,
      ZoneId zone, BiPredicate<String, String> holds, Predicate<String> registered) {
    ReferenceModel m = new ReferenceModel(definition, context, zone, holds, registered);
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

  /**
   * The signals the ways on have raised so far (the overdue signals, {@code term-end}, {@code
   * link-unregistered}), each as its name and details, sorted.
   */
  public List<String> signals() {
    return signals.stream().sorted().toList();
  }

  /**
   * What the history must record of the forks so far, sorted: each fork at its position, with its
   * item kind ({@code split} for a parallel split) and items (for a split, the steps its branches
   * start at), as {@link #forked}; each branch that joined or left, as {@link #joined}.
   */
  public List<String> forkRecords() {
    return forkRecords.stream().sorted().toList();
  }

  /** How a fork is written in {@link #forkRecords()}. */
  public static String forked(Position at, Optional<String> itemKind, List<String> items) {
    return "fork at " + at + " " + itemKind.orElse("split") + " " + items;
  }

  /** How a branch that joined (or left for a step, or for the end: 0) is written. */
  public static String joined(String fork, String item, Optional<Integer> leftFor) {
    return "joined " + fork.substring("fork at ".length()).split(" ")[0] + " " + item
        + leftFor.map(n -> " left for " + (n == END ? "the end" : n)).orElse("");
  }

  /** The names of the signals {@link #signals()} reports; a behaviour's own signals are not. */
  public static Set<String> signalNames(ProcessDefinition d) {
    Set<String> names = new java.util.TreeSet<>(List.of("term-end", "link-unregistered"));
    for (Step s : d.steps()) {
      if (s.wayOn() instanceof WayOn.Cycle c) {
        c.overdueSignal().ifPresent(names::add);
      } else if (s.wayOn() instanceof WayOn.ForEach f) {
        f.overdueSignal().ifPresent(names::add);
      }
    }
    return names;
  }

  /** How a signal is written in {@link #signals()}. */
  public static String signal(String name, Map<String, String> details) {
    return name + (details.isEmpty() ? "" : " " + new TreeMap<>(details));
  }

  /**
   * The documents a completion of the step must present or have presented: those it needs (now or
   * earlier), those it archives and those its behaviour reads (now).
   */
  public static List<String> documentsFor(Step step) {
    Set<String> all = new LinkedHashSet<>();
    step.needs().forEach(d -> all.add(d.code()));
    presentedNow(step).forEach(d -> all.add(d.code()));
    return List.copyOf(all);
  }

  /**
   * When the step at {@code at} is due: a period's first step the delivery days after the period
   * ends; nothing else is.
   */
  public Optional<Instant> dueAt(Position at) {
    Optional<WayOn.Cycle> cycle = cycleHolding(at.step());
    if (at.period() == 0 || cycle.isEmpty() || cycle.get().first() != at.step()) {
      return Optional.empty();
    }
    return Optional.of(startOf(periodEnd(at.period()).plusDays(term().deliveryDays())));
  }

  // ---------------------------------------------------------------- checks

  /**
   * The rejection codes a completion at {@code at} fails, in the order the engine checks them
   * (the engine answers with the first); empty when it must be accepted. A missing document is
   * named: {@code DocumentMissing:slr}. The checks: the instance
   * runs; the person holds one of the step's roles; a period's first step is not completed before
   * the period ends; the outcome fits the gate; only fields the
   * step's behaviour reads are given (a step without behaviour takes none); the documents are of
   * declared types, what the step needs has been presented now or before, what it archives and its
   * behaviour reads is presented now; the declared lists are of the process's item kinds (then
   * without duplicate or blank items; with several faulty lists, the engine's order among them is
   * not specified), and a fan-out has its list; the documents the behaviour reads can be read. The position must be open (a walk
   * only completes items the engine shows).
   */
  public List<String> problemsOfCompletion(Position at, Input in, LocalDate today) {
    Set<String> problems = new LinkedHashSet<>();
    if (!running()) {
      return List.of("InstanceFinished");
    }
    token(at);
    Step step = definition.step(at.step());
    if (step.roles().stream().map(Role::code).noneMatch(r -> holds.test(in.person(), r))) {
      problems.add("RoleNotHeld");
    }
    if (!due(at, today)) {
      problems.add("NotYetDue");
    }
    List<String> names = step.wayOn() instanceof WayOn.Gate gate
        ? gate.outcomes().stream().map(Outcome::name).toList() : List.of();
    if (names.isEmpty() && in.outcome().isPresent()) {
      problems.add("UnknownOutcome");
    } else if (!names.isEmpty() && in.outcome().isEmpty()) {
      problems.add("OutcomeMissing");
    } else if (!names.isEmpty() && !names.contains(in.outcome().get())) {
      problems.add("UnknownOutcome");
    }
    List<String> readable = step.behaviour().map(Behaviour::fields).orElse(List.of());
    if (!readable.containsAll(in.fields())) {
      problems.add("UnknownField");
    }
    if (in.documents().stream().anyMatch(t -> definition.document(t).isEmpty())) {
      problems.add("UnknownDocumentType");
    }
    for (DocumentType needed : step.needs()) {
      if (!in.documents().contains(needed.code()) && !documentsSeen.contains(needed.code())) {
        problems.add("DocumentMissing:" + needed.code());
      }
    }
    for (DocumentType now : presentedNow(step)) {
      if (!in.documents().contains(now.code())) {
        problems.add("DocumentMissing:" + now.code());
      }
    }
    for (Map.Entry<String, List<String>> e : in.declares().entrySet()) {
      if (!definition.itemKinds().contains(e.getKey())) {
        problems.add("UnknownItemKind");
      } else if (new HashSet<>(e.getValue()).size() != e.getValue().size()
          || e.getValue().stream().anyMatch(String::isBlank)) {
        problems.add("ItemListInvalid");
      }
    }
    if (step.wayOn() instanceof WayOn.ForEach fe && !in.declares().containsKey(fe.itemKind())
        && !lists.containsKey(key(fe.itemKind(), at.subjects()))) {
      problems.add("ItemListMissing");
    }
    if (step.behaviour().isPresent() && step.behaviour().get().reads().stream()
        .anyMatch(d -> in.unreadable().contains(d.code()))) {
      problems.add("DocumentUnreadable");
    }
    return List.copyOf(problems);
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

  /**
   * The rejection codes raising this step fails, in the order the engine checks them; empty when
   * it must be accepted.
   */
  public List<String> problemsOfRaise(int number, String person, String reason) {
    if (!running()) {
      return List.of("InstanceFinished");
    }
    Optional<Step> step = definition.findStep(number);
    if (step.isEmpty() || !step.get().raisable()) {
      return List.of("NotRaisable");
    }
    List<String> problems = new ArrayList<>();
    if (step.get().roles().stream().map(Role::code).noneMatch(r -> holds.test(person, r))) {
      problems.add("RoleNotHeld");
    }
    if (reason.isBlank()) {
      problems.add("ReasonMissing");
    }
    return problems;
  }

  // ---------------------------------------------------------------- commands

  /** A person completes the step open at {@code at}; the command passed every check. */
  public void complete(Position at, Input in) {
    complete(at, in, Effects.NONE);
  }

  /**
   * A person completes the step open at {@code at}, and its behaviour does what {@code effects}
   * says; the command passed every check.
   */
  public void complete(Position at, Input in, Effects effects) {
    openedNow.clear();
    Token token = token(at);
    tokens.remove(token);
    periodTimers.remove(token);
    Step step = definition.step(at.step());
    completions.merge(step.number(), 1, Integer::sum);
    documentsSeen.addAll(in.documents());
    in.declares().forEach((kind, items) -> lists.put(key(kind, at.subjects()), List.copyOf(items)));
    itemsDueNow = effects.itemsDue();
    try {
      leave(step, token, in.outcome());
    } finally {
      itemsDueNow = Map.of();
    }
    endIfDone();
    for (String trigger : effects.triggers().stream().sorted().toList()) {
      if (ended) {
        break;
      }
      definition.raisableSteps().stream().filter(s -> s.raisedOn().contains(trigger)).findFirst()
          .ifPresent(s -> open(s.number(), null, Map.of(), 0));
    }
  }

  /** A raisable step is raised: it opens at the top level, beside whatever runs. */
  public void raise(int number) {
    openedNow.clear();
    open(number, null, Map.of(), 0);
  }

  /**
   * Time has moved on to {@code now}: every timer due by then fires. A renewal date that has come
   * opens the cycle's continuation, unless it has been opened before; the others only signal.
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
    fire(periodTimers.values(), now);
    fire(itemTimers.values(), now);
    fire(termEnds, now);
    endIfDone();
  }

  private void fire(java.util.Collection<SignalTimer> timers, Instant now) {
    for (var i = timers.iterator(); i.hasNext(); ) {
      SignalTimer t = i.next();
      if (!t.due().isAfter(now)) {
        signals.add(signal(t.signal(), t.details()));
        i.remove();
      }
    }
  }

  // ---------------------------------------------------------------- the token game

  private void open(int number, Fork fork, Map<String, String> subjects, int period) {
    Step step = definition.step(number);
    everOpened.add(number);
    Token token = new Token(number, fork, subjects, period);
    if (step.isManual()) {
      tokens.add(token);
      openedNow.add(token.position());
      Optional<WayOn.Cycle> cycle = cycleHolding(number);
      if (period > 0 && cycle.isPresent() && cycle.get().first() == number
          && cycle.get().overdueSignal().isPresent()) {
        periodTimers.put(token, new SignalTimer(dueAt(token.position()).orElseThrow(),
            cycle.get().overdueSignal().get(), Map.of("period", Integer.toString(period))));
      }
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
          split.branches().stream().map(String::valueOf).toList(), Optional.empty());
      forks.add(fork);
      forkRecords.add(fork.record);
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
      Fork fork = new Fork(step.number(), at.fork(), at.subjects(), at.period(), items,
          Optional.of(forEach.itemKind()));
      forks.add(fork);
      forkRecords.add(fork.record);
      for (String item : items) {
        LocalDate itemDue = itemsDueNow.getOrDefault(forEach.itemKind(), Map.of()).get(item);
        if (itemDue != null && forEach.overdueSignal().isPresent()) {
          itemTimers.put(new ItemOf(fork, item), new SignalTimer(startOf(itemDue.plusDays(1)),
              forEach.overdueSignal().get(), Map.of(forEach.itemKind(), item)));
        }
      }
      for (String item : items) {
        Map<String, String> subjects = new TreeMap<>(at.subjects());
        subjects.put(forEach.itemKind(), item);
        open(forEach.first(), fork, subjects, at.period());
      }
    } else if (way instanceof WayOn.Cycle cycle) {
      if (cycle.then() instanceof Target.ToStep) {
        renewalDates.add(startOf(term().renewalDue()));
      }
      termEnds.add(new SignalTimer(startOf(term().end()), "term-end", Map.of()));
      startPeriod(cycle, 1, at);
    } else if (way instanceof WayOn.Link link) {
      if (!registered.test(link.processKey())) {
        signals.add(signal("link-unregistered", Map.of("processKey", link.processKey())));
      }
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
    itemTimers.remove(new ItemOf(fork, branch));
    forkRecords.add(joined(fork.record, branch, Optional.ofNullable(leftFor)));
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
      periodTimers.clear();
      itemTimers.clear();
      termEnds.clear();
    }
  }

  // ---------------------------------------------------------------- helpers

  /** The documents a completion of the step must present with it: what it archives and reads. */
  private static List<DocumentType> presentedNow(Step step) {
    List<DocumentType> now = new ArrayList<>(step.archives());
    step.behaviour().ifPresent(b -> now.addAll(b.reads()));
    return now;
  }

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

  private Instant startOf(LocalDate day) {
    return day.atStartOfDay(zone).toInstant();
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
