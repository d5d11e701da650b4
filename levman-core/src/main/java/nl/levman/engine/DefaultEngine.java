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
import nl.levman.spi.MeetingRequest;
import nl.levman.model.CommandId;
import nl.levman.model.DocumentRecord;
import nl.levman.model.Event;
import nl.levman.model.EventTypes;
import nl.levman.model.InstanceId;
import nl.levman.model.LevmanException;
import nl.levman.model.OpenStep;
import nl.levman.model.PersonId;
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
import nl.levman.spi.Jaarkalender;
import nl.levman.spi.RecordedEvent;
import nl.levman.spi.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine: checks each command, routes the flow, records the events, commits, publishes. */
final class DefaultEngine implements LevmanEngine {
  private static final Logger log = LoggerFactory.getLogger(DefaultEngine.class);
  private final EngineParts p;
  private final Views views;

  DefaultEngine(EngineParts parts) {
    this.p = parts;
    this.views = new Views(parts);
  }

  /** What a command does to a loaded instance: refuses it, or changes it by a transition. */
  private interface Command {
    Object decide(Loaded loaded);
  }

  @Override
  public CommandResult start(StartProcess c) {
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
    return execute(c.command(), c.instance(), c.by().value(), true, loaded -> {
      for (Subject subject : Subject.values()) {
        if (d.about().contains(subject) && c.context().subject(subject).isEmpty()) {
          return new FlowRejection.SubjectMissing(d.key(), subject);
        }
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
    return execute(c.command(), c.instance(), c.by().value(), false, loaded -> {
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
      List<DocumentRecord> documents = archive(step, c, at, loaded);
      Transition t = transition(d, loaded);
      t.emit(new Event.StepCompleted(c.item(), step.number(), c.by(), actor.get().role().code(),
          actor.get().onBehalfOf(), c.outcome(), documents, c.declares(), c.fields(), c.note()));
      decided.events().forEach(t::emit);
      t.clearTimersAbout(c.item());
      List<MeetingRequest> meetings = new ArrayList<>();
      List<Effect.Raise> raises = new ArrayList<>();
      for (Effect effect : decided.effects()) {
        if (effect instanceof Effect.Signal s) {
          t.emit(new Event.SignalRaised(s.name(), Optional.of(c.item()), s.message(), s.details()));
        } else if (effect instanceof Effect.PlanMeeting m) {
          meetings.add(m.meeting());
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
      t.afterCommit(() -> meetings.forEach(p.meetings()::plan));
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
    return execute(c.command(), c.instance(), c.by().value(), false, loaded -> {
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

  /** Stores the presented documents where the step archives them, once nothing can refuse the command. */
  private List<DocumentRecord> archive(Step step, CompleteStep c, OpenStep at, Loaded loaded) {
    List<DocumentRecord> records = new ArrayList<>();
    ProcessContext context = loaded.state().context();
    for (DocumentInput doc : c.documents()) {
      byte[] content = doc.content();
      String sha = HashChain.sha256(content);
      Optional<String> archivedAs = Optional.empty();
      Optional<ArchivePlace> place = step.placeOf(doc.type());
      if (place.isPresent()) {
        String supplier = Optional.ofNullable(at.subjects().get(Subject.SUPPLIER.word()))
            .or(context::supplier).orElseThrow(() -> new LevmanException("step " + step.number()
                + " of " + c.instance() + " archives, but the instance names no supplier"));
        ArchivedDocument stored = p.archive().store(place.get().code(), supplier,
            context.dossier(c.instance()), doc.name(), content,
            new DocumentMetadata(doc.type(), c.by().value(), now(), Optional.of(c.instance().value()),
                java.util.OptionalInt.of(step.number())));
        archivedAs = Optional.of(stored.ref().toString());
      }
      records.add(new DocumentRecord(doc.type(), doc.name().value(), sha, content.length, archivedAs));
    }
    return records;
  }

  private CommandResult execute(CommandId command, InstanceId id, String actor, boolean creates,
      Command work) {
    History.Read read = p.history().read(id, command);
    if (read.earlier().isPresent()) {
      return views.repeated(read.earlier().get());
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
    InstanceChange change = Recorder.change(p.eventTypes(), t.definition, t.state(),
        loaded.exists() ? loaded.startedAt() : at, loaded.lastSequence(), loaded.lastHash(),
        t.events(), at, actor, Optional.of(command));
    CommitOutcome outcome = p.instances().commit(change);
    if (outcome == CommitOutcome.DUPLICATE_COMMAND) {
      return p.history().command(command).map(views::repeated)
          .orElseGet(() -> rejected(new FlowRejection.ConcurrentChange(id.value())));
    }
    if (outcome == CommitOutcome.CONFLICT) {
      return rejected(loaded.exists() ? new FlowRejection.ConcurrentChange(id.value())
          : new FlowRejection.InstanceExists(id.value()));
    }
    views.publish(t.definition, t.state(), change, t.events());
    t.runAfterCommit();
    startLinked(t.state(), t.events());
    List<WorkItem> opened = change.opened().stream().map(w -> views.workItem(w, t.definition, t.state()))
        .toList();
    return new CommandResult.Accepted(id, opened, change.events().get(0).sequence(),
        change.events().get(change.events().size() - 1).sequence(), false);
  }

  /** Starts the processes that links asked for, once the linking change is committed. */
  private void startLinked(nl.levman.model.InstanceState state, List<Event> events) {
    for (Event e : events) {
      if (e instanceof Event.ProcessLinked link && link.started().isPresent()) {
        CommandResult started = start(new StartProcess(
            new CommandId("link:" + state.id().value() + ":" + link.step()), link.started().get(),
            link.processKey(), Transition.SYSTEM, linkedContext(state.context(), state.id())));
        if (!started.accepted()) {
          log.warn("linked process {} of {} did not start: {}", link.processKey(), state.id(), started);
        }
      }
    }
  }

  private static ProcessContext linkedContext(ProcessContext c, InstanceId from) {
    Map<String, String> attributes = new LinkedHashMap<>(c.attributes());
    attributes.put("linkedFrom", from.value());
    return new ProcessContext(c.supplier(), c.contract(), c.service(), c.flags(), c.people(),
        c.term(), attributes);
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
      CommandResult r = start(new StartProcess(command, new InstanceId(entry.id()),
          entry.processKey(), new PersonId(entry.startedBy()),
          ProcessContext.empty().withAttributes(entry.attributes())));
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
    return fired;
  }

  private CommandResult fire(Timer timer) {
    return execute(new CommandId("timer:" + timer.id().value()), timer.instance(), "clock", false,
        loaded -> {
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
    return HashChain.verify(p.eventTypes(), id.value(), p.history().events(id));
  }

  @Override
  public nl.levman.api.AuditReport audit() {
    return new Audit(p).run();
  }

  @Override
  public nl.levman.api.Health health() {
    try {
      long overdue = p.timers().countDue(now());
      return new nl.levman.api.Health(true, Optional.empty(), overdue, 0, 0, Optional.empty());
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
