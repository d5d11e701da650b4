package nl.levman.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import nl.levman.model.InstanceId;
import nl.levman.spi.CommitOutcome;
import nl.levman.spi.InstanceChange;
import nl.levman.spi.RecordedEvent;

/**
 * The child JVM of {@link CrashDurabilityIT}: commits changes through {@link JdbcStore} without end,
 * on {@value #WRITERS} instances at once, and prints {@code ACK <command id> ok} (flushed) after each
 * commit returned. Each change appends 1–3 history rows to the instance's hash chain, replaces the
 * instance's one open work item and its one timer by ones named after the new last sequence, so
 * that a torn commit would show. Continues the histories a killed predecessor left.
 *
 * <p>Arguments: JDBC URL, user, a tag that makes this run's command ids unique.
 */
final class CrashingWriter {
  static final int WRITERS = 2;
  private static final PrintStream OUT = System.out;

  private CrashingWriter() {}

  public static void main(String[] args) throws InterruptedException {
    String url = args[0];
    String user = args[1];
    String tag = args[2];
    HikariDataSource pool = Databases.pool(url, user, WRITERS + 1);
    JdbcStore store = JdbcStore.builder(pool).createOrUpgradeSchema(true).build();
    Thread[] writers = new Thread[WRITERS];
    for (int w = 0; w < WRITERS; w++) {
      String instance = instance(w);
      String prefix = tag + "-" + w + "-";
      writers[w] = new Thread(() -> write(store, instance, prefix), "writer-" + w);
      writers[w].start();
    }
    for (Thread writer : writers) {
      writer.join();
    }
    System.exit(3); // a writer stopped: the parent expects to kill a running writer
  }

  static String instance(int writer) {
    return "crash-" + writer;
  }

  static String workItem(String instance, long lastSequence) {
    return instance + ".at" + lastSequence;
  }

  static String timer(String instance, long lastSequence) {
    return instance + ".t" + lastSequence;
  }

  private static void write(JdbcStore store, String instance, String prefix) {
    List<RecordedEvent> history = store.events(InstanceId.of(instance));
    RecordedEvent last = history.isEmpty() ? null : history.get(history.size() - 1);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    for (long n = 0; ; n++) {
      String command = prefix + n;
      long before = last == null ? 0 : last.sequence();
      Changes change = last == null ? Changes.start(instance, command) : Changes.after(last, command);
      int events = 1 + random.nextInt(3);
      change.events(events, "{\"text\":\"" + "x".repeat(20 + random.nextInt(1500)) + "\"}");
      if (before > 0) {
        change.close(workItem(instance, before)).clear(timer(instance, before));
      }
      change.open(workItem(instance, before + events), "acme")
          .set(timer(instance, before + events), Instant.parse("2030-01-01T00:00:00Z"));
      InstanceChange built = change.build();
      CommitOutcome outcome = store.commit(built);
      if (outcome != CommitOutcome.APPLIED) {
        System.err.println("commit of " + command + " was " + outcome);
        return;
      }
      acknowledge("ACK " + command + " ok");
      last = built.events().get(built.events().size() - 1);
    }
  }

  private static void acknowledge(String line) {
    synchronized (OUT) {
      OUT.print(line + "\n");
      OUT.flush();
    }
  }
}
