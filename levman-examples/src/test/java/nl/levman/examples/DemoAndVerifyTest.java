package nl.levman.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo runs on H2 and the file archive up to a little before the SLAs end, and says what to run
 * next; verify passes, and finds any tampering.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DemoAndVerifyTest {
  @TempDir static Path data;
  static Cli demo;

  @BeforeAll
  static void runTheDemo() {
    demo = Cli.run("demo", "--suppliers", "3", "--years", "1", "--seed", "7", "--data", data.toString());
  }

  @Test
  @Order(1)
  void theDemoRunsAndSummarises() {
    assertThat(demo.exit()).as(demo.err()).isZero();
    assertThat(demo.out()).contains("=== Levman demo: summary ===", "service-level-management: 3 instance(s), 0 finished",
        "supplier-risk-review: 1 instance(s)", "verlenging-einde-contract: 3 instance(s)",
        "SLR verdicts per KPI", "penalties", "archive: contractregister ");
    assertThat(data.resolve("report.html")).exists();
    assertThat(data.resolve("notifications.jsonl")).exists();
  }

  @Test
  @Order(1)
  void theDemoEndsWithWorkOpenAndSaysWhatToRunNext() {
    assertThat(demo.out()).contains("stopped on 2026-12-15 with ", "the SLAs run until 2027-01-01",
        "sla-acme ", "sla-globex ", "sla-initech ", "risk-review-2026 ",
        "levman.jar instances --data " + data, "levman.jar worklist --role SLM --data " + data,
        "levman.jar history sla-acme --data " + data, "levman.jar verify --data " + data,
        "report: " + data.toAbsolutePath().resolve("report.html"));
    Cli instances = Cli.run("instances", "--process", "service-level-management", "--data", data.toString());
    assertThat(instances.out()).contains("3 instance(s): 3 running, 0 finished").contains("12 LEV period 1");
  }

  @Test
  @Order(2)
  void verifyFindsEverythingIntact() {
    Cli verify = Cli.run("verify", "--data", data.toString());
    assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
    assertThat(verify.out()).contains("intact");
  }

  @Test
  @Order(3)
  void theWorkListAndHistoryCommandsReadTheDemosData() {
    Cli history = Cli.run("history", "sla-acme", "--data", data.toString());
    assertThat(history.exit()).isZero();
    assertThat(history.out()).contains("process-started", "hash chain intact");
    Cli worklist = Cli.run("worklist", "--role", "SLM", "--data", data.toString());
    assertThat(worklist.exit()).isZero();
    assertThat(worklist.out()).contains("open work item(s)");
    Cli lev = Cli.run("worklist", "--role", "LEV", "--data", data.toString());
    assertThat(lev.out()).contains("sla-acme", "sla-globex", "sla-initech");
  }

  @Test
  @Order(4)
  void aStrayFileInTheArchiveIsReportedByPathAndVerifyStaysIntact() throws Exception {
    Path stray = Files.writeString(data.resolve("archive/Contractregister/notes.txt"), "not Levman's");
    try {
      Cli verify = Cli.run("verify", "--data", data.toString());
      assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();
      assertThat(verify.out()).contains("stray (not Levman's): Contractregister/notes.txt", "intact");
    } finally {
      Files.delete(stray);
    }
  }

  @Test
  @Order(4)
  void aSidecarThatCannotBeInterpretedIsNamedAndVerifyCouldNotCheck() throws Exception {
    Path sidecar;
    try (Stream<Path> files = Files.walk(data.resolve("archive/Contractregister"))) {
      sidecar = files.filter(f -> f.getFileName().toString().equals("levman.properties")).sorted()
          .findFirst().orElseThrow();
    }
    String original = Files.readString(sidecar);
    Files.writeString(sidecar, original.replaceAll("size=\\d+", "size=abc"));
    try {
      Cli verify = Cli.run("verify", "--data", data.toString());
      assertThat(verify.exit()).as(verify.out() + verify.err()).isEqualTo(4);
      Path name = sidecar.getParent().getParent();
      assertThat(verify.err()).contains("could not check: document contractregister/",
          name.getFileName() + "@1: levman.properties size 'abc' is not a number");
      assertThat(verify.err()).doesNotContain("BROKEN", "Exception", "\tat ");
    } finally {
      Files.writeString(sidecar, original);
    }
  }

  @Test
  @Order(5)
  void aChangedArchiveFileMakesVerifyFailAndNameIt() throws Exception {
    Path file;
    try (Stream<Path> files = Files.walk(data.resolve("archive/Contractregister"))) {
      file = files.filter(f -> f.getFileName().toString().startsWith("dap-")).filter(Files::isRegularFile)
          .findFirst().orElseThrow();
    }
    byte[] original = Files.readAllBytes(file);
    Files.writeString(file, "forged");
    try {
      Cli verify = Cli.run("verify", "--data", data.toString());
      assertThat(verify.exit()).isEqualTo(1);
      assertThat(verify.err()).contains("BROKEN: document contractregister/").contains(file.getFileName().toString());
    } finally {
      Files.write(file, original);
    }
  }

  @Test
  @Order(6)
  void aChangedHistoryRowMakesVerifyFailAndNameTheRecord() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("levman"));
        Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE levman_history SET actor = 'mallory' WHERE instance_id = 'sla-globex' AND sequence = 5");
    }
    Cli verify = Cli.run("verify", "--data", data.toString());
    assertThat(verify.exit()).isEqualTo(1);
    assertThat(verify.err()).contains("BROKEN: instance sla-globex record 5", "changed after it was recorded");
  }
}
