package nl.levman.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The command line's exit codes and messages. */
class LevmanCliTest {

  @Test
  void describesAProcessAsTheDutchMarkdownStepTable() {
    Cli r = Cli.run("describe", "service-level-management", "--format", "markdown");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("| Stap | Verantwoordelijke | Omschrijving |", "| 5. | Leverancier |");
  }

  @ParameterizedTest
  @ValueSource(strings = {"table", "json", "mermaid", "bpmn"})
  void describesInEveryFormat(String format) {
    Cli r = Cli.run("describe", "supplier-risk-review", "--format", format, "--lang", "en");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isNotBlank();
  }

  @Test
  void anUnknownProcessIsAClearErrorWithExitCode2() {
    Cli r = Cli.run("describe", "process-99");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown process 'process-99'", "service-level-management");
  }

  @Test
  void anUnknownFormatIsAClearErrorWithExitCode2() {
    Cli r = Cli.run("describe", "service-level-management", "--format", "pdf");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("pdf", "table, json, mermaid, bpmn");
  }

  @Test
  void anUnknownLanguageIsAClearError() {
    Cli r = Cli.run("describe", "service-level-management", "--lang", "fr");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("unknown language 'fr'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"describe", "demo", "worklist", "history", "scenario", "verify", "bench"})
  void everyCommandHasHelp(String command) {
    Cli r = Cli.run(command, "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Usage: levman " + command);
  }

  @Test
  void withoutACommandItSaysWhichThereAre() {
    Cli r = Cli.run();
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("choose a command", "demo");
  }
}
