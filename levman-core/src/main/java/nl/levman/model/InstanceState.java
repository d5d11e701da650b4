package nl.levman.model;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state of one instance: what its events say. Built by {@link #replay} and advanced by {@link
 * #with}, which leaves the original unchanged; instances are not shared between threads while
 * being built, and are effectively immutable afterwards.
 */
public final class InstanceState {
  private final InstanceId id;
  private String processKey;
  private int definitionVersion;
  private ProcessContext context = ProcessContext.empty();
  private InstanceStatus status = InstanceStatus.RUNNING;
  private final Map<WorkItemId, OpenStep> open = new LinkedHashMap<>();
  private final Map<WorkItemId, Fork> forks = new LinkedHashMap<>();
  private final Map<String, DocumentRecord> documents = new LinkedHashMap<>();
  private final Map<String, List<String>> declared = new LinkedHashMap<>();
  private final Map<TimerId, Event.TimerSet> timers = new LinkedHashMap<>();
  private final Map<Integer, Integer> completions = new LinkedHashMap<>();
  private final Set<Integer> opened = new HashSet<>();
  private final List<DomainEvent> domainEvents = new java.util.ArrayList<>();
  private int events;

  private InstanceState(InstanceId id) {
    this.id = id;
  }

  /** The state after these events, each with the time it was recorded. */
  public static InstanceState replay(InstanceId id, List<Event> events, List<Instant> times) {
    InstanceState state = new InstanceState(id);
    for (int i = 0; i < events.size(); i++) {
      state.apply(events.get(i), times.get(i));
    }
    return state;
  }

  /** A new state: this one with more events applied, all recorded at {@code at}. */
  public InstanceState with(List<Event> more, Instant at) {
    InstanceState next = copy();
    more.forEach(e -> next.apply(e, at));
    return next;
  }

  private InstanceState copy() {
    InstanceState c = new InstanceState(id);
    c.processKey = processKey;
    c.definitionVersion = definitionVersion;
    c.context = context;
    c.status = status;
    c.open.putAll(open);
    c.forks.putAll(forks);
    c.documents.putAll(documents);
    c.declared.putAll(declared);
    c.timers.putAll(timers);
    c.completions.putAll(completions);
    c.opened.addAll(opened);
    c.domainEvents.addAll(domainEvents);
    c.events = events;
    return c;
  }

  private void apply(Event event, Instant at) {
    events++;
    if (event instanceof Event.ProcessStarted e) {
      processKey = e.processKey();
      definitionVersion = e.definitionVersion();
      context = e.context();
    } else if (event instanceof Event.StepOpened e) {
      open.put(
          e.item(),
          new OpenStep(e.item(), e.step(), e.fork(), e.subjects(), e.period(), at, e.due(), e.reason()));
      opened.add(e.step());
    } else if (event instanceof Event.StepCompleted e) {
      OpenStep done = open.remove(e.item());
      Map<String, String> subjects = done == null ? Map.of() : done.subjects();
      completions.merge(e.step(), 1, Integer::sum);
      e.documents().forEach(d -> documents.put(d.type(), d));
      e.declared().forEach((kind, items) -> declared.put(listKey(kind, subjects), items));
    } else if (event instanceof Event.Forked e) {
      Map<WorkItemId, String> pending = new LinkedHashMap<>();
      for (int i = 0; i < e.branches().size(); i++) {
        pending.put(e.branches().get(i), e.items().get(i));
      }
      forks.put(e.fork(), new Fork(e.fork(), e.step(), e.itemKind(), pending, Optional.empty(),
          e.parent(), e.subjects(), e.period()));
    } else if (event instanceof Event.BranchJoined e) {
      Fork f = forks.get(e.fork());
      Map<WorkItemId, String> pending = new LinkedHashMap<>(f.pending());
      pending.remove(e.branch());
      Optional<Target> left = e.leftFor().isPresent() ? e.leftFor() : f.leftFor();
      forks.put(f.id(), new Fork(f.id(), f.step(), f.itemKind(), pending, left, f.parent(), f.subjects(), f.period()));
    } else if (event instanceof Event.ForkClosed e) {
      forks.remove(e.fork());
    } else if (event instanceof Event.TimerSet e) {
      timers.put(e.timer(), e);
    } else if (event instanceof Event.TimerCleared e) {
      timers.remove(e.timer());
    } else if (event instanceof Event.ProcessCompleted) {
      status = InstanceStatus.COMPLETED;
    } else if (event instanceof DomainEvent e) {
      domainEvents.add(e);
    }
    // ProcessLinked and SignalRaised are facts for the history; they change no position.
  }

  public InstanceId id() {
    return id;
  }

  public String processKey() {
    return processKey;
  }

  public int definitionVersion() {
    return definitionVersion;
  }

  public ProcessContext context() {
    return context;
  }

  public InstanceStatus status() {
    return status;
  }

  public boolean isRunning() {
    return status == InstanceStatus.RUNNING;
  }

  public Collection<OpenStep> openSteps() {
    return List.copyOf(open.values());
  }

  public Optional<OpenStep> openStep(WorkItemId item) {
    return Optional.ofNullable(open.get(item));
  }

  public Optional<Fork> fork(WorkItemId fork) {
    return Optional.ofNullable(forks.get(fork));
  }

  public Collection<Fork> forks() {
    return List.copyOf(forks.values());
  }

  /** The latest document of each type presented so far. */
  public Map<String, DocumentRecord> documents() {
    return Map.copyOf(documents);
  }

  /** Item lists declared by completed steps, by key (kind and the subjects of the declaring step). */
  public Map<String, List<String>> declared() {
    return Map.copyOf(declared);
  }

  public Collection<Event.TimerSet> timers() {
    return List.copyOf(timers.values());
  }

  /** How often each step has been completed. */
  public Map<Integer, Integer> completions() {
    return Map.copyOf(completions);
  }

  public int completedSteps() {
    return completions.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Whether the step has ever been opened in this instance. */
  public boolean hasOpened(int step) {
    return opened.contains(step);
  }

  public int eventCount() {
    return events;
  }

  /** The domain events recorded so far, oldest first: what behaviours computed and decided. */
  public List<DomainEvent> domainEvents() {
    return List.copyOf(domainEvents);
  }

  // What StateSnapshot reads and writes: the maps in their order, and the state rebuilt from them.

  static InstanceState empty(InstanceId id) {
    return new InstanceState(id);
  }

  Map<String, DocumentRecord> documentsInOrder() {
    return java.util.Collections.unmodifiableMap(documents);
  }

  Map<String, List<String>> declaredInOrder() {
    return java.util.Collections.unmodifiableMap(declared);
  }

  Map<Integer, Integer> completionsInOrder() {
    return java.util.Collections.unmodifiableMap(completions);
  }

  List<Integer> openedSteps() {
    return opened.stream().sorted().toList();
  }

  void restore(String processKey, int definitionVersion, ProcessContext context,
      InstanceStatus status, int events) {
    this.processKey = processKey;
    this.definitionVersion = definitionVersion;
    this.context = context;
    this.status = status;
    this.events = events;
  }

  void restoreOpen(OpenStep step) {
    open.put(step.item(), step);
  }

  void restoreFork(Fork fork) {
    forks.put(fork.id(), fork);
  }

  void restoreDocument(String type, DocumentRecord document) {
    documents.put(type, document);
  }

  void restoreDeclared(String key, List<String> items) {
    declared.put(key, items);
  }

  void restoreTimer(Event.TimerSet timer) {
    timers.put(timer.timer(), timer);
  }

  void restoreCompletions(int step, int times) {
    completions.put(step, times);
  }

  void restoreOpened(int step) {
    opened.add(step);
  }

  void restoreDomainEvent(DomainEvent event) {
    domainEvents.add(event);
  }

  /** The key under which a declared item list is kept: the kind plus the declaring subjects. */
  public static String listKey(String kind, Map<String, String> subjects) {
    StringBuilder key = new StringBuilder(kind).append('|');
    new java.util.TreeMap<>(subjects)
        .forEach((k, v) -> {
          if (!k.equals(kind)) {
            key.append(k).append('=').append(v).append(';');
          }
        });
    return key.toString();
  }
}
