package nl.levman.walk;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import nl.levman.api.HistoryEntry;
import nl.levman.api.InstanceView;
import nl.levman.api.RaiseStep;
import nl.levman.api.StartProcess;
import nl.levman.api.WorkItem;
import nl.levman.api.WorkQuery;
import nl.levman.fixtures.Desk;
import nl.levman.model.Event;
import nl.levman.model.FlowRejection;
import nl.levman.model.InputRejection;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceStatus;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Rejection;
import nl.levman.model.Role;
import nl.levman.model.Scope;
import nl.levman.model.Step;
import nl.levman.model.Subject;
import nl.levman.model.Target;
import nl.levman.model.Term;
import nl.levman.model.WayOn;
import nl.levman.model.WorkItemId;
import nl.levman.spi.Notification;
import nl.levman.walk.ReferenceModel.Input;
import nl.levman.walk.ReferenceModel.Position;

/**
 * A seeded random walk of the engine beside the {@link ReferenceModel}: instances are started
 * (some starts with a deliberate fault: a bad or taken id, a missing subject, flag or term), random
 * open work is completed by random people (mostly holders of one of the step's roles) with random
 * outcomes, documents, fields and item lists and valid domain content ({@link DomainInputs}; some
 * commands with one or two deliberate faults), steps are raised, accepted commands are repeated,
 * stale work items are completed again, and time moves on. After every command the engine must
 * agree with the model: the accepted or rejected verdict (rejected for the reason the model finds
 * first, naming the same missing subject or document), the work items the command opened, and for
 * the instance it touched (every instance when time moves on) the open steps of the instance view
 * (with their version, outcomes, documents and due date), the completions, the status and the
 * signals the ways on raised (as published, and as recorded once the instance ends), the forks and
 * joined branches the history records (once it ends) and, now and then and at the end, an intact
 * hash chain; the work list must show each live instance's open steps; a rejected or repeated
 * command must publish and record nothing. At the end every instance is driven to its end.
 *
 * <p>Only the public API is used: {@code Levman.builder()} (through {@link Desk}), {@code start},
 * {@code complete}, {@code raise}, {@code instance}, {@code workList}, {@code history}, {@code
 * verify} and {@code runDue}, the notifications of a recording publisher and the number of events
 * the in-memory store holds. A disagreement is an {@link AssertionError} that names the seed and
 * lists every command of the walk so far.
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
   * ("accepted" for accepted commands), the gate outcomes and steps completed, and the signals
   * the ways on raised and the triggers behaviours pulled.
   */
  public record Report(int ended, Map<String, Integer> verdicts, Map<String, Integer> completed,
      Map<String, Integer> signals) {
    public Report plus(Report other) {
      return new Report(ended + other.ended, sum(verdicts, other.verdicts),
          sum(completed, other.completed), sum(signals, other.signals));
    }

    private static Map<String, Integer> sum(Map<String, Integer> a, Map<String, Integer> b) {
      Map<String, Integer> s = new TreeMap<>(a);
      b.forEach((k, n) -> s.merge(k, n, Integer::sum));
      return s;
    }

    public static Report none() {
      return new Report(0, Map.of(), Map.of(), Map.of());
    }

    /**
     * What the walks did not reach: a manual step never completed (by each of its roles, where it
     * has further ones), a gate outcome never chosen, a kind of rejection the process admits never
     * met, a signal its ways on declare never raised, a trigger its steps are raised on never
     * pulled.
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
        if (!step.alternates().isEmpty()) {
          step.roles().stream().map(r -> step.number() + " by " + r.code())
              .filter(k -> !completed.containsKey(k)).forEach(k -> missing.add("step " + k));
        }
      }
      boolean cycles = d.steps().stream().anyMatch(s -> s.wayOn() instanceof WayOn.Cycle);
      boolean fansOut = d.steps().stream().anyMatch(s -> s.wayOn() instanceof WayOn.ForEach);
      List<String> codes = new ArrayList<>(List.of("accepted", "InstanceIdInvalid",
          "InstanceExists", "InstanceFinished", "RoleNotHeld", "UnknownOutcome", "OutcomeMissing",
          "UnknownField", "UnknownDocumentType", "UnknownItemKind", "StepNotOpen", "NotRaisable"));
      if (!d.about().isEmpty()) {
        codes.add("SubjectMissing");
      }
      if (!d.flags().isEmpty()) {
        codes.add("FlagMissing");
      }
      if (!d.itemKinds().isEmpty()) {
        codes.add("ItemListInvalid");
      }
      if (fansOut) {
        codes.add("ItemListMissing");
      }
      if (!d.raisableSteps().isEmpty()) {
        codes.add("ReasonMissing");
      }
      if (d.steps().stream().anyMatch(s -> !ReferenceModel.documentsFor(s).isEmpty())) {
        codes.add("DocumentMissing");
      }
      if (d.steps().stream().anyMatch(s -> s.behaviour().map(b -> !b.reads().isEmpty()).orElse(false))) {
        codes.add("DocumentUnreadable");
      }
      if (cycles) {
        codes.add("NotYetDue");
        codes.add("TermMissing");
      }
      codes.stream().filter(c -> !verdicts.containsKey(c)).forEach(c -> missing.add("verdict " + c));
      List<String> expected = new ArrayList<>();
      for (Step s : d.steps()) {
        if (s.wayOn() instanceof WayOn.Cycle c) {
          expected.add("term-end");
          c.overdueSignal().ifPresent(expected::add);
        } else if (s.wayOn() instanceof WayOn.ForEach f) {
          f.overdueSignal().ifPresent(expected::add);
        } else if (s.wayOn() instanceof WayOn.Link) {
          expected.add("link-unregistered");
        }
        s.raisedOn().forEach(t -> expected.add("trigger " + t));
      }
      expected.stream().filter(s -> !signals.containsKey(s)).forEach(s -> missing.add("signal " + s));
      return missing;
    }
  }

  private static final String NOBODY = "nobody";
  private static final List<String> LISTS = List.of("duplicate item", "blank item",
      "unknown item kind");
  private static final int LIVE = 2;

  private final Setup setup;
  private final long seed;
  private final Random random;
  private final Desk desk;
  private final Set<String> signalNames;
  private final Map<String, String> holderOf = new LinkedHashMap<>();
  private final Map<InstanceId, ReferenceModel> live = new LinkedHashMap<>();
  private final Map<InstanceId, InstanceView> views = new java.util.HashMap<>();
  private final Map<InstanceId, List<String>> signalsOf = new LinkedHashMap<>();
  private final Map<InstanceId, Integer> recordedAt = new java.util.HashMap<>();
  private final List<InstanceId> ended = new ArrayList<>();
  private final List<String> path = new ArrayList<>();
  private final List<WorkItem> completedItems = new ArrayList<>();
  private final Map<String, Integer> verdicts = new TreeMap<>();
  private final Map<String, Integer> completed = new TreeMap<>();
  private final Map<String, Integer> triggers = new TreeMap<>();
  private Object lastAccepted;
  private java.util.function.BiConsumer<Desk, InstanceId> afterAccepted = (d, id) -> {};
  private int instances;
  private int notificationsRead;
  private int checks;

  private ModelWalk(Setup setup, long seed) {
    this.setup = setup;
    this.seed = seed;
    this.random = new Random(seed);
    this.desk = new Desk(setup.engineDefinition());
    this.signalNames = new HashSet<>(ReferenceModel.signalNames(setup.engineDefinition()));
    signalNames.addAll(ReferenceModel.signalNames(setup.modelDefinition()));
    for (Role role : setup.engineDefinition().roles().stream()
        .sorted(java.util.Comparator.comparing(Role::code)).toList()) {
      String person = "p-" + role.code().toLowerCase();
      holderOf.put(role.code(), person);
      desk.directory.grant(person, role.code(), Scope.organisation());
    }
  }

  /**
   * Walks {@code moves} random moves from {@code seed}, then finishes every instance; reports what
   * the walk did.
   */
  public static Report walk(Setup setup, long seed, int moves) {
    return walk(setup, seed, moves, (desk, id) -> {});
  }

  /** A walk that also runs a check of its own on the instance after every accepted command. */
  public static Report walk(Setup setup, long seed, int moves,
      java.util.function.BiConsumer<Desk, InstanceId> afterAccepted) {
    ModelWalk walk = new ModelWalk(setup, seed);
    walk.afterAccepted = afterAccepted;
    walk.run(moves);
    Map<String, Integer> signals = new TreeMap<>(walk.triggers);
    walk.signalsOf.values().forEach(list -> list.forEach(s ->
        signals.merge(s.split(" ", 2)[0], 1, Integer::sum)));
    return new Report(walk.ended.size(), walk.verdicts, walk.completed, signals);
  }

  /** Who starts an instance: the holder of its start step's role (the directory grants it). */
  private PersonId starter(ProcessDefinition d) {
    return PersonId.of(d.startStep().role().map(r -> holderOf.get(r.code()))
        .orElseGet(() -> holderOf.values().iterator().next()));
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
    ProcessContext context = ownContract(setup.context().apply(random, today()), id);
    desk.kit.register(context);
    if (random.nextInt(3) > 0) {
      startBadly(d, id, context);
    }
    CommandResult r = send(() -> desk.engine.start(new StartProcess(desk.nextCommand(), id, d.key(),
        starter(d), context)));
    note("start " + id + " flags=" + context.flags() + context.term().map(t -> " term=" + t.start()
        + ".." + t.end() + " renewal " + t.renewalDue()).orElse("") + " -> " + brief(r));
    verdict(id, ReferenceModel.problemsOfStart(d, id.value(), context, false), r);
    ReferenceModel model = ReferenceModel.start(d, context, desk.clock.getZone(), this::holds,
        key -> key.equals(setup.engineDefinition().key()));
    live.put(id, model);
    checkOpened(id, model, r);
    lastAccepted = null;
    checkAll();
  }

  /** A start with one deliberate fault, which must be rejected and leave nothing behind. */
  private void startBadly(ProcessDefinition d, InstanceId id, ProcessContext context) {
    List<String> faults = new ArrayList<>(List.of("bad id"));
    List<InstanceId> taken = new ArrayList<>(ended);
    taken.addAll(live.keySet());
    if (!taken.isEmpty()) {
      faults.add("taken id");
    }
    if (!d.about().isEmpty()) {
      faults.add("no subject");
    }
    if (!d.flags().isEmpty()) {
      faults.add("no flags");
    }
    if (context.term().isPresent()) {
      faults.add("no term");
    }
    String fault = faults.get(random.nextInt(faults.size()));
    String instance = id.value();
    ProcessContext c = context;
    switch (fault) {
      case "bad id" -> instance = List.of(" " + instance, "-" + instance, instance + "/x",
          instance + " x", instance + "é", "x".repeat(81)).get(random.nextInt(6));
      case "taken id" -> instance = taken.get(random.nextInt(taken.size())).value();
      case "no subject" -> {
        List<Subject> about = d.about().stream().sorted().toList();
        Set<Subject> drop = new HashSet<>();
        drop.add(about.get(random.nextInt(about.size())));
        about.stream().filter(s -> random.nextInt(3) == 0).forEach(drop::add);
        c = new ProcessContext(drop.contains(Subject.SUPPLIER) ? Optional.empty() : c.supplier(),
            drop.contains(Subject.CONTRACT) ? Optional.empty() : c.contract(),
            drop.contains(Subject.SERVICE) ? Optional.empty() : c.service(),
            random.nextInt(3) == 0 ? Map.of() : c.flags(), c.people(), c.term(), c.attributes());
      }
      case "no flags" -> c = new ProcessContext(c.supplier(), c.contract(), c.service(), Map.of(),
          c.people(), c.term(), c.attributes());
      case "no term" -> c = new ProcessContext(c.supplier(), c.contract(), c.service(), c.flags(),
          c.people(), Optional.empty(), c.attributes());
      default -> throw new IllegalStateException(fault);
    }
    boolean exists = fault.equals("taken id");
    InstanceId target = InstanceId.of(instance);
    int before = recorded(target);
    ProcessContext given = c;
    CommandResult r = send(() -> desk.engine.start(new StartProcess(desk.nextCommand(), target,
        d.key(), starter(d), given)));
    note("start '" + instance + "' [" + fault + "] supplier=" + c.supplier().orElse("-")
        + " contract=" + c.contract().orElse("-") + " service=" + c.service().orElse("-")
        + " flags=" + c.flags() + " term=" + c.term().isPresent() + " -> " + brief(r));
    verdict(id, ReferenceModel.problemsOfStart(d, instance, c, exists), r);
    if (recorded(target) != before) {
      fail(id, "a rejected start changed the history of '" + instance + "'");
    }
  }

  private void advance(int days) {
    desk.advance(Duration.ofDays(days));
    note("advance " + days + " days to " + today());
    live.values().forEach(m -> m.timePasses(desk.clock.instant()));
    checkAll();
  }

  private void raise() {
    if (!ended.isEmpty() && random.nextInt(10) == 0) {
      InstanceId id = ended.get(random.nextInt(ended.size()));
      CommandResult r = send(() -> desk.engine.raise(new RaiseStep(desk.nextCommand(), id, 1,
          PersonId.of(randomPerson()), "a change")));
      note(id + ": raise 1 in the ended instance -> " + brief(r));
      verdict(id, List.of("InstanceFinished"), r);
      return;
    }
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
    List<String> problems = model.problemsOfRaise(step, person, reason);
    CommandResult r = send(() -> desk.engine.raise(command));
    note(id + ": raise " + step + " by " + person + " reason '" + reason + "' -> " + brief(r));
    verdict(id, problems, r);
    if (r.accepted()) {
      model.raise(step);
      checkOpened(id, model, r);
      lastAccepted = command;
    }
    checkAfter(id, r);
  }

  private void repeatLastAccepted() {
    CommandResult r = send(() -> lastAccepted instanceof CompleteStep c ? desk.engine.complete(c)
        : desk.engine.raise((RaiseStep) lastAccepted));
    note("repeat the last accepted command -> " + brief(r));
    if (!(r instanceof CommandResult.Accepted a) || !a.repeated()) {
      fail(null, "a repeated command id must return the first result, marked repeated: " + r);
    }
    checkUnchanged(Set.copyOf(live.keySet()));
  }

  private void completeStale() {
    WorkItem item = completedItems.get(random.nextInt(completedItems.size()));
    ReferenceModel model = live.get(item.instance());
    CompleteStep command = CompleteStep.of(desk.nextCommand(), item.instance(), item.id(),
        PersonId.of(holderOf.get(item.role()))).outcome(item.outcomes().isEmpty() ? null
        : item.outcomes().get(0)).build();
    CommandResult r = send(() -> desk.engine.complete(command));
    note(item.instance() + ": complete the already completed " + position(item) + " again -> "
        + brief(r));
    verdict(item.instance(), List.of(model == null ? "InstanceFinished" : "StepNotOpen"), r);
    checkAfter(item.instance(), r);
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
    List<Role> roles = step.roles();
    String person = plain || random.nextInt(12) > 0
        ? holderOf.get(roles.get(plain ? 0 : random.nextInt(roles.size())).code())
        : randomPerson();
    List<String> outcomes = step.outcomes();
    String outcome = outcomes.isEmpty() ? null
        : outcomes.get(plain ? 0 : random.nextInt(outcomes.size()));
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
    List<String> mitigationActions = declares.getOrDefault("mitigation-action",
        model.list("mitigation-action", at.subjects()).orElse(List.of()));
    DomainInputs.Content content = DomainInputs.of(desk, step, item,
        views.get(item.instance()).context(), random, plain, mitigationActions, today());
    List<DocumentInput> documents = new ArrayList<>(content.documents());
    Map<String, String> fields = new LinkedHashMap<>(content.fields());
    for (var needed : step.needs()) {
      if (documents.stream().noneMatch(t -> t.type().equals(needed.code()))
          && (!model.seen(needed.code()) || (!plain && random.nextInt(3) == 0))) {
        documents.add(DomainInputs.filler(needed.code()));
      }
    }
    if (!plain && random.nextInt(10) == 0) {
      List<String> others = d.documents().stream().map(t -> t.code())
          .filter(t -> documents.stream().noneMatch(p -> p.type().equals(t))).sorted().toList();
      if (!others.isEmpty()) {
        documents.add(DomainInputs.filler(others.get(random.nextInt(others.size()))));
      }
    }
    List<String> reads = step.behaviour().map(b -> b.reads().stream().map(t -> t.code()).toList())
        .orElse(List.of());
    List<String> mayMiss = documents.stream().map(DocumentInput::type)
        .filter(t -> ReferenceModel.documentsFor(step).contains(t)
            && (!model.seen(t) || !step.needs().stream().anyMatch(n -> n.code().equals(t))))
        .toList();
    List<String> specific = new ArrayList<>();
    if (!mayMiss.isEmpty()) {
      specific.add("missing document");
    }
    if (step.wayOn() instanceof WayOn.ForEach fe && model.list(fe.itemKind(), at.subjects()).isEmpty()) {
      specific.add("missing list");
    }
    if (documents.stream().anyMatch(t -> reads.contains(t.type()))) {
      specific.add("unreadable document");
    }
    List<String> chosen = new ArrayList<>();
    if (!plain && !specific.isEmpty() && random.nextInt(6) == 0) {
      chosen.add(specific.get(random.nextInt(specific.size())));
    } else if (withFault) {
      List<String> faults = new ArrayList<>(List.of("wrong person", "unknown outcome",
          "unknown document", "duplicate item", "blank item", "unknown item kind", "unknown field"));
      if (!outcomes.isEmpty()) {
        faults.add("no outcome");
      }
      faults.addAll(specific);
      chosen.add(faults.remove(random.nextInt(faults.size())));
      if (random.nextInt(3) == 0) {
        // a second fault, to see which check comes first; never a second faulty item list, as
        // the engine's order among the declared lists is not specified
        if (LISTS.contains(chosen.get(0))) {
          faults.removeAll(LISTS);
        }
        chosen.add(faults.get(random.nextInt(faults.size())));
      }
    }
    Set<String> unreadable = new HashSet<>();
    for (String fault : chosen) {
      switch (fault) {
        case "wrong person" -> person = randomOtherPerson(person);
        case "unknown outcome" -> outcome = "misschien";
        case "no outcome" -> outcome = null;
        case "unknown document" -> documents.add(DocumentInput.of("bogus", "bogus.txt", "?"));
        case "missing document" -> {
          String missing = mayMiss.get(random.nextInt(mayMiss.size()));
          documents.removeIf(t -> t.type().equals(missing));
        }
        case "unreadable document" -> {
          List<String> read = documents.stream().map(DocumentInput::type).filter(reads::contains)
              .toList();
          if (!read.isEmpty()) {
            String type = read.get(random.nextInt(read.size()));
            documents.replaceAll(t -> t.type().equals(type) ? DomainInputs.unreadable(type) : t);
            unreadable.add(type);
          }
        }
        case "missing list" -> declares.remove(((WayOn.ForEach) step.wayOn()).itemKind());
        case "duplicate item", "blank item" -> {
          String kind = setup.itemPools().keySet().stream().sorted().findFirst().orElse("item");
          declares.put(kind, fault.equals("blank item") ? List.of("x", " ") : List.of("twice", "twice"));
        }
        case "unknown item kind" -> declares.put("bogus-kind", List.of("x"));
        case "unknown field" -> fields.put("colour", "red");
        default -> throw new IllegalStateException(fault);
      }
    }
    unreadable.removeIf(t -> documents.stream().noneMatch(p -> p.type().equals(t)));
    String fault = String.join(", ", chosen);
    CompleteStep.Builder b = CompleteStep.of(desk.nextCommand(), item.instance(), item.id(),
        PersonId.of(person)).outcome(outcome);
    documents.forEach(b::document);
    declares.forEach(b::declares);
    fields.forEach(b::field);
    Input input = new Input(person, Optional.ofNullable(outcome),
        documents.stream().map(DocumentInput::type).toList(), unreadable, fields.keySet(), declares);
    return new Completion(b.build(), at, input, content.effects(), fault);
  }

  private record Completion(CompleteStep command, Position at, Input input,
      ReferenceModel.Effects effects, String fault) {}

  private void complete(WorkItem item, ReferenceModel model, Completion c) {
    List<String> problems = model.problemsOfCompletion(c.at(), c.input(), today());
    CommandResult r = send(() -> desk.engine.complete(c.command()));
    Input in = c.input();
    note(item.instance() + ": complete " + c.at() + " by " + in.person()
        + in.outcome().map(o -> " '" + o + "'").orElse("") + " docs=" + in.documents()
        + (in.fields().isEmpty() ? "" : " fields=" + new java.util.TreeSet<>(in.fields()))
        + (in.declares().isEmpty() ? "" : " declares=" + in.declares())
        + (c.effects().triggers().isEmpty() ? "" : " triggers=" + c.effects().triggers())
        + (c.effects().itemsDue().isEmpty() ? "" : " due=" + c.effects().itemsDue())
        + (c.fault().isEmpty() ? "" : " [" + c.fault() + "]") + " -> " + brief(r));
    verdict(item.instance(), problems, r);
    if (r.accepted()) {
      model.complete(c.at(), in, c.effects());
      checkOpened(item.instance(), model, r);
      completedItems.add(item);
      lastAccepted = c.command();
      completed.merge(c.at().step() + in.outcome().map(o -> " " + o).orElse(""), 1, Integer::sum);
      Step step = model.definition().step(c.at().step());
      if (!step.alternates().isEmpty()) {
        step.roles().stream().filter(role -> holds(in.person(), role.code())).forEach(role ->
            completed.merge(step.number() + " by " + role.code(), 1, Integer::sum));
      }
      c.effects().triggers().forEach(t -> triggers.merge("trigger " + t, 1, Integer::sum));
    }
    checkAfter(item.instance(), r);
  }

  /** Drives every live instance to its end with plain, valid completions and time. */
  private void finish() {
    for (int round = 0; round < 2000 && !live.isEmpty(); round++) {
      boolean done = false;
      for (WorkItem w : openItems()) {
        ReferenceModel m = live.get(w.instance());
        if (!m.due(position(w), today())) {
          continue;
        }
        Completion c = command(w, m, false, true);
        if (m.problemsOfCompletion(c.at(), c.input(), today()).isEmpty()) {
          complete(w, m, c);
          done = true;
          break;
        }
      }
      if (!done) {
        advance(20);
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

  /**
   * After a command on one instance: in full if it was accepted; if it was rejected, the history
   * must have stayed as it was (so the instance view of the last check still holds).
   */
  private void checkAfter(InstanceId touched, CommandResult r) {
    if (r.accepted()) {
      afterAccepted.accept(desk, touched);
      check(Set.of(touched));
    } else {
      checkUnchanged(live.containsKey(touched) ? Set.of(touched) : Set.of());
    }
  }

  /** Nothing was recorded in these instances since their last check; every work list holds. */
  private void checkUnchanged(Set<InstanceId> instances) {
    for (InstanceId id : instances) {
      if (recorded(id) != recordedAt.get(id)) {
        fail(id, "the history changed from " + recordedAt.get(id) + " to " + recorded(id)
            + " events, by a command that changed nothing");
      }
    }
    check(Set.of());
  }

  /** How many events the store holds for the instance (read raw, not replayed). */
  private int recorded(InstanceId id) {
    return desk.store.events(id).size();
  }

  /**
   * Checks every live instance's work list against its model (so that a command on one instance is
   * seen to leave the others alone), and the instances a command touched in full: the instance
   * view's open steps (and what each shows), completions and status, the signals the ways on
   * raised, and the history's hash chain.
   */
  private void check(Set<InstanceId> touched) {
    readNotifications();
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
      recordedAt.put(id, recorded(id));
      if (view.events() != recordedAt.get(id)) {
        fail(id, "the view counts " + view.events() + " events, the store holds " + recordedAt.get(id));
      }
      List<Position> engineOpen = view.open().stream().map(ModelWalk::position)
          .sorted(ReferenceModel.ORDER).toList();
      if (!engineOpen.equals(model.open())) {
        fail(id, "open steps differ\n  engine: " + engineOpen + "\n  model:  " + model.open());
      }
      view.open().forEach(w -> checkItem(id, model, w));
      if (!view.completions().equals(model.completions())) {
        fail(id, "completions differ\n  engine: " + new TreeMap<>(view.completions())
            + "\n  model:  " + new TreeMap<>(model.completions()));
      }
      InstanceStatus expected = model.running() ? InstanceStatus.RUNNING : InstanceStatus.COMPLETED;
      if (view.status() != expected) {
        fail(id, "status differs: engine " + view.status() + ", model " + expected);
      }
      List<String> signals = signalsOf.getOrDefault(id, List.of()).stream().sorted().toList();
      if (!signals.equals(model.signals())) {
        fail(id, "signals differ\n  published: " + signals + "\n  model:     " + model.signals());
      }
      if (!model.running()) {
        List<HistoryEntry> history = desk.engine.history(id);
        if (!signalsIn(history).equals(signals)) {
          fail(id, "the history's signals differ from the published ones\n  history:   "
              + signalsIn(history) + "\n  published: " + signals);
        }
        if (!forkRecordsIn(history).equals(model.forkRecords())) {
          fail(id, "the forks in the history differ\n  history: " + forkRecordsIn(history)
              + "\n  model:   " + model.forkRecords());
        }
      }
      if ((!model.running() || ++checks % 10 == 0) && !desk.engine.verify(id).isIntact()) {
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

  /** An open work item shows the definition's version, its outcomes, documents and due date. */
  private void checkItem(InstanceId id, ReferenceModel model, WorkItem w) {
    ProcessDefinition d = model.definition();
    Step step = d.step(w.step());
    if (w.definitionVersion() != d.version() || !w.processKey().equals(d.key())
        || !w.role().equals(step.role().orElseThrow().code())
        || !w.outcomes().equals(step.outcomes())
        || !Set.copyOf(w.needs()).equals(Set.copyOf(ReferenceModel.documentsFor(step)))
        || !w.due().equals(model.dueAt(position(w)))) {
      fail(id, "the work item at " + position(w) + " shows " + w.processKey() + " v"
          + w.definitionVersion() + ", role " + w.role() + ", outcomes " + w.outcomes()
          + ", documents " + w.needs() + ", due " + w.due() + "; the model expects v" + d.version()
          + ", role " + step.role().orElseThrow().code() + ", outcomes " + step.outcomes()
          + ", documents " + ReferenceModel.documentsFor(step) + ", due " + model.dueAt(position(w)));
    }
  }

  /** Collects the signals of the ways on that the engine published since the last look. */
  private void readNotifications() {
    List<Notification> all = desk.published.received();
    for (Notification n : all.subList(notificationsRead, all.size())) {
      if (signalNames.contains(n.kind())) {
        Map<String, String> details = new TreeMap<>(n.details());
        details.remove("sequence");
        details.remove("delivery");
        signalsOf.computeIfAbsent(n.instance(), i -> new ArrayList<>())
            .add(ReferenceModel.signal(n.kind(), details));
      }
    }
    notificationsRead = all.size();
  }

  /** The signals of the ways on in a history, as the model writes them, sorted. */
  private List<String> signalsIn(List<HistoryEntry> history) {
    List<String> signals = new ArrayList<>();
    for (HistoryEntry e : history) {
      if (e.event() instanceof Event.SignalRaised s && signalNames.contains(s.signal())) {
        signals.add(ReferenceModel.signal(s.signal(), s.details()));
      }
    }
    Collections.sort(signals);
    return signals;
  }

  /** The forks and joined branches in a history, as the model writes them, sorted. */
  private static List<String> forkRecordsIn(List<HistoryEntry> history) {
    List<String> records = new ArrayList<>();
    Map<WorkItemId, String> forkOf = new java.util.HashMap<>();
    Map<WorkItemId, String> itemOf = new java.util.HashMap<>();
    for (HistoryEntry e : history) {
      if (e.event() instanceof Event.Forked f) {
        String record = ReferenceModel.forked(new Position(f.step(), f.subjects(), f.period()),
            f.itemKind(), f.items());
        records.add(record);
        for (int i = 0; i < f.branches().size(); i++) {
          forkOf.put(f.branches().get(i), record);
          itemOf.put(f.branches().get(i), f.items().get(i));
        }
      } else if (e.event() instanceof Event.BranchJoined j) {
        records.add(ReferenceModel.joined(forkOf.get(j.branch()), itemOf.get(j.branch()),
            j.leftFor().map(t -> t instanceof Target.ToStep s ? s.number() : 0)));
      }
    }
    Collections.sort(records);
    return records;
  }

  /**
   * Sends a command to the engine; a command that is rejected, or repeated, must not publish
   * anything.
   */
  private CommandResult send(java.util.function.Supplier<CommandResult> command) {
    int before = desk.published.received().size();
    CommandResult r = command.get();
    boolean repeated = r instanceof CommandResult.Accepted a && a.repeated();
    List<Notification> after = desk.published.received();
    if ((!r.accepted() || repeated) && after.size() != before) {
      fail(null, "a " + (repeated ? "repeated" : "rejected") + " command published "
          + after.subList(before, after.size()));
    }
    return r;
  }

  /**
   * The engine accepts exactly when the model finds no problem, and rejects for the first problem
   * the model found (the order in which the engine checks), naming the same missing subject or
   * document.
   */
  private void verdict(InstanceId id, List<String> problems, CommandResult r) {
    Optional<String> rejected = r instanceof CommandResult.Rejected x
        ? Optional.of(x.rejection().code()) : Optional.empty();
    verdicts.merge(rejected.orElse("accepted"), 1, Integer::sum);
    if (problems.isEmpty() && !r.accepted()) {
      fail(id, "the model expects the command to be accepted, the engine says " + r);
    }
    if (!problems.isEmpty() && r.accepted()) {
      fail(id, "the model expects a rejection (" + problems + "), the engine accepted");
    }
    if (rejected.isPresent()) {
      String named = named(((CommandResult.Rejected) r).rejection());
      if (!problems.get(0).equals(named)) {
        fail(id, "rejected for " + named + ", the model expects " + problems.get(0) + " first (of "
            + problems + ")");
      }
    }
  }

  /** A rejection as the model names it: its code, and which subject or document is missing. */
  private static String named(Rejection rejection) {
    if (rejection instanceof FlowRejection.SubjectMissing s) {
      return s.code() + ":" + s.subject().word();
    }
    if (rejection instanceof InputRejection.DocumentMissing d) {
      return d.code() + ":" + d.documentType();
    }
    return rejection.code();
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

  /**
   * The context with a contract of the instance's own: the fixtures' contract register holds one
   * SLA per contract, over the term of the instance that registered it.
   */
  private static ProcessContext ownContract(ProcessContext c, InstanceId id) {
    return c.contract().isEmpty() ? c : new ProcessContext(c.supplier(),
        Optional.of(c.contract().get() + "-" + id.value()), c.service(), c.flags(), c.people(),
        c.term(), c.attributes());
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
