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
import nl.levman.api.Rejections;
import nl.levman.api.StartProcess;
import nl.levman.api.StepPolicy;
import nl.levman.api.Verification;
import nl.levman.api.WorkItem;
import nl.levman.api.WorkQuery;
import nl.levman.model.CommandId;
import nl.levman.model.DocumentRecord;
import nl.levman.model.Event;
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

  /** A decision on a loaded instance: a rejection, or the events of a transition. */
  private interface Decision {
    Object decide(Loaded loaded);
  }

  @Override
  public CommandResult start(StartProcess c) {
    Optional<ProcessDefinition> definition = p.processes().latest(c.processKey());
    if (definition.isEmpty()) {
      return rejected(new Rejections.UnknownProcess(c.processKey()));
    }
    if (c.instance().value().length() > 80) {
      return rejected(new Rejections.InvalidInput(0, "an instance id has at most 80 characters"));
    }
    ProcessDefinition d = definition.get();
    return execute(c.command(), c.instance(), c.by().value(), true, loaded -> {
      for (String flag : d.flags()) {
        if (!c.context().flags().containsKey(flag)) {
          return new Rejections.InvalidInput(0, "process " + d.key() + " needs flag '" + flag
              + "' at start (true or false)");
        }
      }
      boolean cycles = d.steps().stream().anyMatch(s -> s.wayOn() instanceof WayOn.Cycle);
      if (cycles && c.context().term().isEmpty()) {
        return new Rejections.InvalidInput(0, "process " + d.key()
            + " runs a periodic cycle, so it needs the term (start, end, reporting period)");
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
        return new Rejections.StepNotOpen(c.instance().value(), c.item().value());
      }
      OpenStep at = open.get();
      Step step = d.step(at.step());
      Optional<Checks.Actor> actor = Checks.actor(step, c.by(), loaded.state(), at.subjects(),
          p.directory(), today());
      if (actor.isEmpty()) {
        return Checks.roleNotHeld(step, c.by(), loaded.state(), at.subjects());
      }
      Optional<Rejection> problem = Checks.outcome(step, c.outcome())
          .or(() -> Checks.documents(d, step, c.documents(), loaded.state()))
          .or(() -> Checks.declarations(d, step, c, at, loaded.state()))
          .or(() -> notYetDue(d, step, at, loaded));
      if (problem.isPresent()) {
        return problem.get();
      }
      StepPolicy.Completion completion = new StepPolicy.Completion(step.number(), c,
          loaded.state().context(), loaded.state().facts(), at.subjects(), at.period(), now());
      List<StepPolicy> policies = policiesFor(d.key());
      for (StepPolicy policy : policies) {
        Optional<Rejection> refused = policy.check(completion);
        if (refused.isPresent()) {
          return refused.get();
        }
      }
      Map<String, String> facts = new LinkedHashMap<>(c.facts());
      List<StepPolicy.Signal> signals = new ArrayList<>();
      Map<Integer, String> raise = new LinkedHashMap<>();
      List<nl.levman.spi.MeetingRequest> meetings = new ArrayList<>();
      for (StepPolicy policy : policies) {
        StepPolicy.Effects effects = policy.effects(completion);
        facts.putAll(effects.facts());
        signals.addAll(effects.signals());
        raise.putAll(effects.raise());
        meetings.addAll(effects.meetings());
      }
      List<DocumentRecord> documents = archive(d, step, c, loaded);
      Transition t = transition(d, loaded);
      t.emit(new Event.StepCompleted(c.item(), step.number(), c.by(), step.role().orElseThrow().code(),
          actor.get().onBehalfOf(), c.outcome(), documents, c.declares(), facts, c.note()));
      t.clearTimersAbout(c.item());
      for (StepPolicy.Signal s : signals) {
        t.emit(new Event.SignalRaised(s.name(), Optional.of(c.item()), s.message(), s.details()));
      }
      new Router(t).leave(step, c.item(), new Transition.Place(at.fork(), at.subjects(), at.period()),
          c.outcome());
      raise.forEach((number, reason) -> {
        if (d.findStep(number).map(Step::raisable).orElse(false) && t.state().isRunning()) {
          t.open(number, Transition.Place.TOP, Optional.empty(), Optional.of(reason));
        }
      });
      t.afterCommit(() -> meetings.forEach(p.meetings()::plan));
      return t;
    });
  }

  @Override
  public CommandResult raise(RaiseStep c) {
    return execute(c.command(), c.instance(), c.by().value(), false, loaded -> {
      ProcessDefinition d = definitionOf(loaded);
      Optional<Step> step = d.findStep(c.step());
      if (step.isEmpty() || !step.get().raisable()) {
        return new Rejections.NotRaisable(c.step());
      }
      if (Checks.actor(step.get(), c.by(), loaded.state(), Map.of(), p.directory(), today()).isEmpty()) {
        return Checks.roleNotHeld(step.get(), c.by(), loaded.state(), Map.of());
      }
      if (c.reason().isBlank()) {
        return new Rejections.InvalidInput(c.step(), "raising step " + c.step() + " needs a reason");
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
        ? Optional.of(new Rejections.NotYetDue(step.number(), at.period(), from.toString()))
        : Optional.empty();
  }

  /** Stores the presented documents where the step archives, before the change is committed. */
  private List<DocumentRecord> archive(ProcessDefinition d, Step step, CompleteStep c, Loaded loaded) {
    List<DocumentRecord> records = new ArrayList<>();
    ProcessContext context = loaded.state().context();
    for (DocumentInput doc : c.documents()) {
      byte[] content = doc.content();
      String sha = HashChain.sha256(content);
      Optional<String> archivedAs = Optional.empty();
      if (step.archivesTo().isPresent()) {
        String supplier = Optional.ofNullable(loaded.state().openStep(c.item()).orElseThrow()
            .subjects().get("supplier")).or(context::supplier).orElse("levman");
        ArchivedDocument stored = p.archive().store(step.archivesTo().get().code(), supplier,
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
      Decision decision) {
    History.Read read = p.history().read(id, command);
    if (read.earlier().isPresent()) {
      return views.repeated(read.earlier().get());
    }
    Loaded loaded = Loaded.of(id, read.events());
    if (creates && loaded.exists()) {
      return rejected(new Rejections.InstanceExists(id.value()));
    }
    if (!creates && !loaded.exists()) {
      return rejected(new Rejections.UnknownInstance(id.value()));
    }
    if (!creates && !loaded.state().isRunning()) {
      return rejected(new Rejections.InstanceFinished(id.value()));
    }
    Object decided = decision.decide(loaded);
    if (decided instanceof Rejection rejection) {
      return rejected(rejection);
    }
    Transition t = (Transition) decided;
    Instant at = now();
    InstanceChange change = Recorder.change(t.definition, t.state(),
        loaded.exists() ? loaded.startedAt() : at, loaded.lastSequence(), loaded.lastHash(),
        t.events(), at, actor, Optional.of(command));
    CommitOutcome outcome = p.instances().commit(change);
    if (outcome == CommitOutcome.DUPLICATE_COMMAND) {
      return p.history().command(command).map(views::repeated)
          .orElseGet(() -> rejected(new Rejections.ConcurrentChange(id.value())));
    }
    if (outcome == CommitOutcome.CONFLICT) {
      return rejected(loaded.exists() ? new Rejections.ConcurrentChange(id.value())
          : new Rejections.InstanceExists(id.value()));
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
          new ProcessContext(Optional.empty(), Optional.empty(), Optional.empty(), Map.of(),
              Map.of(), Optional.empty(), entry.attributes())));
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
          if (timer.kind().equals(Transition.SLR_OVERDUE) && timer.about().isPresent()
              && loaded.state().openStep(timer.about().get()).isPresent()) {
            OpenStep open = loaded.state().openStep(timer.about().get()).get();
            t.emit(new Event.SignalRaised(Transition.SLR_OVERDUE, timer.about(),
                "the SLR for period " + open.period() + " is overdue since " + timer.due(),
                Map.of("period", Integer.toString(open.period()))));
          } else if (timer.kind().equals(Transition.RENEWAL_DUE)) {
            t.cycle().flatMap(c -> Transition.stepOf(c.then()))
                .filter(then -> !loaded.state().hasOpened(then))
                .ifPresent(then -> t.open(then, Transition.Place.TOP, Optional.empty(),
                    Optional.of("renewal or end must be decided in time to give notice")));
          } else if (timer.kind().equals(Transition.TERM_END)) {
            t.emit(new Event.SignalRaised(Transition.TERM_END, Optional.empty(),
                "the term has ended", Map.of()));
          }
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
    Loaded loaded = Loaded.of(id, p.history().events(id));
    return loaded.exists() ? Optional.of(views.instance(loaded, definitionOf(loaded))) : Optional.empty();
  }

  @Override
  public List<nl.levman.api.ItemOverview> overview(InstanceId id, String itemKind) {
    List<RecordedEvent> rows = p.history().events(id);
    Loaded loaded = Loaded.of(id, rows);
    if (!loaded.exists()) {
      return List.of();
    }
    return Overviews.of(loaded, definitionOf(loaded), rows, itemKind, views);
  }

  @Override
  public List<HistoryEntry> history(InstanceId id) {
    List<HistoryEntry> entries = new ArrayList<>();
    for (RecordedEvent row : p.history().events(id)) {
      entries.add(new HistoryEntry(row.sequence(), row.at(), row.actor(), row.command(),
          EventCodec.decode(row.type(), row.payload()), row.hash()));
    }
    return entries;
  }

  @Override
  public Verification verify(InstanceId id) {
    return HashChain.verify(id.value(), p.history().events(id));
  }

  @Override
  public nl.levman.api.AuditReport audit() {
    return new Audit(p).run();
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

  private List<StepPolicy> policiesFor(String key) {
    return p.policies().stream().filter(x -> x.processKey().equals(key)).toList();
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
