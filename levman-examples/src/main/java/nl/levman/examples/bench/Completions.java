package nl.levman.examples.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import nl.levman.Levman;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.LevmanEngine;
import nl.levman.api.StartProcess;
import nl.levman.api.VirtualClock;
import nl.levman.api.WorkItem;
import nl.levman.jdbc.JdbcStore;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.Outcome;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Role;
import nl.levman.model.RoleScope;
import nl.levman.model.Scope;

/**
 * Step completions through the engine: a 20-step chain for rates and latencies, and a step that
 * loops back on itself ("again") for instances of a given history length.
 */
final class Completions {
  private static final Role CLERK = new Role("CLERK", "Medewerker", "Clerk", RoleScope.ORGANISATION);
  private static final PersonId CLERK_PERSON = PersonId.of("clerk");
  final LevmanEngine engine;
  private final String tag;
  private int commands;

  Completions(DataSource ds, String tag) {
    this.engine = engine(ds);
    this.tag = tag;
  }

  static LevmanEngine engine(DataSource ds) {
    return Levman.builder().store(JdbcStore.builder(ds).createOrUpgradeSchema(true).build())
        .process(chain()).process(loop())
        .directory(new InMemoryDirectory().grant("clerk", "CLERK", Scope.organisation()))
        .clock(VirtualClock.at(Instant.parse("2026-01-05T08:00:00Z"))).build();
  }

  static ProcessDefinition chain() {
    ProcessDefinition.ProcessBuilder b = ProcessDefinition.builder("bench-chain", 1).roles(CLERK);
    for (int step = 1; step < 20; step++) {
      b.step(step).by(CLERK).nl("Stap " + step).en("Step " + step).next(step + 1);
    }
    return b.step(20).by(CLERK).nl("Stap 20").en("Step 20").end().build();
  }

  static ProcessDefinition loop() {
    return ProcessDefinition.builder("bench-loop", 1).roles(CLERK)
        .step(1).by(CLERK).nl("Nog eens?").en("Again?")
        .gate(Outcome.of("again", 1), Outcome.toEnd("done")).build();
  }

  /** An instance of the process, and its open work item. */
  final class Running {
    final InstanceId id;
    WorkItem open;
    long records;

    Running(String process, String name) {
      id = InstanceId.of(tag + "-" + name);
      CommandResult r = engine.start(new StartProcess(CommandId.of(tag + "-start-" + name), id,
          process, CLERK_PERSON, ProcessContext.empty()));
      take(r);
    }

    /** Completes the open step (with "again" on the loop); false once the instance has ended. */
    boolean step() {
      CompleteStep.Builder b = CompleteStep.of(CommandId.of(tag + "-" + ++commands + "-" + open.id()),
          id, open.id(), CLERK_PERSON);
      if (!open.outcomes().isEmpty()) {
        b.outcome("again");
      }
      return take(engine.complete(b.build()));
    }

    private boolean take(CommandResult r) {
      if (!(r instanceof CommandResult.Accepted accepted)) {
        throw new IllegalStateException("bench command refused: " + r);
      }
      records = accepted.lastSequence();
      open = accepted.opened().isEmpty() ? null : accepted.opened().get(0);
      return open != null;
    }
  }

  Running start(String process, String name) {
    return new Running(process, name);
  }

  /** Enough chain instances for this many completions (20 each). */
  List<Running> chains(int completions, String prefix) {
    List<Running> running = new ArrayList<>();
    for (int i = 0; i < (completions + 19) / 20; i++) {
      running.add(start("bench-chain", prefix + "-" + i));
    }
    return running;
  }

  /** Per-completion latencies in nanoseconds, round-robin over the instances until they end. */
  static long[] time(List<Running> instances, int completions) {
    List<Running> running = new ArrayList<>(instances);
    long[] nanos = new long[completions];
    for (int done = 0; done < completions; done++) {
      Running r = running.remove(0);
      long t0 = System.nanoTime();
      boolean more = r.step();
      nanos[done] = System.nanoTime() - t0;
      if (more) {
        running.add(r);
      }
    }
    return nanos;
  }

  /** Completions per second with {@code threads} client threads, spread over the engines. */
  static double rate(List<Completions> engines, int threads, int perThread) throws Exception {
    List<List<Running>> instances = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      instances.add(engines.get(t % engines.size()).chains(perThread, "t" + threads + "-" + t + "-" + System.nanoTime()));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> work = new ArrayList<>();
      long t0 = System.nanoTime();
      for (List<Running> mine : instances) {
        work.add(pool.submit(() -> time(mine, perThread)));
      }
      for (Future<?> f : work) {
        f.get();
      }
      return threads * perThread / ((System.nanoTime() - t0) / 1e9);
    } finally {
      pool.shutdown();
    }
  }

  static double percentile(long[] nanos, double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
  }
}
