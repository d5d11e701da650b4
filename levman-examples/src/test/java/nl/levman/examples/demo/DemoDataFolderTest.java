package nl.levman.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import nl.levman.api.LevmanEngine;
import nl.levman.api.StartProcess;
import nl.levman.examples.cli.Wiring;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Scope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo writes only into a new or empty data folder and an empty database, and refuses anything
 * else with one line and exit code 2 before it touches the folder: it never clears or deletes.
 */
class DemoDataFolderTest {
  @TempDir Path dir;

  @Test
  void refusesAFolderWithAnythingInItAndLeavesItAsItWas() throws IOException {
    Path data = Files.createDirectories(dir.resolve("d1"));
    Files.writeString(data.resolve("notes.txt"), "mine");
    Files.createDirectories(data.resolve("archive"));
    DemoRun r = DemoRun.run("demo", "--suppliers", "1", "--years", "1", "--data", data.toString());
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString()
        .startsWith("levman demo: the data folder " + data.toAbsolutePath() + " is not empty")
        .contains("give another one with --data, or remove this one yourself");
    assertThat(r.out()).isEmpty();
    assertThat(contents(data)).containsExactlyInAnyOrder("notes.txt", "archive");
    assertThat(Files.readString(data.resolve("notes.txt"))).isEqualTo("mine");
  }

  @Test
  void refusesAFolderThatADemoMadeBefore() {
    Path data = dir.resolve("demo");
    DemoRun first = DemoRun.run("demo", "--suppliers", "1", "--years", "1", "--data", data.toString());
    assertThat(first.exit()).as(first.toString()).isZero();
    List<String> before = contents(data);
    DemoRun again = DemoRun.run("demo", "--suppliers", "1", "--years", "1", "--data", data.toString());
    assertThat(again.exit()).as(again.toString()).isEqualTo(2);
    assertThat(again.errLines()).singleElement().asString().contains("is not empty");
    assertThat(contents(data)).isEqualTo(before);
  }

  @Test
  void refusesAFile() throws IOException {
    Path file = Files.writeString(dir.resolve("data.txt"), "x");
    DemoRun r = DemoRun.run("demo", "--data", file.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().contains("is a file, not a folder");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void anUnreachableDatabaseMakesNoFolderAndLeavesAnEmptyOneEmpty() throws IOException {
    String unreachable = "jdbc:postgresql://127.0.0.1:1/levman?user=nobody&connectTimeout=2";
    Path absent = dir.resolve("new");
    DemoRun r = DemoRun.run("demo", "--data", absent.toString(), "--jdbc-url", unreachable);
    assertThat(r.exit()).as(r.toString()).isEqualTo(3);
    assertThat(r.errLines()).singleElement();
    assertThat(absent).doesNotExist();

    Path empty = Files.createDirectories(dir.resolve("empty"));
    DemoRun again = DemoRun.run("demo", "--data", empty.toString(), "--jdbc-url", unreachable);
    assertThat(again.exit()).isEqualTo(3);
    assertThat(contents(empty)).isEmpty();
  }

  @Test
  void refusesADatabaseThatHoldsInstancesBeforeMakingTheFolder() {
    Path other = dir.resolve("other");
    String url = "jdbc:h2:file:" + other.toAbsolutePath().resolve("levman");
    try (Wiring wiring = new Wiring(other, url)) {
      InMemoryDirectory directory = new InMemoryDirectory();
      directory.grant("carla", "CCM", Scope.organisation());
      LevmanEngine engine = wiring.builder(Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC))
          .directory(directory).build();
      assertThat(engine.start(new StartProcess(CommandId.of("start"), InstanceId.of("review-2026"),
          "supplier-risk-review", PersonId.of("carla"), ProcessContext.empty())).accepted()).isTrue();
    }
    Path data = dir.resolve("fresh");
    DemoRun r = DemoRun.run("demo", "--data", data.toString(), "--jdbc-url", url);
    assertThat(r.exit()).as(r.toString()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().contains("already holds Levman instances");
    assertThat(data).doesNotExist();
  }

  @Test
  void anUnknownLanguageIsRefusedBeforeAnythingIsMade() {
    Path data = dir.resolve("lang");
    DemoRun r = DemoRun.run("demo", "--lang", "fr", "--data", data.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().contains("unknown language 'fr'");
    assertThat(data).doesNotExist();
  }

  private static List<String> contents(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> !f.equals(folder)).map(f -> folder.relativize(f).toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
