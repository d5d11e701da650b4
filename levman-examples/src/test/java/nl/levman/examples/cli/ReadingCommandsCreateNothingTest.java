package nl.levman.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands that only read leave the data folder as they found it: no file or folder is made. */
class ReadingCommandsCreateNothingTest {
  @TempDir static Path data;

  @BeforeAll
  static void aDataFolderWithoutArchive() {
    Fixtures.oneRunningReview(data);
  }

  static List<String> files() throws IOException {
    try (Stream<Path> all = Files.walk(data)) {
      return all.map(p -> data.relativize(p).toString()).sorted().toList();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"instances", "history review-2026", "history review-2026 --format json",
      "worklist --role CCM", "worklist --role CCM --person carla", "verify", "history nobody"})
  void aReadingCommandMakesNoFile(String command) throws IOException {
    // The fixture's engine made the archive folder; a reader must not need or make it.
    deleteArchive();
    List<String> before = files();
    String[] args = (command + " --data " + data).split(" ");
    CliRun r = CliRun.run(args);
    assertThat(r.exit()).as(r.toString()).isIn(0, 2);
    assertThat(files()).isEqualTo(before);
  }

  private static void deleteArchive() throws IOException {
    Path archive = data.resolve("archive");
    if (Files.exists(archive)) {
      try (Stream<Path> all = Files.walk(archive)) {
        all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
