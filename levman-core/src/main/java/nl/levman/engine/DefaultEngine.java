package nl.levman.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.api.CommandResult;
import nl.levman.api.Delivery;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import nl.levman.api.HistoryEntry;
import nl.levman.api.InstanceView;
import nl.levman.api.LevmanEngine;
import nl.levman.api.ProcessRegistry;
import nl.levman.api.RaiseStep;
import nl.levman.api.StartProcess;
import nl.levman.api.Verification;
import nl.levman.api.WorkItem;
import nl.levman.api.WorkQuery;
import nl.levman.behaviour.Decision;
import nl.levman.behaviour.Decoded;
import nl.levman.behaviour.Effect;
import nl.levman.behaviour.StepBehaviour;
import nl.levman.behaviour.StepContext;
import nl.levman.behaviour.StepInput;
import nl.levman.model.ArchivePlace;
import nl.levman.model.FlowRejection;
import nl.levman.model.Subject;
import nl.levman.model.CommandId;
import nl.levman.model.DocumentRecord;
import nl.levman.model.Event;
import nl.levman.model.EventTypes;
import nl.levman.model.InstanceId;
import nl.levman.model.LevmanException;
import nl.levman.model.OpenStep;
import nl.levman.model.ProcessContext;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Rejection;
import nl.levman.model.Step;
import nl.levman.model.WayOn;
import nl.levman.spi.ArchivedDocument;
import nl.levman.spi.CommitOutcome;
import nl.levman.spi.DocumentMetadata;
import nl.levman.spi.History;
import nl.levman.spi.InstanceChange;
import nl.levman.spi.InstanceSummary;
import nl.levman.spi.Jaarkalender;
import nl.levman.spi.RecordedEvent;
import nl.levman.spi.Timer;

/**
 * The engine: checks each command, routes the flow, records the events and their side effects,
 * commits, and delivers the side effects through the outbox.
 */
final class DefaultEngine implements LevmanEngine {
  private final EngineParts p;
  private final Views views;
  private final Evidence evidence;
  private final Sealer sealer;
  private final Dispatcher dispatcher;

  DefaultEngine(EngineParts parts) {
    this(parts, new Evidence(new HeadsFromHistory(parts.instances(), parts.history()), Optional.empty(),
        Optional.empty(), Duration.ZERO));
  }

  DefaultEngine(EngineParts parts, Evidence evidence) {
    this.p = parts;
    this.views = new Views(parts);
    this.evidence = evidence;
    this.sealer = evidence.seals().isPresent() ? new Sealer(evidence, parts.clock(), parts.node()) : null;
    this.dispatcher = new Dispatcher(parts, this::startLinked);
  }

  /** What a command does to a loaded instance: refuses it, or changes it by a transition. */
  private interface Command {
    Object decide(Loaded loaded);
  }

  @Override
  public CommandResult start(StartProcess c) {
    Optional<Rejection> badCommand = Ids.checkHost(c.command());
    if (badCommand.isPresent()) {
      return rejected(badCommand.get());
    }
    Optional<ProcessDefinition> d = p.processes().latest(c.processKey());
    Optional<Rejection> refused = d.flatMap(definition -> Checks.starter(definition, c.by(), c.context(),
        p.directory(), today()).filter(r -> Checks.scopeGiven(definition, c.context())));
    if (refused.isPresent()) {
      return rejected(refused.get());   // before anything is read: says nothing of existing instances
    }
    return start(c, Fingerprint.of(c), definition -> Checks.starter(definition, c.by(), c.context(),
        p.directory(), today()));
  }

  /** A start by the engine itself (the Jaarkalender, a link): recorded as the system's. */
  private CommandResult startAsSystem(CommandId command, InstanceId instance, String processKey,
      ProcessContext context) {
    StartProcess c = new StartProcess(command, instance, processKey, Transition.SYSTEM, context);
    return start(c, Fingerprint.of(c), d -> Optional.empty());
  }

  private CommandResult start(StartProcess c, String fingerprint,
      java.util.function.Function<ProcessDefinition, Optional<Rejection>> authorised) {
    Optional<ProcessDefinition> definition = p.processes().latest(c.processKey());
    if (definition.isEmpty()) {
      return rejected(new FlowRejection.UnknownProcess(c.processKey()));
    }
    Optional<Rejection> badId = Ids.check(c.instance());
    if (badId.isPresent()) {
      return rejected(badId.get());
    }
    ProcessDefinition d = definition.get();
    requireBound(d);
    return execute(c.command(), fingerprint, c.instance(), c.by().value(), true, loaded -> {
      for (Subject subject : Subject.values()) {
        if (d.about().contains(subject) && c.context().subject(subject).isEmpty()) {
          return new FlowRejection.SubjectMissing(d.key(), subject);
        }
      }
      Optional<Rejection> refused = authorised.apply(d);
      if (refused.isPresent()) {
        return refused.get();
      }
      for (String flag : d.flags()) {
        if (!c.context().flags().containsKey(flag)) {
          return new FlowRejection.FlagMissing(d.key(), flag);
        }
      }
      boolean cycles = d.steps().stream().anyMatch(s -> s.wayOn() instanceof WayOn.Cycle);
      if (cycles && c.context().term().isEmpty()) {
        return new FlowRejection.TermMissing(d.key());
      }
      Transition t = transition(d, loaded);
      t.emit(new Event.ProcessStarted(d.key(), d.version(), c.context()));
      t.open(d.startStep().number(), Transition.Place.TOP, Optional.empty(), Optional.empty());
      t.completeIfDone();
      return t;
    });
  }

  @Override
  public CommandResult complete(CompleteStep c) {
    Optional<Rejection> badCommand = Ids.checkHost(c.command());
    if (badCommand.isPresent()) {
      return rejected(badCommand.get());
    }
    Documents.Measurement measured = Documents.measure(c.documents(), p.maxDocumentSize());
    return execute(c.command(), Fingerprint.of(c, measured), c.instance(), c.by().value(), false, loaded -> {
      ProcessDefinition d = definitionOf(loaded);
      Optional<OpenStep> open = loaded.state().openStep(c.item());
      if (open.isEmpty()) {
        return new FlowRejection.StepNotOpen(c.instance().value(), c.item().value());
      }
      OpenStep at = open.get();
      Step step = d.step(at.step());
      Optional<Checks.Actor> actor = Checks.actor(step, c.by(), loaded.state(), at.subjects(),
          p.directory(), today());
      if (actor.isEmpty()) {
        return Checks.roleNotHeld(step, c.by(), loaded.state(), at.subjects());
      }
      Optional<Rejection> problem = notYetDue(d, step, at, loaded)
          .or(() -> Checks.outcome(step, c.outcome()))
          .or(() -> Checks.fields(step, c.fields()))
          .or(() -> Checks.documents(d, step, c.documents(), loaded.state()))
          .or(() -> Checks.declarations(d, step, c, at, loaded.state()));
      if (problem.isPresent()) {
        return problem.get();
      }
      Optional<Rejection> tooLarge = measured.refusal(step.number());
      if (tooLarge.isPresent()) {
        return tooLarge.get();
      }
      Decision.Accepted decided = Decision.nothing();
      if (step.behaviour().isPresent()) {
        StepBehaviour<?> behaviour = p.behaviours().get(step.behaviour().get().name());
        StepContext context = new StepContext(c.instance(), loaded.state().context(), at.subjects(),
            at.period(), c.by(), now(), p.clock().getZone(), lists(d, loaded, at, c),
            loaded.state().domainEvents());
        StepInput input = new StepInput(step.number(), c.outcome(), c.documents(), c.declares(),
            c.fields());
        Decision decision = run(behaviour, input, context);
        if (decision instanceof Decision.Refused refused) {
          return refused.rejection();
        }
        decided = (Decision.Accepted) decision;
      }
      Optional<Rejection> overtaken = overtaken(step, c, loaded);
      if (overtaken.isPresent()) {
        return overtaken.get();
      }
      List<DocumentRecord> documents = archive(step, c, at, loaded, measured.documents());
      Transition t = transition(d, loaded);
      t.emit(new Event.StepCompleted(c.item(), step.number(), c.by(), actor.get().role().code(),
          actor.get().onBehalfOf(), c.outcome(), documents, c.declares(), c.fields(), c.note()));
      decided.events().forEach(t::emit);
      t.clearTimersAbout(c.item());
      List<Effect.Raise> raises = new ArrayList<>();
      for (Effect effect : decided.effects()) {
        if (effect instanceof Effect.Signal s) {
          t.emit(new Event.SignalRaised(s.name(), Optional.of(c.item()), s.message(), s.details()));
        } else if (effect instanceof Effect.PlanMeeting m) {
          t.planMeeting(m.meeting());
        } else if (effect instanceof Effect.ItemDue due) {
          t.itemDue(due.itemKind(), due.item(), due.due());
        } else if (effect instanceof Effect.Raise r) {
          raises.add(r);
        }
      }
      new Router(t).leave(step, c.item(), new Transition.Place(at.fork(), at.subjects(), at.period()),
          c.outcome());
      for (Effect.Raise r : raises) {
        d.raisableSteps().stream().filter(s -> s.raisedOn().contains(r.trigger())).findFirst()
            .filter(s -> t.state().isRunning())
            .ifPresent(s -> t.open(s.number(), Transition.Place.TOP, Optional.empty(),
                Optional.of(r.reason())));
      }
      return t;
    });
  }

  /** The item lists that hold at a work item: declared by this completion, else earlier. */
  private static Map<String, List<String>> lists(ProcessDefinition d, Loaded loaded, OpenStep at,
      CompleteStep c) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (String kind : d.itemKinds()) {
      List<String> earlier = loaded.state().declared()
          .get(nl.levman.model.InstanceState.listKey(kind, at.subjects()));
      if (c.declares().containsKey(kind)) {
        lists.put(kind, c.declares().get(kind));
      } else if (earlier != null) {
        lists.put(kind, earlier);
      }
    }
    return lists;
  }

  /** Decodes the input and decides on it: the behaviour's typed value never leaves this method. */
  private static <I> Decision run(StepBehaviour<I> behaviour, StepInput input, StepContext context) {
    Decoded<I> decoded = behaviour.decode(input);
    if (decoded instanceof Decoded.Refused<I> refused) {
      return Decision.refuse(refused.rejection());
    }
    return behaviour.decide(((Decoded.Value<I>) decoded).value(), context);
  }

  @Override
  public CommandResult raise(RaiseStep c) {
    Optional<Rejection> badCommand = Ids.checkHost(c.command());
    if (badCommand.isPresent()) {
      return rejected(badCommand.get());
    }
    return execute(c.command(), Fingerprint.of(c), c.instance(), c.by().value(), false, loaded -> {
      ProcessDefinition d = definitionOf(loaded);
      Optional<Step> step = d.findStep(c.step());
      if (step.isEmpty() || !step.get().raisable()) {
        return new FlowRejection.NotRaisable(c.step());
      }
      if (Checks.actor(step.get(), c.by(), loaded.state(), Map.of(), p.directory(), today()).isEmpty()) {
        return Checks.roleNotHeld(step.get(), c.by(), loaded.state(), Map.of());
      }
      if (c.reason().isBlank()) {
        return new FlowRejection.ReasonMissing(c.step());
      }
      Transition t = transition(d, loaded);
      t.open(c.step(), Transition.Place.TOP, Optional.empty(), Optional.of(c.reason()));
      return t;
    });
  }

  private Optional<Rejection> notYetDue(ProcessDefinition d, Step step, OpenStep at, Loaded loaded) {
    Optional<Integer> cycle = d.routes().cycleAround(step.number());
    if (at.period() == 0 || cycle.isEmpty()
        || ((WayOn.Cycle) d.step(cycle.get()).wayOn()).first() != step.number()) {
      return Optional.empty();
    }
    LocalDate from = loaded.state().context().term().orElseThrow().periodEnd(at.period());
    return today().isBefore(from)
        ? Optional.of(new FlowRejection.NotYetDue(step.number(), at.period(), from.toString()))
        : Optional.empty();
  }

  /**
   * Just before archiving, whether another command changed the instance since it was read: then
   * this one could not commit, and refusing it now archives nothing. The check narrows the window in
   * which a conflict leaves archived documents behind to the archiving itself; a retry of the
   * command stores the same bytes again, and the archive gives back the versions it holds.
   */
  private Optional<Rejection> overtaken(Step step, CompleteStep c, Loaded loaded) {
    if (c.documents().stream().noneMatch(d -> step.placeOf(d.type()).isPresent())) {
      return Optional.empty();
    }
    long last = p.instances().find(c.instance()).map(InstanceSummary::lastSequence).orElse(0L);
    return last == loaded.lastSequence()
        ? Optional.empty()
        : Optional.of(new FlowRejection.ConcurrentChange(c.instance().value()));
  }

  /**
   * Streams the measured documents into the archive where the step archives them, once nothing
   * but the commit can refuse the command; the history records each one's SHA-256 either way.
   */
  private List<DocumentRecord> archive(Step step, CompleteStep c, OpenStep at, Loaded loaded,
      List<Documents.Measured> measured) {
    List<DocumentRecord> records = new ArrayList<>();
    ProcessContext context = loaded.state().context();
    for (Documents.Measured m : measured) {
      DocumentInput doc = m.input();
      Optional<String> archivedAs = Optional.empty();
      Optional<ArchivePlace> place = step.placeOf(doc.type());
      if (place.isPresent()) {
        String supplier = Optional.ofNullable(at.subjects().get(Subject.SUPPLIER.word()))
            .or(context::supplier).orElseThrow(() -> new LevmanException("step " + step.number()
                + " of " + c.instance() + " archives, but the instance names no supplier"));
        ArchivedDocument stored = Documents.store(p.archive(), place.get().code(), supplier,
            context.dossier(c.instance()), m, p.maxDocumentSize(),
            new DocumentMetadata(doc.type(), c.by().value(), now(), Optional.of(c.instance().value()),
                java.util.OptionalInt.of(step.number())));
        archivedAs = Optional.of(stored.ref().toString());
      }
      records.add(new DocumentRecord(doc.type(), doc.name().value(), m.sha256(), m.size(), archivedAs));
    }
    return records;
  }

  private CommandResult execute(CommandId command, String fingerprint, InstanceId id, String actor,
      boolean creates, Command work) {
    History.Read read = p.history().read(id, command);
    if (read.earlier().isPresent()) {
      return repeatedOrReused(read.earlier().get(), fingerprint);
    }
    Loaded loaded = Loaded.of(p.eventTypes(), id, read, () -> p.history().events(id));
    if (creates && loaded.exists()) {
      return rejected(new FlowRejection.InstanceExists(id.value()));
    }
    if (!creates && !loaded.exists()) {
      return rejected(new FlowRejection.UnknownInstance(id.value()));
    }
    if (!creates && !loaded.state().isRunning()) {
      return rejected(new FlowRejection.InstanceFinished(id.value()));
    }
    Object decided = work.decide(loaded);
    if (decided instanceof Rejection rejection) {
      return rejected(rejection);
    }
    Transition t = (Transition) decided;
    Instant at = now();
    InstanceChange recorded = Recorder.change(p.eventTypes(), t.definition, t.state(),
        loaded.exists() ? loaded.startedAt() : at, loaded.lastSequence(), loaded.lastHash(),
        t.events(), at, actor, Optional.of(command));
    Instant due = p.delivery() == Delivery.AFTER_COMMIT ? at.plus(Dispatcher.LEASE) : at;
    InstanceChange change = Recorder.withSideEffects(recorded, fingerprint,
        SideEffects.of(t, recorded.events(), t.events(), at, due));
    CommitOutcome outcome = p.instances().commit(change);
    if (outcome == CommitOutcome.DUPLICATE_COMMAND) {
      return p.history().command(command).map(earlier -> repeatedOrReused(earlier, fingerprint))
          .orElseGet(() -> rejected(new FlowRejection.ConcurrentChange(id.value())));
    }
    if (outcome == CommitOutcome.CONFLICT) {
      return rejected(loaded.exists() ? new FlowRejection.ConcurrentChange(id.value())
          : new FlowRejection.InstanceExists(id.value()));
    }
    if (p.delivery() == Delivery.AFTER_COMMIT) {
      // at once, or when the host's transaction that the store joined commits
      p.afterCommit().run(() -> dispatcher.deliverNow(change.outbox()));
    }
    List<WorkItem> opened = change.opened().stream().map(w -> views.workItem(w, t.definition, t.state()))
        .toList();
    return new CommandResult.Accepted(id, opened, change.events().get(0).sequence(),
        change.events().get(change.events().size() - 1).sequence(), false);
  }

  /**
   * A command id used before: the first result again if this is the same command by the same person
   * (the same fingerprint), else a rejection that says nothing of the first command.
   */
  private CommandResult repeatedOrReused(History.CommandRecord earlier, String fingerprint) {
    return earlier.fingerprint().equals(Optional.of(fingerprint))
        ? views.repeated(earlier)
        : rejected(new FlowRejection.CommandIdReused(earlier.command().value()));
  }

  /** Starts a linked process as the system, once the linking change is committed. */
  private CommandResult startLinked(SideEffects.LinkedStart link) {
    return startAsSystem(new CommandId(link.command()), link.instance(), link.processKey(),
        link.context());
  }

  @Override
  public int dispatch() {
    return dispatcher.dispatch();
  }

  @Override
  public int runDue() {
    int fired = 0;
    Instant now = now();
    for (Jaarkalender.Entry entry : p.jaarkalender().dueOnOrBefore(today())) {
      CommandId command = new CommandId("jaarkalender:" + entry.id());
      if (p.history().command(command).isPresent()) {
        continue;
      }
      CommandResult r = startAsSystem(command, new InstanceId(entry.id()), entry.processKey(),
          ProcessContext.empty().withAttributes(entry.attributes()));
      if (r.accepted()) {
        fired++;
      }
    }
    List<Timer> due;
    do {
      due = p.timers().claimDue(now, 100, p.node(), Duration.ofMinutes(5));
      for (Timer timer : due) {
        if (fire(timer).accepted()) {
          fired++;
        }
      }
    } while (due.size() == 100);
    dispatch();
    if (sealer != null) {
      sealer.sealIfDue();
    }
    return fired;
  }

  private CommandResult fire(Timer timer) {
    CommandId command = new CommandId("timer:" + timer.id().value());
    return execute(command, Fingerprint.timer(command, timer.instance()), timer.instance(), "clock",
        false, loaded -> {
          ProcessDefinition d = definitionOf(loaded);
          Transition t = transition(d, loaded);
          t.emit(new Event.TimerCleared(timer.id(), true));
          new Timeouts(t, loaded.state()).fire(timer);
          t.completeIfDone();
          return t;
        });
  }

  @Override
  public List<WorkItem> workList(WorkQuery query) {
    return views.workList(query, today());
  }

  @Override
  public Optional<InstanceView> instance(InstanceId id) {
    Loaded loaded = Loaded.of(p.eventTypes(), id, p.history().events(id));
    return loaded.exists() ? Optional.of(views.instance(loaded, definitionOf(loaded))) : Optional.empty();
  }

  @Override
  public List<nl.levman.api.ItemOverview> overview(InstanceId id, String itemKind) {
    List<RecordedEvent> rows = p.history().events(id);
    Loaded loaded = Loaded.of(p.eventTypes(), id, rows);
    if (!loaded.exists()) {
      return List.of();
    }
    return Overviews.of(p.eventTypes(), loaded, definitionOf(loaded), rows, itemKind, views);
  }

  @Override
  public List<HistoryEntry> history(InstanceId id) {
    List<HistoryEntry> entries = new ArrayList<>();
    for (RecordedEvent row : p.history().events(id)) {
      entries.add(new HistoryEntry(row.sequence(), row.at(), row.actor(), row.command(), row.type(),
          p.eventTypes().decode(row.type(), row.payload()), row.hash()));
    }
    return entries;
  }

  @Override
  public Verification verify(InstanceId id) {
    return new Audit(p, evidence).verify(id);
  }

  @Override
  public int seal() {
    if (sealer == null) {
      throw new LevmanException("this engine has no seal store: wire one with Levman.builder().seals(seals, key)");
    }
    return sealer.seal();
  }

  @Override
  public nl.levman.api.AuditReport audit() {
    return new Audit(p, evidence).run();
  }

  @Override
  public nl.levman.api.Health health() {
    try {
      long overdue = p.timers().countDue(now());
      nl.levman.spi.Outbox.Backlog backlog = p.outbox().backlog(now());
      return new nl.levman.api.Health(true, Optional.empty(), overdue, backlog.pending(),
          backlog.failing(), backlog.oldestPending());
    } catch (RuntimeException e) {
      return new nl.levman.api.Health(false, Optional.of(String.valueOf(e.getMessage())), 0, 0, 0,
          Optional.empty());
    }
  }

  /** The registry this engine reads its history with. */
  EventTypes eventTypes() {
    return p.eventTypes();
  }

  @Override
  public ProcessRegistry processes() {
    return p.processes();
  }

  private Transition transition(ProcessDefinition d, Loaded loaded) {
    return new Transition(d, loaded.state(), loaded.lastSequence(), now(), p.clock().getZone(),
        key -> p.processes().latest(key).isPresent());
  }

  private ProcessDefinition definitionOf(Loaded loaded) {
    String key = loaded.state().processKey();
    return p.processes().find(key, loaded.state().definitionVersion()).orElseThrow(
        () -> new LevmanException("instance " + loaded.state().id() + " runs " + key + " v"
            + loaded.state().definitionVersion() + ", which is not registered"));
  }

  /** A definition whose declared behaviours are not bound cannot run: a wiring error, named. */
  private void requireBound(ProcessDefinition d) {
    d.behaviours().forEach((step, b) -> {
      if (!p.behaviours().containsKey(b.name())) {
        throw new LevmanException("step " + step + " of " + d + " runs behaviour '" + b.name()
            + "', which this engine does not have: bind it with Levman.builder().behaviours(...)");
      }
    });
  }

  private Instant now() {
    return p.clock().instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(p.clock().instant(), p.clock().getZone());
  }

  private static CommandResult rejected(Rejection rejection) {
    return new CommandResult.Rejected(rejection);
  }
}
