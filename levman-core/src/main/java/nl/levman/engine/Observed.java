package nl.levman.engine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.levman.api.AuditReport;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.EngineObserver;
import nl.levman.api.Health;
import nl.levman.api.HistoryEntry;
import nl.levman.api.InstanceView;
import nl.levman.api.ItemOverview;
import nl.levman.api.LevmanEngine;
import nl.levman.api.ProcessRegistry;
import nl.levman.api.RaiseStep;
import nl.levman.api.StartProcess;
import nl.levman.api.Verification;
import nl.levman.api.WorkItem;
import nl.levman.api.WorkQuery;
import nl.levman.model.InstanceId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An engine whose commands an {@link EngineObserver} hears of; the observer cannot break one. */
final class Observed implements LevmanEngine {
  private static final Logger log = LoggerFactory.getLogger(Observed.class);
  private final LevmanEngine engine;
  private final EngineObserver observer;

  Observed(LevmanEngine engine, EngineObserver observer) {
    this.engine = engine;
    this.observer = observer;
  }

  private CommandResult observe(EngineObserver.Command kind, Supplier<CommandResult> command) {
    long started = System.nanoTime();
    CommandResult result = command.get();
    Duration latency = Duration.ofNanos(System.nanoTime() - started);
    tell(() -> {
      if (result instanceof CommandResult.Rejected rejected) {
        observer.rejected(kind, rejected.rejection().code(), latency);
      } else {
        observer.accepted(kind, latency);
      }
    });
    return result;
  }

  private void tell(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      log.warn("the engine observer {} failed ({}); the command's result stands", observer, e.toString());
    }
  }

  @Override
  public CommandResult start(StartProcess command) {
    return observe(EngineObserver.Command.START, () -> engine.start(command));
  }

  @Override
  public CommandResult complete(CompleteStep command) {
    return observe(EngineObserver.Command.COMPLETE, () -> engine.complete(command));
  }

  @Override
  public CommandResult raise(RaiseStep command) {
    return observe(EngineObserver.Command.RAISE, () -> engine.raise(command));
  }

  @Override
  public int runDue() {
    int fired = engine.runDue();
    tell(() -> observer.dueFired(fired));
    return fired;
  }

  @Override
  public List<WorkItem> workList(WorkQuery query) {
    return engine.workList(query);
  }

  @Override
  public Optional<InstanceView> instance(InstanceId id) {
    return engine.instance(id);
  }

  @Override
  public List<ItemOverview> overview(InstanceId id, String itemKind) {
    return engine.overview(id, itemKind);
  }

  @Override
  public List<HistoryEntry> history(InstanceId id) {
    return engine.history(id);
  }

  @Override
  public Verification verify(InstanceId id) {
    return engine.verify(id);
  }

  @Override
  public AuditReport audit() {
    return engine.audit();
  }

  @Override
  public int dispatch() {
    return engine.dispatch();
  }

  @Override
  public int seal() {
    return engine.seal();
  }

  @Override
  public Health health() {
    return engine.health();
  }

  @Override
  public ProcessRegistry processes() {
    return engine.processes();
  }
}
