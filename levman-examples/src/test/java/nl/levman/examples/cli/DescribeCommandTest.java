package nl.levman.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** describe --format table is plain text for a terminal; markdown is the Markdown table. */
class DescribeCommandTest {

  @Test
  void theTableIsPlainTextWrappedIntoItsColumns() {
    CliRun r = CliRun.run("describe", "service-level-management", "--format", "table");
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).doesNotContain("<br>", "|", "**");
    assertThat(r.outLines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
    assertThat(r.outLines().get(0)).as("the title names the definition and its version").isEqualTo("Service Level Management (service-level-management v1)");
    assertThat(r.outLines().get(3)).startsWith("Stap  Verantwoordelijke").contains("Omschrijving",
        "Documenten nodig", "Archiefplek");
    // Step 1's long Dutch label is wrapped word by word into the description column.
    int description = r.outLines().get(3).indexOf("Omschrijving");
    String joined = String.join(" ", r.outLines().stream()
        .filter(l -> l.length() > description)
        .map(l -> l.substring(description).split("  ")[0].strip()).toList());
    assertThat(joined).contains("Na afloop van een aanbesteding is er een overdracht van Inkoop / Inkoop EA naar de SLM.");
  }

  @Test
  void isTheDefaultFormat() {
    assertThat(CliRun.run("describe", "supplier-risk-review").out())
        .isEqualTo(CliRun.run("describe", "supplier-risk-review", "--format", "table").out());
  }

  @ParameterizedTest
  @ValueSource(ints = {70, 80, 200})
  void fitsTheWidthGiven(int width) {
    CliRun r = CliRun.run("describe", "supplier-risk-review", "--lang", "en", "--width", Integer.toString(width));
    assertThat(r.exit()).isZero();
    assertThat(r.outLines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(width));
    assertThat(r.out()).contains("Step", "Responsible", "Description");
  }

  @Test
  void markdownIsTheHandbooksTable() {
    CliRun r = CliRun.run("describe", "service-level-management", "--format", "markdown");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("# Service Level Management")
        .contains("| Stap | Verantwoordelijke | Omschrijving |", "| 5. | Leverancier |", "<br>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "mermaid", "bpmn"})
  void theOtherFormatsStillWork(String format) {
    CliRun r = CliRun.run("describe", "service-level-management", "--format", format);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isNotBlank();
  }
}
