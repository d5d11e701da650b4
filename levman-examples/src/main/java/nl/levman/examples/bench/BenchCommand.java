package nl.levman.examples.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.levman.api.LevmanEngine;
import nl.levman.api.WorkItem;
import nl.levman.api.WorkQuery;
import nl.levman.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Measures what users of the engine ask, on H2 in memory and PostgreSQL, each a median with its
 * spread over repeated runs: completions per second and latency per completion, round trips and
 * commits per completion, a raw INSERT + COMMIT baseline and the ratio to it, the cost of a
 * completion by the length of the instance's history, one against four client threads (and two
 * engines on pools of their own), the engine's start; and, once, the work list and the heap by the
 * number of open instances on PostgreSQL. Prints a table and writes the figures as JSON.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks completions, round trips, history length, threads, start, the work list and memory.")
public final class BenchCommand implements Callable<Integer> {

  @Option(names = "--pg-url", defaultValue = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
      description = "PostgreSQL to measure on (default: ${DEFAULT-VALUE}); 'none' to skip")
  String pgUrl;

  @Option(names = "--runs", defaultValue = "3", description = "repeated runs (default: ${DEFAULT-VALUE})")
  int runs;

  @Option(names = "--completions", defaultValue = "3000", description = "timed completions per run and database (default: ${DEFAULT-VALUE})")
  int completions;

  @Option(names = "--history", defaultValue = "10,100,1000,4000", split = ",",
      description = "history lengths, in records, to time a completion at (default: ${DEFAULT-VALUE})")
  int[] history;

  @Option(names = "--instances", defaultValue = "100000", split = ",",
      description = "open instances on PostgreSQL for the work list and the heap, ascending (default: ${DEFAULT-VALUE}); 0 to skip")
  int[] instances;

  @Option(names = "--json", defaultValue = "levman-bench.json", description = "where to write the figures (default: ${DEFAULT-VALUE})")
  Path json;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final Samples samples = new Samples();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("Levman bench: %d runs of %d completions per database; history lengths %s; work list at %s open instances%n",
        runs, completions, Arrays.toString(history), Arrays.toString(instances));
    out.printf("machine: %d cores, Java %s%n%n", Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    out.flush();
    startEngine(true);
    for (int run = 1; run <= runs; run++) {
      out.printf("run %d of %d …%n", run, runs);
      out.flush();
      startEngine(false);
      try (HikariDataSource h2 = pool("jdbc:h2:mem:bench" + run + ";DB_CLOSE_DELAY=-1", 4)) {
        measure("H2 mem", h2, false, run);
        drop(h2, "DROP ALL OBJECTS");
      }
      if (!pgUrl.equals("none")) {
        onPostgres(pg -> measure("PostgreSQL", pg, true, 0));
      }
    }
    if (!pgUrl.equals("none") && instances.length > 0 && instances[0] > 0) {
      onPostgres(this::workListAndHeap);
    }
    out.println();
    samples.print(out);
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("runs", runs);
    tree.put("completions", completions);
    tree.put("cores", Runtime.getRuntime().availableProcessors());
    tree.putAll(samples.json());
    Files.writeString(json, Json.write(tree) + "\n", StandardCharsets.UTF_8);
    out.printf("%nwritten to %s%n", json.toAbsolutePath());
    out.flush();
    return 0;
  }

  private interface OnDatabase {
    void run(HikariDataSource ds) throws Exception;
  }

  /** Runs on a PostgreSQL schema of its own ({@code levman_bench_…}), dropped afterwards. */
  private void onPostgres(OnDatabase work) throws Exception {
    String schema = "levman_bench_" + UUID.randomUUID().toString().substring(0, 8);
    try (HikariDataSource admin = pool(pgUrl, 1)) {
      drop(admin, "CREATE SCHEMA " + schema);
      try (HikariDataSource pg = pool(pgUrl + (pgUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema, 8)) {
        work.run(pg);
      } finally {
        drop(admin, "DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  private void measure(String db, HikariDataSource ds, boolean threads, int run) throws Exception {
    CountingDataSource counting = new CountingDataSource(ds);
    Completions c = new Completions(counting, "r" + UUID.randomUUID().toString().substring(0, 6));
    Completions.time(c.chains(1000, "warm"), 1000);
    List<Completions.Running> chains = c.chains(completions, "timed");
    long trips0 = counting.roundTrips.get();
    long commits0 = counting.commits.get();
    long[] nanos = Completions.time(chains, completions);
    double perSecond = completions / (Arrays.stream(nanos).sum() / 1e9);
    samples.add(db + ": completions per second", "/s", perSecond);
    samples.add(db + ": completion p50", "ms", Completions.percentile(nanos, 0.5));
    samples.add(db + ": completion p99", "ms", Completions.percentile(nanos, 0.99));
    samples.add(db + ": round trips per completion", "", (counting.roundTrips.get() - trips0) / (double) completions);
    samples.add(db + ": commits per completion", "", (counting.commits.get() - commits0) / (double) completions);
    double baseline = rawBaseline(ds, completions);
    samples.add(db + ": raw INSERT+COMMIT per second", "/s", baseline);
    samples.add(db + ": ratio engine / raw", "", perSecond / baseline);
    historyLengths(db, c);
    if (threads) {
      double one = Completions.rate(List.of(c), 1, completions / 2);
      double four = Completions.rate(List.of(c), 4, completions / 2);
      samples.add(db + ": 1 thread", "/s", one);
      samples.add(db + ": 4 threads", "/s", four);
      samples.add(db + ": 4 threads / 1 thread", "", four / one);
      try (HikariDataSource second = pool(ds.getJdbcUrl(), 4)) {
        Completions other = new Completions(second, "r" + UUID.randomUUID().toString().substring(0, 6));
        double two = Completions.rate(List.of(c, other), 4, completions / 2);
        samples.add(db + ": 4 threads on 2 engines, pools of their own", "/s", two);
      }
    }
  }

  /**
   * The median time of a completion on instances whose history holds about each length of records
   * (a completion adds two). The lengths take turns, one completion each, so that a disturbance of
   * the machine falls on all of them alike.
   */
  private void historyLengths(String db, Completions c) {
    int timed = 200;
    List<List<Completions.Running>> loops = new ArrayList<>();
    for (int length : history) {
      int count = length >= 1000 ? 1 : Math.max(1, 1000 / length);
      List<Completions.Running> atLength = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Completions.Running r = c.start("bench-loop", "len" + length + "-" + i + "-" + UUID.randomUUID());
        while (r.records < length) {
          r.step();
        }
        atLength.add(r);
      }
      loops.add(atLength);
    }
    long[][] nanos = new long[history.length][timed];
    for (int n = 0; n < timed; n++) {
      for (int l = 0; l < history.length; l++) {
        Completions.Running r = loops.get(l).get(n % loops.get(l).size());
        long t0 = System.nanoTime();
        r.step();
        nanos[l][n] = System.nanoTime() - t0;
      }
    }
    for (int l = 0; l < history.length; l++) {
      samples.add(db + ": completion at " + history[l] + " records", "ms", Completions.percentile(nanos[l], 0.5));
    }
    if (history.length > 1) {
      samples.add(db + ": completion at " + history[history.length - 1] + " / at " + history[0] + " records", "",
          Completions.percentile(nanos[history.length - 1], 0.5) / Completions.percentile(nanos[0], 0.5));
    }
  }

  /** The engine built on an empty H2 database in memory, schema created; the first is the JVM's first. */
  private void startEngine(boolean first) throws SQLException {
    String url = "jdbc:h2:mem:start" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    try (HikariDataSource h2 = pool(url, 2)) {
      h2.getConnection().close();
      long t0 = System.nanoTime();
      LevmanEngine engine = Completions.engine(h2);
      double seconds = (System.nanoTime() - t0) / 1e9;
      samples.add(first ? "engine start, first in the JVM (H2 mem)" : "engine start, again (H2 mem)", "s", seconds);
      engine.workList(WorkQuery.all().limit(1));
      drop(h2, "DROP ALL OBJECTS");
    }
  }

  private static HikariDataSource pool(String url, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(size);
    return new HikariDataSource(config);
  }

  private static void drop(HikariDataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
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
      double rate = iterations / ((System.nanoTime() - started) / 1e9);
      c.setAutoCommit(true);
      return rate;
    }
  }

  private void workListAndHeap(HikariDataSource ds) throws SQLException {
    LevmanEngine engine = Completions.engine(ds);
    String[] roles = {"SLM", "LEV", "DE", "CM", "CCM", "MT", "INK", "PM"};
    int loaded = 0;
    for (int size : instances) {
      while (loaded < size) {
        int count = Math.min(10_000, size - loaded);
        bulkLoad(ds, loaded, count, roles);
        loaded += count;
      }
      try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
        s.execute("ANALYZE");
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
      String at = String.format("%,d open instances", size);
      samples.add("PostgreSQL: work list p50, " + at, "ms", Completions.percentile(latencies, 0.5));
      samples.add("PostgreSQL: work list p99, " + at, "ms", Completions.percentile(latencies, 0.99));
      samples.add("heap in use after GC, " + at, "MB", heapAfterGc() / 1e6);
    }
  }

  private static void queryWorkList(LevmanEngine engine, int times) {
    for (int i = 0; i < times; i++) {
      engine.workList(WorkQuery.all().role("SLM").limit(50));
    }
  }

  /**
   * Stores instances directly with batched inserts: the instance row, its first history row and one
   * open work item each (the engine would take far longer to make them on this machine).
   */
  private static void bulkLoad(HikariDataSource ds, int from, int count, String[] roles) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement i = c.prepareStatement("INSERT INTO levman_instance (id, process_key, supplier, status, started_at) VALUES (?,?,?,?,?)");
          PreparedStatement h = c.prepareStatement("INSERT INTO levman_history (instance_id, sequence, recorded_at, actor, command_id, type, payload, previous_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)");
          PreparedStatement w = c.prepareStatement("INSERT INTO levman_work_item (id, instance_id, process_key, step, role, supplier, service, assignee, period, subjects, opened_at, due_at, due_sort, definition_version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
        for (int n = from; n < from + count; n++) {
          String id = "load-" + n;
          String supplier = "supplier-" + (n % 500);
          i.setString(1, id); i.setString(2, "bench-chain"); i.setString(3, supplier);
          i.setString(4, "RUNNING"); i.setLong(5, 1_767_600_000_000L + n);
          i.addBatch();
          h.setString(1, id); h.setLong(2, 1); h.setLong(3, 1_767_600_000_000L + n); h.setString(4, "bench");
          h.setString(5, "load-" + n); h.setString(6, "process-started.v1"); h.setString(7, "{}");
          h.setString(8, "0".repeat(64)); h.setString(9, "0".repeat(64));
          h.addBatch();
          long due = 1_767_600_000_000L + (n % 1000) * 86_400_000L;
          w.setString(1, id + ".2"); w.setString(2, id); w.setString(3, "bench-chain");
          w.setInt(4, 1 + n % 20); w.setString(5, roles[n % roles.length]); w.setString(6, supplier);
          w.setString(7, "service-" + (n % 500)); w.setNull(8, java.sql.Types.VARCHAR); w.setInt(9, 1);
          w.setString(10, "{}"); w.setLong(11, 1_767_600_000_000L + n); w.setLong(12, due); w.setLong(13, due);
          w.setInt(14, 1);
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
