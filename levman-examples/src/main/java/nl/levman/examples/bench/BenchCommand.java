package nl.levman.examples.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.levman.Levman;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.LevmanEngine;
import nl.levman.api.StartProcess;
import nl.levman.api.VirtualClock;
import nl.levman.api.WorkItem;
import nl.levman.api.WorkQuery;
import nl.levman.jdbc.JdbcStore;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Role;
import nl.levman.model.RoleScope;
import nl.levman.model.Scope;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures the engine on H2 and PostgreSQL: step completions per second and round trips per
 * completion, against a raw JDBC baseline (one INSERT and COMMIT per iteration) on the same
 * database; the work-list latency for one role with 100,000 open instances on PostgreSQL; and the
 * heap in use after 10,000 and after 100,000 stored instances.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks completions, round trips, the work list and memory on H2 and PostgreSQL.")
public final class BenchCommand implements Callable<Integer> {
  private static final Role CLERK = new Role("CLERK", "Medewerker", "Clerk", RoleScope.ORGANISATION);

  @Option(names = "--pg-url", defaultValue = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
      description = "PostgreSQL to measure on (default: ${DEFAULT-VALUE}); 'none' to skip")
  String pgUrl;

  @Option(names = "--completions", defaultValue = "3000", description = "step completions to time (default: ${DEFAULT-VALUE})")
  int completions;

  @Option(names = "--instances", defaultValue = "100000", description = "open instances for the work list (default: ${DEFAULT-VALUE})")
  int instances;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  static ProcessDefinition chain() {
    ProcessDefinition.ProcessBuilder b = ProcessDefinition.builder("bench-chain", 1).roles(CLERK);
    for (int step = 1; step < 20; step++) {
      b.step(step).by(CLERK).nl("Stap " + step).en("Step " + step).next(step + 1);
    }
    return b.step(20).by(CLERK).nl("Stap 20").en("Step 20").end().build();
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Levman bench: %d completions per database; %d open instances for the work list%n%n", completions, instances);
    Path h2dir = Files.createTempDirectory("levman-bench");
    try (HikariDataSource h2 = pool("jdbc:h2:file:" + h2dir.resolve("bench"), null)) {
      completions(out, "H2 (file)", h2);
    }
    if (!pgUrl.equals("none")) {
      String schema = "levman_bench_" + UUID.randomUUID().toString().substring(0, 8);
      try (HikariDataSource admin = pool(pgUrl, null);
          Connection c = admin.getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + schema);
      }
      try (HikariDataSource pg = pool(pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema, null)) {
        completions(out, "PostgreSQL", pg);
        workListAndMemory(out, pg);
      } finally {
        try (HikariDataSource admin = pool(pgUrl, null);
            Connection c = admin.getConnection(); Statement s = c.createStatement()) {
          s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
      }
    }
    out.flush();
    return 0;
  }

  private static HikariDataSource pool(String url, String user) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    if (user != null) {
      config.setUsername(user);
    }
    config.setMaximumPoolSize(4);
    return new HikariDataSource(config);
  }

  private LevmanEngine engine(javax.sql.DataSource ds, VirtualClock clock) {
    return Levman.builder().store(JdbcStore.builder(ds).createOrUpgradeSchema(true).build()).process(chain())
        .directory(new InMemoryDirectory().grant("clerk", "CLERK", Scope.organisation())).clock(clock).build();
  }

  private void completions(PrintWriter out, String name, HikariDataSource ds) throws SQLException {
    CountingDataSource counting = new CountingDataSource(ds);
    VirtualClock clock = VirtualClock.at(Instant.parse("2026-01-05T08:00:00Z"));
    LevmanEngine engine = engine(counting, clock);
    int perInstance = 19;
    int instanceCount = (completions + perInstance - 2) / (perInstance - 1) + 10;
    List<InstanceId> ids = new ArrayList<>();
    for (int i = 0; i < instanceCount; i++) {
      InstanceId id = InstanceId.of("bench-" + i);
      engine.start(new StartProcess(CommandId.of("start-" + id), id, "bench-chain", PersonId.of("clerk"), ProcessContext.empty()));
      ids.add(id);
    }
    warmUp(engine, ids.subList(0, Math.min(10, ids.size())));
    long trips = 0;
    long commits = 0;
    long nanos = 0;
    int done = 0;
    outer:
    for (int round = 1; round < perInstance; round++) {
      for (InstanceId id : ids.subList(Math.min(10, ids.size()), ids.size())) {
        WorkItem open = engine.instance(id).orElseThrow().open().get(0);
        CompleteStep command = CompleteStep.of(CommandId.of("c-" + open.id()), id, open.id(),
            PersonId.of("clerk")).build();
        long trips0 = counting.roundTrips.get();
        long commits0 = counting.commits.get();
        long t0 = System.nanoTime();
        CommandResult r = engine.complete(command);
        nanos += System.nanoTime() - t0;
        trips += counting.roundTrips.get() - trips0;
        commits += counting.commits.get() - commits0;
        if (!r.accepted()) {
          throw new IllegalStateException("bench completion refused: " + r);
        }
        if (++done >= completions) {
          break outer;
        }
      }
    }
    double rate = done / (nanos / 1e9);
    double baseline = rawBaseline(ds, done);
    out.printf("%s%n  completions: %d, %.0f per second (time inside complete())%n", name, done, rate);
    out.printf("  round trips per completion: %.2f; commits per completion: %.2f%n",
        (double) trips / done, (double) commits / done);
    out.printf("  raw JDBC baseline (one INSERT + COMMIT per iteration): %.0f per second; ratio engine/baseline: %.2f%n%n",
        baseline, rate / baseline);
  }

  private void warmUp(LevmanEngine engine, List<InstanceId> ids) {
    for (int round = 0; round < 5; round++) {
      for (InstanceId id : ids) {
        WorkItem open = engine.instance(id).orElseThrow().open().get(0);
        engine.complete(CompleteStep.of(CommandId.of("w-" + open.id()), id, open.id(), PersonId.of("clerk")).build());
      }
    }
  }

  private static double rawBaseline(HikariDataSource ds, int iterations) throws SQLException {
    try (Connection c = ds.getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE TABLE IF NOT EXISTS levman_bench_raw (id BIGINT PRIMARY KEY, payload VARCHAR(200))");
      }
      c.setAutoCommit(false);
      long started = System.nanoTime();
      try (PreparedStatement p = c.prepareStatement("INSERT INTO levman_bench_raw (id, payload) VALUES (?, ?)")) {
        for (int i = 0; i < iterations; i++) {
          p.setLong(1, System.nanoTime() + i);
          p.setString(2, "raw baseline row " + i);
          p.executeUpdate();
          c.commit();
        }
      }
      return iterations / ((System.nanoTime() - started) / 1e9);
    }
  }

  private void workListAndMemory(PrintWriter out, HikariDataSource ds) throws SQLException {
    VirtualClock clock = VirtualClock.at(Instant.parse("2026-01-05T08:00:00Z"));
    LevmanEngine engine = engine(ds, clock);
    String[] roles = {"SLM", "LEV", "DE", "CM", "CCM", "MT", "INK", "PM"};
    long heap10k = 0;
    int loaded = 0;
    int batch = 5_000;
    while (loaded < instances) {
      bulkLoad(ds, loaded, Math.min(batch, instances - loaded), roles);
      loaded += Math.min(batch, instances - loaded);
      if (loaded == Math.min(10_000, instances)) {
        queryWorkList(engine, 200);
        heap10k = heapAfterGc();
      }
    }
    queryWorkList(engine, 500);
    long[] latencies = new long[2_000];
    for (int i = 0; i < latencies.length; i++) {
      long t0 = System.nanoTime();
      List<WorkItem> page = engine.workList(WorkQuery.all().role("SLM").limit(50));
      latencies[i] = System.nanoTime() - t0;
      if (page.size() != 50) {
        throw new IllegalStateException("expected a full page of 50, got " + page.size());
      }
    }
    Arrays.sort(latencies);
    out.printf("PostgreSQL work list, role SLM, first page of 50, %d open instances (%d of them SLM):%n",
        instances, instances / roles.length);
    out.printf("  median %.2f ms, p99 %.2f ms%n", latencies[latencies.length / 2] / 1e6,
        latencies[(int) (latencies.length * 0.99)] / 1e6);
    long heap100k = heapAfterGc();
    out.printf("heap in use after GC: %.1f MB with 10,000 stored instances, %.1f MB with %,d%n%n",
        heap10k / 1e6, heap100k / 1e6, instances);
  }

  private static void queryWorkList(LevmanEngine engine, int times) {
    for (int i = 0; i < times; i++) {
      engine.workList(WorkQuery.all().role("SLM").limit(50));
    }
  }

  /**
   * Stores instances directly with batched inserts: the instance row, its first history row and one
   * open work item each (the engine would take minutes to make 100,000 on this machine).
   */
  private static void bulkLoad(HikariDataSource ds, int from, int count, String[] roles) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement i = c.prepareStatement("INSERT INTO levman_instance (id, process_key, supplier, status, started_at) VALUES (?,?,?,?,?)");
          PreparedStatement h = c.prepareStatement("INSERT INTO levman_history (instance_id, sequence, recorded_at, actor, command_id, type, payload, previous_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)");
          PreparedStatement w = c.prepareStatement("INSERT INTO levman_work_item (id, instance_id, process_key, step, role, supplier, service, assignee, period, subjects, opened_at, due_at, due_sort) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
        for (int n = from; n < from + count; n++) {
          String id = "load-" + n;
          String supplier = "supplier-" + (n % 500);
          i.setString(1, id); i.setString(2, "bench-chain"); i.setString(3, supplier);
          i.setString(4, "RUNNING"); i.setLong(5, 1_767_600_000_000L + n);
          i.addBatch();
          h.setString(1, id); h.setLong(2, 1); h.setLong(3, 1_767_600_000_000L + n); h.setString(4, "bench");
          h.setString(5, "load-" + n); h.setString(6, "ProcessStarted"); h.setString(7, "{}");
          h.setString(8, "0".repeat(64)); h.setString(9, "0".repeat(64));
          h.addBatch();
          long due = 1_767_600_000_000L + (n % 1000) * 86_400_000L;
          w.setString(1, id + ".2"); w.setString(2, id); w.setString(3, "bench-chain");
          w.setInt(4, 1 + n % 20); w.setString(5, roles[n % roles.length]); w.setString(6, supplier);
          w.setString(7, "service-" + (n % 500)); w.setNull(8, java.sql.Types.VARCHAR); w.setInt(9, 1);
          w.setString(10, "{}"); w.setLong(11, 1_767_600_000_000L + n); w.setLong(12, due); w.setLong(13, due);
          w.addBatch();
        }
        i.executeBatch();
        h.executeBatch();
        w.executeBatch();
      }
      c.commit();
    }
  }

  private static long heapAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
