package nl.levman.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * Every user error is one line on standard error naming what was wrong, with the exit code of its
 * class (2 usage, 3 store, 4 could not finish), and never a stack trace unless --debug is given.
 */
class CliErrorsTest {
  @TempDir static Path root;
  static Path data;

  @BeforeAll
  static void aDataFolderWithOneRunningInstance() {
    data = root.resolve("data");
    Fixtures.oneRunningReview(data);
  }

  static CliRun oneLine(int exit, String contains, String... args) {
    CliRun r = CliRun.run(args);
    assertThat(r.exit()).as(r.toString()).isEqualTo(exit);
    assertThat(r.errLines()).as(r.toString()).hasSize(1);
    assertThat(r.err()).as(r.toString()).contains(contains).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(r.err()).startsWith("levman");
    return r;
  }

  @Test
  void anUnknownRoleIsAUsageError() {
    oneLine(2, "levman worklist: unknown role 'XYZ'; the roles are: CCM, CM, DE, INK, LEV, MT, PM, SLM",
        "worklist", "--role", "XYZ", "--data", data.toString());
  }

  @Test
  void aKnownRoleWithNothingOpenIsNoError() {
    CliRun r = CliRun.run("worklist", "--role", "SLM", "--data", data.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).contains("0 open work item(s) for role SLM");
  }

  @Test
  void anUnknownProcessIsAUsageError() {
    oneLine(2, "unknown process 'process-8'", "worklist", "--role", "SLM", "--process", "process-8",
        "--data", data.toString());
    oneLine(2, "unknown process 'process-8'", "instances", "--process", "process-8", "--data", data.toString());
    oneLine(2, "levman describe: unknown process 'process-8'; known: service-level-management",
        "describe", "process-8");
  }

  @Test
  void anUnknownInstanceIsAUsageError() {
    oneLine(2, "levman history: there is no instance 'sla-nobody' in " + data.toAbsolutePath().resolve("levman.mv.db")
        + "; 'levman instances' lists them", "history", "sla-nobody", "--data", data.toString());
  }

  @Test
  void anEmptyOrOverlongInstanceIdIsAUsageError() {
    oneLine(2, "levman history: the instance id is empty", "history", "", "--data", data.toString());
    oneLine(2, "the instance id is empty", "history", "  ", "--data", data.toString());
    oneLine(2, "cannot be an instance id: an id has 1 to 100 characters", "history", "x".repeat(101),
        "--data", data.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "0"})
  void aLimitBelowOneIsRefused(String limit) {
    oneLine(2, "levman worklist: Invalid value for option '--limit': '" + limit + "' is less than 1; give 1 or more",
        "worklist", "--role", "SLM", "--limit", limit, "--data", data.toString());
    oneLine(2, "'" + limit + "' is less than 1", "instances", "--limit", limit, "--data", data.toString());
  }

  @Test
  void aLimitThatIsNoNumberIsRefused() {
    oneLine(2, "Invalid value for option '--limit': 'ten' is not a whole number", "worklist", "--role", "SLM",
        "--limit", "ten", "--data", data.toString());
  }

  @Test
  void theLimitHasHelpText() {
    CliRun r = CliRun.run("worklist", "--help");
    assertThat(r.out().replaceAll("\\s+", " "))
        .contains("--limit=<limit> list at most this many work items, 1 or more (default: 50)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"worklist", "history", "verify", "instances"})
  void aDataFolderThatIsNotThereIsAUsageErrorAndIsNotCreated(String command) {
    Path typo = root.resolve("typo-" + command);
    List<String> args = new ArrayList<>(List.of(command, "--data", typo.toString()));
    if (command.equals("worklist")) {
      args.addAll(List.of("--role", "SLM"));
    } else if (command.equals("history")) {
      args.add("review-2026");
    }
    oneLine(2, "levman " + command + ": there is no data folder " + typo.toAbsolutePath()
        + "; give the folder the demo made with --data", args.toArray(String[]::new));
    assertThat(typo).doesNotExist();
  }

  @Test
  void aFolderWithoutADatabaseIsAUsageErrorAndStaysEmpty() throws Exception {
    Path empty = Files.createDirectories(root.resolve("empty"));
    oneLine(2, "the data folder " + empty.toAbsolutePath() + " holds no Levman database (levman.mv.db)",
        "verify", "--data", empty.toString());
    oneLine(2, "holds no Levman database", "instances", "--data", empty.toString());
    try (var files = Files.list(empty)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aFileGivenAsTheDataFolderIsAUsageError() throws Exception {
    Path file = Files.writeString(root.resolve("a-file"), "x");
    oneLine(2, "is not a folder", "instances", "--data", file.toString());
  }

  @Test
  void anH2UrlWithoutADatabaseIsAUsageErrorAndCreatesNothing() {
    Path missing = root.resolve("no-such-folder").resolve("db");
    oneLine(2, "there is no H2 database at " + missing + ".mv.db", "instances",
        "--jdbc-url", "jdbc:h2:file:" + missing);
    assertThat(root.resolve("no-such-folder")).doesNotExist();
  }

  @Test
  void aDatabaseWithoutLevmanTablesIsAUsageError() throws Exception {
    Path other = root.resolve("other");
    try (var c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + other.toAbsolutePath().resolve("db"))) {
      c.createStatement().execute("CREATE TABLE IF NOT EXISTS something (id INT)");
    }
    oneLine(2, "holds no Levman tables (levman_history); is it the right database?", "instances",
        "--jdbc-url", "jdbc:h2:file:" + other.toAbsolutePath().resolve("db"));
  }

  @Test
  void anUnreachableDatabaseIsAStoreError() {
    oneLine(3, "levman history: cannot open the database jdbc:postgresql://127.0.0.1:1/levman: Connection to 127.0.0.1:1 refused",
        "history", "sla-acme", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/levman");
  }

  @Test
  void aMariaDbUrlFindsItsDriver() {
    CliRun r = oneLine(3, "levman instances: cannot open the database jdbc:mariadb://127.0.0.1:1/levman?user=root: ",
        "instances", "--jdbc-url", "jdbc:mariadb://127.0.0.1:1/levman?user=root");
    assertThat(r.err()).doesNotContain("driver");
  }

  @Test
  void aPasswordInTheUrlIsNotPrinted() {
    CliRun r = oneLine(3, "password=***", "instances", "--jdbc-url",
        "jdbc:postgresql://127.0.0.1:1/levman?user=ann&password=s3cret");
    assertThat(r.err()).doesNotContain("s3cret");
  }

  @Test
  void aUrlOfADatabaseLevmanCarriesNoDriverForIsAUsageError() {
    oneLine(2, "levman verify: no JDBC driver for jdbc:oracle:thin:@db:1521:x; levman carries H2 (jdbc:h2:), "
        + "PostgreSQL (jdbc:postgresql:) and MariaDB (jdbc:mariadb:)",
        "verify", "--jdbc-url", "jdbc:oracle:thin:@db:1521:x", "--data", data.toString());
    oneLine(2, "'postgres://db/levman' is not a JDBC URL", "instances", "--jdbc-url", "postgres://db/levman");
  }

  @Test
  void anH2DatabaseInUseByAnotherProgramIsAStoreError(@TempDir Path dir) throws Exception {
    Path locked = dir.resolve("locked");
    Fixtures.oneRunningReview(locked);
    String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String url = "jdbc:h2:file:" + locked.toAbsolutePath().resolve("levman");
    Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classpath, HoldH2.class.getName(), url).redirectErrorStream(true).start();
    try {
      BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertThat(said.readLine()).isEqualTo("ready");
      oneLine(3, "levman history: the H2 database " + locked.toAbsolutePath().resolve("levman") + ".mv.db is in use by "
          + "another program (a running demo or levman command?); wait for it to finish, or give another --data",
          "history", "review-2026", "--data", locked.toString());
    } finally {
      holder.getOutputStream().close();
      if (!holder.waitFor(20, TimeUnit.SECONDS)) {
        holder.destroyForcibly();
      }
    }
  }

  @Test
  void describeErrorsAreOneLine() {
    oneLine(2, "levman describe: Invalid value for option '--format': expected one of [table, json, mermaid, bpmn, "
        + "markdown] (case-sensitive) but was 'pdf'; see 'levman describe --help'",
        "describe", "service-level-management", "--format", "pdf");
    oneLine(2, "levman describe: unknown language 'fr'; use nl or en", "describe", "service-level-management",
        "--lang", "fr");
    oneLine(2, "'10' is not a width from 40 to 1000", "describe", "service-level-management", "--width", "10");
  }

  @Test
  void anUnknownCommandOrOptionIsOneLine() {
    oneLine(2, "levman: Unmatched argument at index 0: 'frobnicate'", "frobnicate");
    oneLine(2, "levman: choose a command: describe, demo, instances, worklist, history", new String[0]);
    oneLine(2, "levman instances: Unknown option: '--colour'", "instances", "--colour", "--data", data.toString());
    oneLine(2, "levman worklist: Missing required option: '--role=<role>'", "worklist", "--data", data.toString());
  }

  @Test
  void withDebugTheStackTraceFollowsTheLine() {
    CliRun r = CliRun.run("history", "", "--debug", "--data", data.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines().get(0)).isEqualTo("levman history: the instance id is empty; 'levman instances' lists them");
    assertThat(r.errLines().size()).isGreaterThan(3);
    assertThat(r.err()).contains("CliException", "\tat ");
  }

  @Test
  void anUnexpectedFailureIsExitCode4InOneLine() throws Exception {
    CommandLine cli = new CommandLine(new LevmanCli());
    java.io.StringWriter err = new java.io.StringWriter();
    cli.setErr(new java.io.PrintWriter(err));
    CommandLine history = cli.getSubcommands().get("history");
    int exit = cli.getExecutionExceptionHandler().handleExecutionException(
        new IllegalStateException("the history of x cannot be decoded\nat record 5"), history,
        cli.parseArgs("history", "x"));
    assertThat(exit).isEqualTo(4);
    assertThat(err.toString()).isEqualTo("levman history: could not finish: the history of x cannot be decoded "
        + "at record 5 (--debug shows the stack trace)" + System.lineSeparator());
  }

  @ParameterizedTest
  @ValueSource(strings = {"describe", "instances", "worklist", "history", "verify"})
  void everyCommandDocumentsItsExitCodes(String command) {
    CliRun r = CliRun.run(command, "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Exit codes:", "  0   ", "  2   usage or user error");
    if (!command.equals("describe")) {
      assertThat(r.out()).contains("  3   could not reach or open the database", "  4   could not");
    }
  }
}
