package nl.levman.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example scenario passes, one per path through the handbook's processes; a malformed one is
 * refused with where it went wrong.
 */
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
  void thereIsAScenarioPerHandbookPath() throws IOException {
    try (Stream<Path> all = scenarios()) {
      assertThat(all.map(p -> p.getFileName().toString()).toList()).contains(
          "service-level-management.json", "supplier-risk-review.json", "verlenging-einde-contract.json",
          "slm-dap-and-slr-agreement.json", "slm-within-norm-renewal-to-process-8.json",
          "slm-steering-penalty-and-sla-change.json", "slm-sip-penalty-rules-and-chronic-failure.json",
          "slm-refused-starts-repeats-and-overdue-slr.json",
          "supplier-risk-review-jaarkalender-and-mitigation.json", "supplier-risk-review-no-mitigation.json",
          "verlenging-beeindigen-of-opnieuw-aanbesteden.json");
    }
  }

  /** Format 2 binds the handbook's rules by behaviour name, so they run on an imported process as on the built one. */
  @ParameterizedTest
  @MethodSource("scenarios")
  void aScenarioRunsOnTheImportedHandbookProcessAsOnTheBuiltOne(Path scenario, @TempDir Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = (ObjectNode) json.readTree(scenario.toFile());
    String key = root.path("process").asText();
    Path handbook = Path.of("handbook");
    assertThat(handbook.resolve(key + ".nl.txt")).as("the handbook's table of " + key).exists();
    root.putObject("definition").put("table", handbook.resolve(key + ".nl.txt").toAbsolutePath().toString())
        .put("overlay", handbook.resolve(key + ".overlay.json").toAbsolutePath().toString());
    Path onImported = dir.resolve(scenario.getFileName());
    json.writeValue(onImported.toFile(), root);
    Cli built = Cli.run("scenario", scenario.toString());
    Cli imported = Cli.run("scenario", onImported.toString());
    assertThat(imported.err()).isEqualTo(built.err());
    assertThat(imported.out()).isEqualTo(built.out());
    assertThat(imported.exit()).isZero();
  }

  @Test
  void aStartWithoutATermRunsOnTheTermOfTheDeclaredSla(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("quarterly.json");
    Files.writeString(file, "{\"format\":2,\"process\":\"service-level-management\",\"instance\":\"s\","
        + "\"clock\":\"2026-01-05\",\"people\":[{\"person\":\"ann\",\"role\":\"SLM\",\"scope\":\"service:h\"},"
        + "{\"person\":\"lars\",\"role\":\"LEV\",\"scope\":\"supplier:acme\"},"
        + "{\"person\":\"dirk\",\"role\":\"DE\",\"scope\":\"service:h\"}],"
        + "\"start\":{\"by\":\"ann\",\"supplier\":\"acme\",\"contract\":\"c\",\"service\":\"h\","
        + "\"flags\":{\"dap-wanted\":false}},"
        + "\"sla\":{\"start\":\"2026-01-01\",\"end\":\"2027-01-01\",\"noticePeriod\":\"P3M\","
        + "\"reportingPeriod\":\"quarterly\",\"monthlyFee\":\"100\",\"kpis\":[{\"id\":\"a\",\"unit\":\"%\","
        + "\"direction\":\"higher-is-better\",\"target\":99,\"warning\":98}]},\"commands\":["
        + "{\"complete\":1,\"by\":\"ann\"},{\"complete\":2,\"by\":\"ann\"},{\"complete\":3,\"by\":\"ann\"},"
        + "{\"complete\":7,\"by\":\"ann\"},{\"complete\":8,\"by\":\"lars\"},"
        + "{\"complete\":9,\"by\":\"ann\",\"outcome\":\"Akkoord\"},{\"complete\":10,\"by\":\"dirk\",\"outcome\":\"Akkoord\"},"
        + "{\"complete\":11,\"by\":\"ann\"},{\"at\":\"2026-03-02\"},"
        + "{\"complete\":12,\"by\":\"lars\",\"expectRejected\":\"NotYetDue\"},{\"at\":\"2026-04-02\"},"
        + "{\"complete\":12,\"by\":\"lars\",\"expectRejected\":\"DocumentMissing\"}]}");
    Cli r = Cli.run("scenario", file.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("✓ start service-level-management for acme → open [1]",
        "✓ complete step 12 for acme by lars → rejected, NotYetDue");
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
