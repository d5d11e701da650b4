package nl.levman.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import nl.levman.importer.HandbookImporter;
import nl.levman.importer.ImportResult;
import nl.levman.model.Language;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Step;
import org.example.contractregister.RenewalOrEndOfContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The processes of levman-examples/handbook are imported from their tables and overlays: process 8
 * equals the one the contract register team built in Java, and every example scenario runs on the
 * imported definitions exactly as on the built ones (command by command, result by result).
 */
class ImportedProcessesTest {
  private static final Path HANDBOOK = Path.of("handbook");

  static ProcessDefinition imported(String key) {
    ImportResult result = HandbookImporter.handbook().read(HANDBOOK.resolve(key + ".nl.txt"),
        Optional.of(HANDBOOK.resolve(key + ".overlay.json")));
    assertThat(result).as(result.toString()).isInstanceOf(ImportResult.Imported.class);
    return ((ImportResult.Imported) result).definition();
  }

  @Test
  void processEightImportedFromItsTableEqualsTheJavaBuiltOneStepByStep() {
    ProcessDefinition imported = imported("verlenging-einde-contract");
    ProcessDefinition java = RenewalOrEndOfContract.definition();
    assertThat(imported.steps()).hasSameSizeAs(java.steps());
    for (Step expected : java.steps()) {
      assertThat(imported.step(expected.number())).as("step %s", expected.number()).isEqualTo(expected);
    }
    assertThat(imported.key()).isEqualTo(java.key());
    assertThat(imported.version()).isEqualTo(java.version());
    assertThat(imported.name(Language.NL)).isEqualTo(java.name(Language.NL));
    assertThat(imported.name(Language.EN)).isEqualTo(java.name(Language.EN));
    assertThat(new HashSet<>(imported.roles())).isEqualTo(new HashSet<>(java.roles()));
    assertThat(new HashSet<>(imported.documents())).isEqualTo(new HashSet<>(java.documents()));
    assertThat(new HashSet<>(imported.places())).isEqualTo(new HashSet<>(java.places()));
    assertThat(imported.about()).isEqualTo(java.about());
    assertThat(imported.flags()).isEqualTo(java.flags());
    assertThat(imported.itemKinds()).isEqualTo(java.itemKinds());
  }

  @ParameterizedTest
  @ValueSource(strings = {"service-level-management.nl.txt", "supplier-risk-review.nl.txt",
      "service-level-management.overlay.json", "supplier-risk-review.overlay.json"})
  void theShippedTablesAndOverlaysAreTheOnesTheCoreTestsImport(String name) throws IOException {
    assertThat(HANDBOOK.resolve(name)).hasSameBinaryContentAs(
        Path.of("../levman-core/src/test/resources/handbook").resolve(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"service-level-management", "supplier-risk-review", "verlenging-einde-contract"})
  void theExampleScenarioRunsOnTheImportedDefinitionAsOnTheBuiltOne(String key, @TempDir Path dir) throws IOException {
    Path scenario = Path.of("scenarios", key + ".json");
    ObjectMapper json = new ObjectMapper();
    ObjectNode root = (ObjectNode) json.readTree(scenario.toFile());
    root.putObject("definition").put("table", HANDBOOK.resolve(key + ".nl.txt").toAbsolutePath().toString())
        .put("overlay", HANDBOOK.resolve(key + ".overlay.json").toAbsolutePath().toString());
    Path onImported = dir.resolve(key + ".json");
    json.writeValue(onImported.toFile(), root);
    Cli built = Cli.run("scenario", scenario.toString());
    Cli imported = Cli.run("scenario", onImported.toString());
    assertThat(imported.err()).isEqualTo(built.err());
    assertThat(imported.out()).isEqualTo(built.out()).startsWith("✓ start " + key);
    assertThat(imported.exit()).isEqualTo(built.exit());
  }

  @Test
  void theShippedScenarioOnTheImportedProcessEightPasses() {
    Cli r = Cli.run("scenario", "handbook/verlenging-einde-contract.scenario.json");
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("0 failed expectation(s)").doesNotContain("✗");
  }

  @Test
  void aScenarioWhoseTableDoesNotImportIsMalformedWithEveryProblem(@TempDir Path dir) throws IOException {
    Path scenario = dir.resolve("s.json");
    Files.writeString(scenario, "{\"definition\": {\"table\": \"" + HANDBOOK.resolve("service-level-management.nl.txt")
        .toAbsolutePath() + "\"}, \"instance\": \"x\", \"clock\": \"2026-01-05\", \"start\": {\"by\": \"ann\"},"
        + " \"commands\": []}");
    Cli r = Cli.run("scenario", scenario.toString());
    assertThat(r.exit()).isEqualTo(2);
    List<String> lines = r.err().lines().toList();
    assertThat(lines.get(0)).isEqualTo("malformed scenario: definition: service-level-management.nl.txt does not import:");
    assertThat(lines).hasSize(7);
  }
}
