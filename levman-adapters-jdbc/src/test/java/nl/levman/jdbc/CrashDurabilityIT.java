package nl.levman.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.spi.RecordedEvent;
import nl.levman.spi.WorkItemQuery;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A command the store accepted survives a JVM killed with SIGKILL. A child JVM ({@link
 * CrashingWriter}) commits through {@link JdbcStore} and prints each command id once its commit
 * returned; it is killed at a random moment, {@value #KILLS} times per database, each time followed
 * by a check on the same database: every acknowledged command is in the history, every history's
 * hash chain is intact, and each instance's open work item and timer belong to its last commit.
 * The H2 database is a file database opened with a plain URL, the embedded default.
 */
class CrashDurabilityIT {
  static final int KILLS = 5;
  private static final Pattern ACK = Pattern.compile("ACK (\\S+) ok");

  enum Store { H2_FILE, POSTGRESQL, MARIADB }

  @TempDir
  Path dir;

  private final Random random = new Random();

  @ParameterizedTest(name = "{0}")
  @EnumSource(Store.class)
  void everyAcceptedCommandSurvivesAKilledJvm(Store kind) throws Exception {
    Databases.Throwaway server = switch (kind) {
      case H2_FILE -> null;
      case POSTGRESQL -> Databases.postgres();
      case MARIADB -> Databases.mariadb();
    };
    try {
      String url = server == null ? "jdbc:h2:file:" + dir.resolve("levman") : server.getJdbcUrl();
      String user = server == null ? "sa" : server.getUsername();
      Set<String> acknowledged = new HashSet<>();
      int unacknowledged = 0;
      for (int run = 1; run <= KILLS; run++) {
        List<String> acks = runAndKill(url, user, kind + "-" + run);
        acknowledged.addAll(acks);
        String when = "after kill " + run + " of " + kind;
        if (server != null) {
          unacknowledged = check(server, acknowledged, when);
        } else {
          unacknowledged = checkH2(url, user, acknowledged, when);
        }
      }
      System.out.printf("%s: %d kills, all %d accepted commands kept, %d committed but not yet acknowledged%n",
          kind, KILLS, acknowledged.size(), unacknowledged);
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  /**
   * Starts a writer, kills it at a random moment within 0.8 s of its first acknowledged commit, and
   * returns the ids it acknowledged.
   */
  private List<String> runAndKill(String url, String user, String tag) throws Exception {
    Path log = dir.resolve(tag + ".log");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx128m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
        "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), url, user, tag)
        .redirectError(log.toFile())
        .start();
    List<String> acks = new ArrayList<>();
    CountDownLatch writing = new CountDownLatch(1);
    CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          Matcher ack = ACK.matcher(line);
          if (ack.matches()) {
            synchronized (acks) {
              acks.add(ack.group(1));
            }
            writing.countDown();
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    try {
      assertThat(writing.await(30, TimeUnit.SECONDS)).as("the writer %s commits; its log:%n%s", tag, read(log))
          .isTrue();
      Thread.sleep(random.nextInt(800));
      assertThat(child.isAlive()).as("the writer %s still runs; its log:%n%s", tag, read(log)).isTrue();
    } finally {
      // SIGKILL through the handle: Process.destroyForcibly would also close our end of the pipe
      // and drop the acknowledgements still in it
      child.toHandle().destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
    reader.get(30, TimeUnit.SECONDS);
    synchronized (acks) {
      return List.copyOf(acks);
    }
  }

  /**
   * Waits until the server has finished what the killed writer sent: a commit that reached the
   * server just before the kill may still be applied while the check reads, in between its reads of
   * the history and of the work list.
   */
  private static void settle(JdbcStore store) throws InterruptedException {
    List<Long> heads = List.of();
    for (int tries = 0; tries < 50; tries++) {
      List<Long> now = new ArrayList<>();
      for (int w = 0; w < CrashingWriter.WRITERS; w++) {
        List<RecordedEvent> history = store.events(InstanceId.of(CrashingWriter.instance(w)));
        now.add(history.isEmpty() ? 0L : history.get(history.size() - 1).sequence());
      }
      if (now.equals(heads)) {
        return;
      }
      heads = now;
      Thread.sleep(200);
    }
  }

  /**
   * Checks the database after a kill: every acknowledged command present, chains intact, work list
   * and timers in step with each history. Returns how many commands were committed but never
   * acknowledged (killed between the commit and the print: at most one per writer).
   */
  private static int check(DataSource dataSource, Set<String> acknowledged, String when)
      throws InterruptedException {
    JdbcStore store = JdbcStore.builder(dataSource).build();
    settle(store);
    Set<String> committed = new HashSet<>();
    for (int w = 0; w < CrashingWriter.WRITERS; w++) {
      String instance = CrashingWriter.instance(w);
      List<RecordedEvent> history = store.events(InstanceId.of(instance));
      assertThat(Changes.firstBreak(history)).as("%s, the chain of %s", when, instance).isEmpty();
      history.forEach(e -> e.command().map(CommandId::value).ifPresent(committed::add));
      long last = history.isEmpty() ? 0 : history.get(history.size() - 1).sequence();
      assertThat(store.find(WorkItemQuery.all(10)).stream().filter(i -> i.instance().value().equals(instance))
          .map(i -> i.id().value())).as("%s, the open work of %s", when, instance)
          .containsExactlyElementsOf(last == 0 ? List.of() : List.of(CrashingWriter.workItem(instance, last)));
      assertThat(store.pending(InstanceId.of(instance))).extracting(t -> t.id().value())
          .as("%s, the timers of %s", when, instance)
          .containsExactlyElementsOf(last == 0 ? List.of() : List.of(CrashingWriter.timer(instance, last)));
    }
    Set<String> lost = new HashSet<>(acknowledged);
    lost.removeAll(committed);
    assertThat(lost).as("%s, accepted commands missing from the database", when).isEmpty();
    Set<String> unacknowledged = new HashSet<>(committed);
    unacknowledged.removeAll(acknowledged);
    assertThat(unacknowledged.size()).as("%s, committed but unacknowledged %s", when, unacknowledged)
        .isLessThanOrEqualTo(CrashingWriter.WRITERS * KILLS);
    return unacknowledged.size();
  }

  /**
   * Checks the H2 file database in this JVM, without a pool: a pool can still be opening a
   * connection when it is closed, which would keep the file locked when the next writer starts. One
   * connection holds the database open during the check; closing it closes the database.
   */
  private static int checkH2(String url, String user, Set<String> acknowledged, String when)
      throws SQLException, InterruptedException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(url);
    h2.setUser(user);
    Connection holdsItOpen = h2.getConnection();
    try {
      return check(h2, acknowledged, when);
    } finally {
      holdsItOpen.close();
    }
  }

  private static String read(Path log) {
    try {
      return Files.exists(log) ? Files.readString(log) : "(none)";
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }
}
