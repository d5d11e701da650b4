package nl.levman.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.api.CommandResult;
import nl.levman.api.InstanceView;
import nl.levman.api.WorkItem;
import nl.levman.api.WorkQuery;
import nl.levman.model.Event;
import nl.levman.model.InstanceState;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Scope;
import nl.levman.model.Step;
import nl.levman.spi.Directory;
import nl.levman.spi.History;
import nl.levman.spi.Notification;
import nl.levman.spi.RecordedEvent;
import nl.levman.spi.StoredWorkItem;
import nl.levman.spi.WorkItemQuery;

/** Read models: work items as people see them, instance views, repeated results, notifications. */
final class Views {
  private final EngineParts p;

  Views(EngineParts parts) {
    this.p = parts;
  }

  WorkItem workItem(StoredWorkItem w, ProcessDefinition d, InstanceState state) {
    Step step = d.step(w.step());
    List<nl.levman.model.DomainEvent> recorded = state == null ? List.of() : state.domainEvents();
    List<String> needs = new ArrayList<>();
    step.needs().forEach(n -> needs.add(n.code()));
    step.archives().forEach(n -> needs.add(n.code()));
    step.behaviour().ifPresent(b -> b.reads().forEach(n -> needs.add(n.code())));
    return new WorkItem(w.id(), w.instance(), w.processKey(), w.definitionVersion(), w.step(),
        w.role(), step.labelNl(), step.labelEn(), needs.stream().distinct().toList(),
        step.outcomes(), w.supplier(), w.service(), w.assignee(), w.subjects(), w.period(),
        w.openedAt(), w.due(), recorded);
  }

  private WorkItem workItem(StoredWorkItem w) {
    ProcessDefinition d = p.processes().find(w.processKey(), w.definitionVersion())
        .orElseThrow(() -> new nl.levman.model.LevmanException("work item " + w.id()
            + " belongs to process '" + w.processKey() + "' v" + w.definitionVersion()
            + ", which this engine does not run"));
    return workItem(w, d, null);
  }

  List<WorkItem> workList(WorkQuery q, LocalDate today) {
    WorkItemQuery base = new WorkItemQuery(q.processKey(), q.role(), q.supplier(), q.service(),
        Optional.empty(), q.limit());
    if (q.person().isEmpty()) {
      return p.workList().find(base).stream().map(this::workItem).toList();
    }
    Map<String, StoredWorkItem> found = new LinkedHashMap<>();
    p.workList().find(base.withAssignee(q.person().get())).forEach(w -> found.put(w.id().value(), w));
    List<Directory.Grant> grants = new ArrayList<>(p.directory().grantsOf(q.person().get()));
    for (Directory.Delegation d : p.directory().delegationsTo(q.person().get(), today)) {
      grants.add(new Directory.Grant(d.to(), d.role(), d.scope()));
    }
    for (Directory.Grant g : grants) {
      if (q.role().isPresent() && !q.role().get().equals(g.role())) {
        continue;
      }
      WorkItemQuery byGrant = base.withRole(g.role());
      if (g.scope().kind() == nl.levman.model.RoleScope.SUPPLIER) {
        if (q.supplier().isPresent() && !q.supplier().get().equals(g.scope().id())) {
          continue;
        }
        byGrant = byGrant.withSupplier(g.scope().id());
      } else if (g.scope().kind() == nl.levman.model.RoleScope.SERVICE) {
        byGrant = byGrant.withService(g.scope().id());
      }
      p.workList().find(byGrant).forEach(w -> found.putIfAbsent(w.id().value(), w));
    }
    return found.values().stream()
        .sorted(Comparator.comparing((StoredWorkItem w) -> w.due().orElse(java.time.Instant.MAX))
            .thenComparing(StoredWorkItem::openedAt).thenComparing(w -> w.id().value()))
        .limit(q.limit())
        .map(this::workItem)
        .toList();
  }

  InstanceView instance(Loaded loaded, ProcessDefinition d) {
    InstanceState s = loaded.state();
    List<WorkItem> open = new ArrayList<>();
    s.openSteps().forEach(o -> {
      Step step = d.step(o.step());
      if (step.isManual()) {
        open.add(workItem(new StoredWorkItem(o.item(), s.id(), s.processKey(),
            s.definitionVersion(), o.step(),
            step.role().get().code(),
            Optional.ofNullable(o.subjects().get("supplier")).or(() -> s.context().supplier()),
            s.context().service(), Optional.ofNullable(s.context().people().get(step.role().get().code())),
            o.period(), o.subjects(), o.openedAt(), o.due()), d, s));
      }
    });
    return new InstanceView(s.id(), s.processKey(), s.definitionVersion(), s.context(), s.status(),
        open, s.completions(), loaded.lastSequence());
  }

  /** The first result of a command, returned again for a repeated command id. */
  CommandResult repeated(History.CommandRecord record) {
    List<RecordedEvent> rows = p.history().events(record.instance());
    Loaded loaded = Loaded.of(p.eventTypes(), record.instance(), rows);
    ProcessDefinition d = p.processes()
        .find(loaded.state().processKey(), loaded.state().definitionVersion()).orElseThrow();
    List<WorkItem> opened = new ArrayList<>();
    for (RecordedEvent row : rows) {
      if (row.sequence() < record.firstSequence() || row.sequence() > record.lastSequence()) {
        continue;
      }
      Event e = p.eventTypes().decode(row.type(), row.payload());
      if (e instanceof Event.StepOpened o && d.step(o.step()).isManual()) {
        opened.add(workItem(Recorder.workItem(d, loaded.state(), o, row.at()), d, loaded.state()));
      }
    }
    return new CommandResult.Accepted(record.instance(), opened, record.firstSequence(),
        record.lastSequence(), true);
  }

  /**
   * What to tell the host about a change, each with the sequence of the history row it is about:
   * recorded in the outbox with the change, published once it is committed.
   */
  static List<Notification> notifications(ProcessDefinition d, InstanceState state, List<RecordedEvent> rows,
      List<Event> events) {
    List<Notification> notifications = new ArrayList<>();
    for (int n = 0; n < events.size(); n++) {
      RecordedEvent row = rows.get(n);
      Event e = events.get(n);
      Map<String, String> details = new LinkedHashMap<>();
      details.put("sequence", Long.toString(row.sequence()));
      String kind;
      Optional<Integer> step = Optional.empty();
      String message;
      if (e instanceof Event.StepOpened o && d.step(o.step()).isManual()) {
        kind = "step-opened";
        step = Optional.of(o.step());
        details.put("workItem", o.item().value());
        details.put("role", d.step(o.step()).role().get().code());
        details.put("definitionVersion", Integer.toString(state.definitionVersion()));
        o.subjects().forEach(details::put);
        message = "step " + o.step() + " is open for " + d.step(o.step()).role().get().code();
      } else if (e instanceof Event.StepCompleted c && c.outcome().isPresent()) {
        kind = "decision-taken";
        step = Optional.of(c.step());
        details.put("outcome", c.outcome().get());
        details.put("by", c.by().value());
        message = "step " + c.step() + ": " + c.outcome().get();
      } else if (e instanceof Event.SignalRaised s) {
        kind = s.signal();
        details.putAll(s.details());
        message = s.message();
      } else if (e instanceof Event.ProcessLinked l) {
        kind = l.started().isPresent() ? "process-linked" : "link-recorded";
        step = Optional.of(l.step());
        details.put("processKey", l.processKey());
        l.started().ifPresent(i -> details.put("started", i.value()));
        message = "step " + l.step() + " links to process " + l.processKey();
      } else if (e instanceof Event.ProcessCompleted) {
        kind = "process-completed";
        message = "instance " + state.id() + " has finished";
      } else {
        continue;
      }
      notifications.add(new Notification(kind, state.id(), d.key(), step, message, row.at(), details));
    }
    return notifications;
  }

}
