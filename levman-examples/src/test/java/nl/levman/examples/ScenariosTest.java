package nl.levman.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example scenario passes; a malformed one is refused with where it went wrong. */
class ScenariosTest {
  static Stream<Path> scenarios() throws IOException {
    return Files.list(Path.of("scenarios")).filter(p -> p.toString().endsWith(".json")).sorted();
  }

  @ParameterizedTest
  @MethodSource("scenarios")
  void theExampleScenarioPasses(Path scenario) {
    Cli r = Cli.run("scenario", scenario.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("0 failed expectation(s)").doesNotContain("✗");
  }

  @Test
  void thereIsAScenarioPerProcess() throws IOException {
    try (Stream<Path> all = scenarios()) {
      assertThat(all.map(p -> p.getFileName().toString()).toList()).contains(
          "service-level-management.json", "supplier-risk-review.json", "verlenging-einde-contract.json");
    }
  }

  @Test
  void aMalformedFileIsRefusedWithLineAndColumn(@TempDir Path dir) throws IOException {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\n  \"process\": \"service-level-management\",\n  \"instance\": \"x\"\n  \"clock\": 1\n}");
    Cli r = Cli.run("scenario", broken.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("malformed scenario", "line 4, column 3", "expecting comma");
  }

  @Test
  void aMissingFieldIsRefusedWithItsPlace(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("missing.json");
    Files.writeString(missing, "{\"process\":\"supplier-risk-review\",\"instance\":\"r\",\"clock\":\"2026-03-01\","
        + "\"start\":{\"by\":\"carla\"},\"people\":[{\"person\":\"carla\",\"role\":\"CCM\",\"scope\":\"organisation\"}],"
        + "\"commands\":[{\"complete\":1}]}");
    Cli r = Cli.run("scenario", missing.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("commands[0]: 'by' is missing");
  }

  @Test
  void aFailedExpectationGivesExitCode1(@TempDir Path dir) throws IOException {
    Path wrong = dir.resolve("wrong.json");
    Files.writeString(wrong, "{\"process\":\"supplier-risk-review\",\"instance\":\"r\",\"clock\":\"2026-03-01\","
        + "\"start\":{\"by\":\"carla\"},\"people\":[{\"person\":\"carla\",\"role\":\"CCM\","
        + "\"scope\":\"organisation\"}],\"commands\":[{\"expect\":{\"open\":[2]}}]}");
    Cli r = Cli.run("scenario", wrong.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("✗ open steps [1]", "expected [2]");
  }
}
