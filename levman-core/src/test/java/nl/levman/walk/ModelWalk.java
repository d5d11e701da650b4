package nl.levman.walk;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import nl.levman.api.InstanceView;
import nl.levman.api.RaiseStep;
import nl.levman.api.StartProcess;
import nl.levman.api.WorkItem;
import nl.levman.api.WorkQuery;
import nl.levman.fixtures.Desk;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceStatus;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Role;
import nl.levman.model.Scope;
import nl.levman.model.Step;
import nl.levman.model.Term;
import nl.levman.model.WayOn;
import nl.levman.walk.ReferenceModel.Position;

/**
 * A seeded random walk of the engine beside the {@link ReferenceModel}: instances are started,
 * random open work is completed by random people with random outcomes, documents and item lists
 * (some commands with a deliberate fault), steps are raised, accepted commands are repeated, stale
 * work items are completed again, and time moves on. After every command the engine must agree
 * with the model: the accepted or rejected verdict (a rejection for a reason the model expects),
 * the work items the command opened, and for the instance it touched (every instance when time
 * moves on) the open steps of the instance view, the completions, the status and an intact hash
 * chain; the work list must show each live instance's open steps. At the end every instance is
 * driven to its end.
 *
 * <p>Only the public API is used: {@code Levman.builder()} (through {@link Desk}), {@code start},
 * {@code complete}, {@code raise}, {@code instance}, {@code workList}, {@code verify} and {@code
 * runDue}. A disagreement is an {@link AssertionError} that names the seed and lists every command
 * of the walk so far.
 */
public final class ModelWalk {

  /** What to walk: the definition the engine runs, the one the model reads, and the inputs. */
  public record Setup(ProcessDefinition engineDefinition, ProcessDefinition modelDefinition,
      Map<String, List<String>> itemPools, BiFunction<Random, LocalDate, ProcessContext> context) {

    public static Setup of(ProcessDefinition definition, Map<String, List<String>> itemPools,
        BiFunction<Random, LocalDate, ProcessContext> context) {
      return new Setup(definition, definition, itemPools, context);
    }

    /** The same walk, with the model reading another (say, deliberately broken) definition. */
    public Setup modelReads(ProcessDefinition other) {
      return new Setup(engineDefinition, other, itemPools, context);
    }
  }

  /**
   * What a walk did, to show it went everywhere: instances ended, verdicts by rejection code
   * ("accepted" for accepted commands), and the gate outcomes and steps completed.
   */
  public record Report(int ended, Map<String, Integer> verdicts, Map<String, Integer> completed) {
    public Report plus(Report other) {
      Map<String, Integer> v = new java.util.TreeMap<>(verdicts);
      other.verdicts.forEach((k, n) -> v.merge(k, n, Integer::sum));
      Map<String, Integer> c = new java.util.TreeMap<>(completed);
      other.completed.forEach((k, n) -> c.merge(k, n, Integer::sum));
      return new Report(ended + other.ended, v, c);
    }

    public static Report none() {
      return new Report(0, Map.of(), Map.of());
    }

    /**
     * What the walks did not reach: a manual step never completed, a gate outcome never chosen, a
     * kind of rejection the process admits never met.
     */
    public List<String> missing(ProcessDefinition d) {
      List<String> missing = new ArrayList<>();
      for (Step step : d.steps()) {
        if (!step.isManual()) {
          continue;
        }
        List<String> keys = step.outcomes().isEmpty() ? List.of(Integer.toString(step.number()))
            : step.outcomes().stream().map(o -> step.number() + " " + o).toList();
        keys.stream().filter(k -> !completed.containsKey(k)).forEach(k -> missing.add("step " + k));
      }
      List<String> codes = new ArrayList<>(List.of("accepted", "RoleNotHeld", "UnknownOutcome",
          "OutcomeMissing", "UnknownDocumentType", "InvalidInput", "StepNotOpen", "NotRaisable"));
      if (d.steps().stream().anyMatch(s -> !s.needs().isEmpty())) {
        codes.add("DocumentMissing");
      }
      if (d.steps().stream().anyMatch(s -> s.wayOn() instanceof WayOn.Cycle)) {
        codes.add("NotYetDue");
      }
      codes.stream().filter(c -> !verdicts.containsKey(c)).forEach(c -> missing.add("verdict " + c));
      return missing;
    }
  }

  private static final String NOBODY = "nobody";
  private static final int LIVE = 2;

  private final Setup setup;
  private final long seed;
  private final Random random;
  private final Desk desk;
  private final Map<String, String> holderOf = new LinkedHashMap<>();
  private final Map<InstanceId, ReferenceModel> live = new LinkedHashMap<>();
  private final Map<InstanceId, InstanceView> views = new java.util.HashMap<>();
  private final List<InstanceId> ended = new ArrayList<>();
  private final List<String> path = new ArrayList<>();
  private final List<WorkItem> completedItems = new ArrayList<>();
  private final Map<String, Integer> verdicts = new java.util.TreeMap<>();
  private final Map<String, Integer> completed = new java.util.TreeMap<>();
  private Object lastAccepted;
  private int instances;

  private ModelWalk(Setup setup, long seed) {
    this.setup = setup;
    this.seed = seed;
    this.random = new Random(seed);
    this.desk = new Desk(setup.engineDefinition());
    for (Role role : setup.engineDefinition().roles().stream()
        .sorted(java.util.Comparator.comparing(Role::code)).toList()) {
      String person = "p-" + role.code().toLowerCase();
      holderOf.put(role.code(), person);
      desk.directory.grant(person, role.code(), Scope.organisation());
    }
  }

  /**
   * Walks {@code moves} random moves from {@code seed}, then finishes every instance; returns how
   * many instances ran to their end.
   */
  public static Report walk(Setup setup, long seed, int moves) {
    ModelWalk walk = new ModelWalk(setup, seed);
    walk.run(moves);
    return new Report(walk.ended.size(), walk.verdicts, walk.completed);
  }

  private boolean holds(String person, String role) {
    return person.equals(holderOf.get(role));
  }

  private void run(int moves) {
    try {
      for (int move = 0; move < moves; move++) {
        move();
      }
      finish();
    } catch (RuntimeException e) {
      // an exception from the engine (or the model) is a disagreement too: say how to get there
      throw failure(null, "unexpected " + e, e);
    }
  }

  private void move() {
    if (live.size() < LIVE && (live.isEmpty() || random.nextInt(15) == 0)) {
      startInstance();
      return;
    }
    int dice = random.nextInt(100);
    if (dice < 10 || openItems().isEmpty()) {
      advance(3 + random.nextInt(25));
    } else if (dice < 13) {
      raise();
    } else if (dice < 15 && lastAccepted != null) {
      repeatLastAccepted();
    } else if (dice < 17 && !completedItems.isEmpty()) {
      completeStale();
    } else {
      completeRandom(random.nextInt(5) == 0);
    }
  }

  // ---------------------------------------------------------------- moves

  private void startInstance() {
    InstanceId id = InstanceId.of("w" + ++instances);
    ProcessDefinition d = setup.modelDefinition();
    ProcessContext context = setup.context().apply(random, today());
    if (random.nextInt(10) == 0 && !d.flags().isEmpty()) {
      ProcessContext withoutFlags = new ProcessContext(context.supplier(), context.contract(),
          context.service(), Map.of(), context.people(), context.term(), context.attributes());
      CommandResult r = desk.engine.start(new StartProcess(desk.nextCommand(), id,
          d.key(), PersonId.of(holderOf.values().iterator().next()), withoutFlags));
      note("start " + id + " without flags -> " + r);
      verdict(id, ReferenceModel.problemsOfStart(d, withoutFlags), r);
      if (desk.engine.instance(id).isPresent()) {
        fail(id, "a rejected start left an instance behind");
      }
    }
    CommandResult r = desk.engine.start(new StartProcess(desk.nextCommand(), id, d.key(),
        PersonId.of(holderOf.values().iterator().next()), context));
    note("start " + id + " flags=" + context.flags() + context.term().map(t -> " term=" + t.start()
        + ".." + t.end() + " renewal " + t.renewalDue()).orElse("") + " -> " + brief(r));
    verdict(id, ReferenceModel.problemsOfStart(d, context), r);
    ReferenceModel model = ReferenceModel.start(d, context, desk.clock.getZone(), this::holds);
    live.put(id, model);
    checkOpened(id, model, r);
    lastAccepted = null;
    checkAll();
  }

  private void advance(int days) {
    desk.advance(Duration.ofDays(days));
    note("advance " + days + " days to " + today());
    live.values().forEach(m -> m.timePasses(desk.clock.instant()));
    checkAll();
  }

  private void raise() {
    InstanceId id = randomLive();
    ReferenceModel model = live.get(id);
    List<Step> raisable = model.definition().raisableSteps();
    int step = raisable.isEmpty() || random.nextInt(5) == 0
        ? 1 + random.nextInt(model.definition().steps().size())
        : raisable.get(random.nextInt(raisable.size())).number();
    String person = random.nextInt(5) == 0 ? randomPerson()
        : model.definition().findStep(step).flatMap(Step::role).map(r -> holderOf.get(r.code()))
            .orElse(NOBODY);
    String reason = random.nextInt(10) == 0 ? " " : "a change";
    RaiseStep command = new RaiseStep(desk.nextCommand(), id, step, PersonId.of(person), reason);
    Set<String> problems = model.problemsOfRaise(step, person, reason);
    CommandResult r = desk.engine.raise(command);
    note(id + ": raise " + step + " by " + person + " reason '" + reason + "' -> " + brief(r));
    verdict(id, problems, r);
    if (r.accepted()) {
      model.raise(step);
      checkOpened(id, model, r);
      lastAccepted = command;
    }
    check(id);
  }

  private void repeatLastAccepted() {
    CommandResult r = lastAccepted instanceof CompleteStep c ? desk.engine.complete(c)
        : desk.engine.raise((RaiseStep) lastAccepted);
    note("repeat the last accepted command -> " + brief(r));
    if (!(r instanceof CommandResult.Accepted a) || !a.repeated()) {
      fail(null, "a repeated command id must return the first result, marked repeated: " + r);
    }
    checkAll();
  }

  private void completeStale() {
    WorkItem item = completedItems.get(random.nextInt(completedItems.size()));
    ReferenceModel model = live.get(item.instance());
    CompleteStep command = CompleteStep.of(desk.nextCommand(), item.instance(), item.id(),
        PersonId.of(holderOf.get(item.role()))).outcome(item.outcomes().isEmpty() ? null
        : item.outcomes().get(0)).build();
    CommandResult r = desk.engine.complete(command);
    note(item.instance() + ": complete the already completed " + position(item) + " again -> "
        + brief(r));
    verdict(item.instance(), Set.of(model == null ? "InstanceFinished" : "StepNotOpen"), r);
    check(item.instance());
  }

  private void completeRandom(boolean withFault) {
    List<WorkItem> open = openItems();
    WorkItem item = open.get(random.nextInt(open.size()));
    ReferenceModel model = live.get(item.instance());
    if (!model.due(position(item), today()) && random.nextInt(4) > 0) {
      advance(3 + random.nextInt(25));
      return;
    }
    complete(item, model, command(item, model, withFault, false));
  }

  /** A completion as a person would send it, with one deliberate fault if asked. */
  private Completion command(WorkItem item, ReferenceModel model, boolean withFault, boolean plain) {
    Position at = position(item);
    ProcessDefinition d = model.definition();
    Step step = d.step(at.step());
    String person = holderOf.get(step.role().orElseThrow().code());
    List<String> outcomes = step.outcomes();
    String outcome = outcomes.isEmpty() ? null
        : outcomes.get(plain ? 0 : random.nextInt(outcomes.size()));
    List<String> documents = new ArrayList<>();
    for (var needed : step.needs()) {
      if (!model.seen(needed.code()) || random.nextInt(3) == 0) {
        documents.add(needed.code());
      }
    }
    if (!plain && random.nextInt(10) == 0) {
      List<String> all = d.documents().stream().map(t -> t.code()).sorted().toList();
      documents.add(all.get(random.nextInt(all.size())));
    }
    Map<String, List<String>> declares = new LinkedHashMap<>();
    if (step.wayOn() instanceof WayOn.ForEach fe
        && (model.list(fe.itemKind(), at.subjects()).isEmpty() || random.nextInt(3) > 0)) {
      declares.put(fe.itemKind(), plain ? pick(fe.itemKind(), 1) : pick(fe.itemKind(), -1));
    }
    if (!plain && random.nextInt(8) == 0) {
      // a list declared ahead of its fan-out (such as the mitigation actions at review step 3);
      // never a list of a kind the step itself runs for
      List<String> kinds = setup.itemPools().keySet().stream()
          .filter(k -> !at.subjects().containsKey(k)).sorted().toList();
      if (!kinds.isEmpty()) {
        String kind = kinds.get(random.nextInt(kinds.size()));
        declares.put(kind, pick(kind, -1));
      }
    }
    String fault = "";
    List<String> specific = new ArrayList<>();
    if (step.needs().stream().anyMatch(n -> !model.seen(n.code()))) {
      specific.add("missing document");
    }
    if (step.wayOn() instanceof WayOn.ForEach fe && model.list(fe.itemKind(), at.subjects()).isEmpty()) {
      specific.add("missing list");
    }
    if (!plain && !specific.isEmpty() && random.nextInt(4) == 0) {
      fault = specific.get(random.nextInt(specific.size()));
    } else if (withFault) {
      List<String> faults = new ArrayList<>(List.of("wrong person", "unknown outcome",
          "unknown document", "duplicate item", "unknown item kind"));
      if (!outcomes.isEmpty()) {
        faults.add("no outcome");
      }
      faults.addAll(specific);
      fault = faults.get(random.nextInt(faults.size()));
    }
    if (!fault.isEmpty()) {
      switch (fault) {
        case "wrong person" -> person = randomOtherPerson(person);
        case "unknown outcome" -> outcome = "misschien";
        case "no outcome" -> outcome = null;
        case "unknown document" -> documents.add("bogus");
        case "missing document" -> documents.removeIf(t -> step.needs().stream()
            .anyMatch(n -> n.code().equals(t) && !model.seen(t)));
        case "missing list" -> declares.remove(((WayOn.ForEach) step.wayOn()).itemKind());
        case "duplicate item" -> {
          String kind = setup.itemPools().keySet().stream().sorted().findFirst().orElse("item");
          declares.put(kind, List.of("twice", "twice"));
        }
        case "unknown item kind" -> declares.put("bogus-kind", List.of("x"));
        default -> throw new IllegalStateException(fault);
      }
    }
    CompleteStep.Builder b = CompleteStep.of(desk.nextCommand(), item.instance(), item.id(),
        PersonId.of(person)).outcome(outcome);
    documents.forEach(t -> b.document(DocumentInput.of(t, t + ".txt", "content of " + t)));
    declares.forEach(b::declares);
    return new Completion(b.build(), at, Optional.ofNullable(outcome), documents, declares, fault);
  }

  private record Completion(CompleteStep command, Position at, Optional<String> outcome,
      List<String> documents, Map<String, List<String>> declares, String fault) {}

  private void complete(WorkItem item, ReferenceModel model, Completion c) {
    Set<String> problems = model.problemsOfCompletion(c.at(), c.command().by().value(), c.outcome(),
        c.documents(), c.declares(), today());
    CommandResult r = desk.engine.complete(c.command());
    note(item.instance() + ": complete " + c.at() + " by " + c.command().by().value()
        + c.outcome().map(o -> " '" + o + "'").orElse("") + " docs=" + c.documents()
        + (c.declares().isEmpty() ? "" : " declares=" + c.declares())
        + (c.fault().isEmpty() ? "" : " [" + c.fault() + "]") + " -> " + brief(r));
    verdict(item.instance(), problems, r);
    if (r.accepted()) {
      model.complete(c.at(), c.outcome(), c.documents(), c.declares());
      checkOpened(item.instance(), model, r);
      completedItems.add(item);
      lastAccepted = c.command();
      completed.merge(c.at().step() + c.outcome().map(o -> " " + o).orElse(""), 1, Integer::sum);
    }
    check(item.instance());
  }

  /** Drives every live instance to its end with plain, valid completions and time. */
  private void finish() {
    for (int round = 0; round < 2000 && !live.isEmpty(); round++) {
      Optional<WorkItem> next = openItems().stream().filter(w -> {
        ReferenceModel m = live.get(w.instance());
        return m.problemsOfCompletion(position(w), holderOf.get(w.role()), Optional.ofNullable(
            w.outcomes().isEmpty() ? null : w.outcomes().get(0)), w.needs(), Map.of(), today())
            .stream().allMatch(p -> p.equals("InvalidInput"));
      }).findFirst();
      if (next.isEmpty()) {
        advance(20);
      } else {
        complete(next.get(), live.get(next.get().instance()),
            command(next.get(), live.get(next.get().instance()), false, true));
      }
    }
    if (!live.isEmpty()) {
      fail(live.keySet().iterator().next(), "the instance did not reach its end");
    }
  }

  // ---------------------------------------------------------------- checks

  private void checkAll() {
    check(Set.copyOf(live.keySet()));
  }

  private void check(InstanceId touched) {
    check(Set.of(touched));
  }

  /**
   * Checks every live instance's work list against its model (so that a command on one instance is
   * seen to leave the others alone), and the instances a command touched in full: the instance
   * view's open steps, completions and status, and the history's hash chain.
   */
  private void check(Set<InstanceId> touched) {
    Map<InstanceId, List<Position>> listed = new java.util.HashMap<>();
    for (WorkItem w : desk.engine.workList(WorkQuery.all().process(setup.engineDefinition().key())
        .limit(10_000))) {
      listed.computeIfAbsent(w.instance(), i -> new ArrayList<>()).add(position(w));
    }
    for (InstanceId id : List.copyOf(live.keySet())) {
      ReferenceModel model = live.get(id);
      List<Position> onTheList = listed.getOrDefault(id, List.of()).stream()
          .sorted(ReferenceModel.ORDER).toList();
      if (!onTheList.equals(model.open())) {
        fail(id, "the work list differs\n  work list: " + onTheList + "\n  model:     " + model.open());
      }
      if (!touched.contains(id)) {
        continue;
      }
      InstanceView view = desk.engine.instance(id).orElseThrow(() -> fail(id, "no such instance"));
      views.put(id, view);
      List<Position> engineOpen = view.open().stream().map(ModelWalk::position)
          .sorted(ReferenceModel.ORDER).toList();
      if (!engineOpen.equals(model.open())) {
        fail(id, "open steps differ\n  engine: " + engineOpen + "\n  model:  " + model.open());
      }
      if (!view.completions().equals(model.completions())) {
        fail(id, "completions differ\n  engine: " + new java.util.TreeMap<>(view.completions())
            + "\n  model:  " + new java.util.TreeMap<>(model.completions()));
      }
      InstanceStatus expected = model.running() ? InstanceStatus.RUNNING : InstanceStatus.COMPLETED;
      if (view.status() != expected) {
        fail(id, "status differs: engine " + view.status() + ", model " + expected);
      }
      if (!desk.engine.verify(id).isIntact()) {
        fail(id, "the history does not verify: " + desk.engine.verify(id));
      }
      if (!model.running()) {
        live.remove(id);
        views.remove(id);
        ended.add(id);
      }
    }
    listed.keySet().stream().filter(id -> !live.containsKey(id)).findFirst().ifPresent(id ->
        fail(id, "an instance that has ended still has work on the list: " + listed.get(id)));
  }


  /** The engine accepts exactly when the model finds no problem, and rejects for one it found. */
  private void verdict(InstanceId id, Set<String> problems, CommandResult r) {
    verdicts.merge(r instanceof CommandResult.Rejected x ? x.rejection().code() : "accepted", 1,
        Integer::sum);
    if (problems.isEmpty() && !r.accepted()) {
      fail(id, "the model expects the command to be accepted, the engine says " + r);
    }
    if (!problems.isEmpty() && r instanceof CommandResult.Rejected rejected
        && !problems.contains(rejected.rejection().code())) {
      fail(id, "rejected for " + rejected.rejection().code() + ", the model expects one of " + problems);
    }
    if (!problems.isEmpty() && r.accepted()) {
      fail(id, "the model expects a rejection (" + problems + "), the engine accepted");
    }
  }

  private void checkOpened(InstanceId id, ReferenceModel model, CommandResult r) {
    List<Position> opened = ((CommandResult.Accepted) r).opened().stream().map(ModelWalk::position)
        .sorted(ReferenceModel.ORDER).toList();
    if (!opened.equals(model.openedByLastCommand())) {
      fail(id, "the command opened other work\n  engine: " + opened + "\n  model:  "
          + model.openedByLastCommand());
    }
  }

  private AssertionError fail(InstanceId id, String what) {
    throw failure(id, what, null);
  }

  private AssertionError failure(InstanceId id, String what, Throwable cause) {
    StringBuilder message = new StringBuilder("The engine and the reference model disagree (seed ")
        .append(seed).append(", process ").append(setup.engineDefinition().key());
    if (id != null) {
      message.append(", instance ").append(id);
    }
    message.append(", after command ").append(path.size()).append("): ").append(what)
        .append("\nThe walk (seed ").append(seed).append("):");
    for (int i = 0; i < path.size(); i++) {
      message.append("\n  ").append(i + 1).append(". ").append(path.get(i));
    }
    return new AssertionError(message.toString(), cause);
  }


  // ---------------------------------------------------------------- helpers

  /**
   * A short random term beginning this month: two to six monthly periods, reports due ten days
   * after each, and a renewal date anywhere from before the start to after the end.
   */
  public static Term term(Random random, LocalDate today) {
    LocalDate start = today.withDayOfMonth(1);
    LocalDate end = start.plusMonths(2 + random.nextInt(5));
    LocalDate renewal = start.minusDays(20).plusDays(random.nextInt(
        (int) java.time.temporal.ChronoUnit.DAYS.between(start, end) + 30));
    return new Term(start, end, java.time.Period.ofMonths(1), 10, renewal);
  }

  private void note(String command) {
    path.add(command);
  }

  /** The open work of the live instances, as the engine showed it at the last check. */
  private List<WorkItem> openItems() {
    List<WorkItem> open = new ArrayList<>();
    for (InstanceId id : live.keySet()) {
      open.addAll(views.get(id).open());
    }
    return open;
  }

  private InstanceId randomLive() {
    List<InstanceId> ids = List.copyOf(live.keySet());
    return ids.get(random.nextInt(ids.size()));
  }

  private String randomPerson() {
    List<String> people = new ArrayList<>(holderOf.values());
    people.add(NOBODY);
    return people.get(random.nextInt(people.size()));
  }

  private String randomOtherPerson(String not) {
    List<String> people = new ArrayList<>(holderOf.values());
    people.add(NOBODY);
    people.remove(not);
    return people.get(random.nextInt(people.size()));
  }

  /** A random list of distinct items of a kind: {@code size} of them, or a random number if -1. */
  private List<String> pick(String kind, int size) {
    List<String> pool = new ArrayList<>(setup.itemPools().get(kind));
    Collections.shuffle(pool, random);
    return List.copyOf(pool.subList(0, size >= 0 ? Math.min(size, pool.size())
        : random.nextInt(pool.size() + 1)));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(desk.clock.instant(), desk.clock.getZone());
  }

  private static Position position(WorkItem w) {
    return new Position(w.step(), w.subjects(), w.period());
  }

  private static String brief(CommandResult r) {
    return r instanceof CommandResult.Rejected rejected ? "rejected " + rejected.rejection().code()
        : "accepted";
  }
}
