package nl.levman.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * levman import prints the definition imported from a handbook table as describe prints the built
 * one, in every format; or every question and error, one per line, with exit code 2.
 */
class ImportCommandTest {
  static String table(String key) {
    return "handbook/" + key + ".nl.txt";
  }

  static String overlay(String key) {
    return "handbook/" + key + ".overlay.json";
  }

  @ParameterizedTest
  @CsvSource({"service-level-management,table", "service-level-management,json", "service-level-management,markdown",
      "service-level-management,mermaid", "service-level-management,bpmn", "supplier-risk-review,table",
      "supplier-risk-review,json", "supplier-risk-review,bpmn", "verlenging-einde-contract,table",
      "verlenging-einde-contract,json"})
  void printsTheImportedDefinitionAsDescribePrintsTheBuiltOne(String key, String format) {
    CliRun imported = CliRun.run("import", table(key), "--overlay", overlay(key), "--format", format);
    CliRun described = CliRun.run("describe", key, "--format", format);
    assertThat(imported.exit()).as(imported.toString()).isZero();
    assertThat(imported.out()).isEqualTo(described.out());
    assertThat(imported.err()).isEmpty();
  }

  @Test
  void printsInEnglishWithTheOverlaysLabels() {
    CliRun imported = CliRun.run("import", table("supplier-risk-review"), "--overlay", overlay("supplier-risk-review"),
        "--lang", "en");
    assertThat(imported.out()).isEqualTo(CliRun.run("describe", "supplier-risk-review", "--lang", "en").out());
  }

  @Test
  void withoutTheOverlayItPrintsEveryOpenQuestionWithItsLineAndExits2() {
    CliRun r = CliRun.run("import", table("service-level-management"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(7);
    assertThat(r.errLines().get(1)).isEqualTo("handbook/service-level-management.nl.txt:28: question: step 4 says"
        + " 'Indien een DAP gewenst is': is the step taken only under a condition known at start? Answer with"
        + " steps.4.when: {\"flag\": the flag given at start, \"otherwise\": the step the flow goes to when it does"
        + " not hold}, or dismiss it (steps.4.dismiss.condition: the reason)");
    assertThat(r.errLines().get(6)).isEqualTo("levman import: nothing imported: 6 open question(s), 0 error(s)");
  }

  @Test
  void aBadTableIsReportedWithItsLinesAndNeverAStackTrace(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("service-level-management.nl.txt");
    Files.writeString(bad, Files.readString(Path.of(table("service-level-management")))
        .replace("Akkoord à naar stap 6", "Akkoord à naar stap 60").replace("\t8.\u00a0", "\t7.\u00a0"));
    CliRun r = CliRun.run("import", bad.toString(), "--overlay", overlay("service-level-management"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains(bad + ":54: error: step 7 is written twice (lines 48 and 54)")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void aFileThatIsNotAStepTableExits2() {
    CliRun r = CliRun.run("import", overlay("service-level-management"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.errLines().get(0)).startsWith(overlay("service-level-management")
        + ":1: error: not a step table: no header row was found");
  }

  @Test
  void aMissingFileExits2() {
    CliRun r = CliRun.run("import", "handbook/proces-99.nl.txt");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("handbook/proces-99.nl.txt:0: error: cannot read the file");
  }

  @Test
  void hasHelp() {
    CliRun r = CliRun.run("import", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Usage: levman import", "--overlay", "--format");
  }
}
