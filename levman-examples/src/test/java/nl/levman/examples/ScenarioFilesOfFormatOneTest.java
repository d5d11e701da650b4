package nl.levman.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scenario files written before format 2 keep their meaning: each gives, line by line, the
 * results and verdicts it gave then (kept in {@code src/test/resources/scenarios-format-1}). Lines
 * now also name the supplier or item of a command and of each open step; without those names
 * they are the lines of then.
 */
class ScenarioFilesOfFormatOneTest {
  private static final Pattern NAMED_ITEM = Pattern.compile("(\\d+) [^,\\]\\[]+(?=[,\\]])");
  private static final Pattern FOR = Pattern.compile(" for [^ ]+(?= by |$)");

  @ParameterizedTest
  @CsvSource({
      "scenarios/service-level-management.json, service-level-management.out",
      "scenarios/supplier-risk-review.json, supplier-risk-review.out",
      "scenarios/verlenging-einde-contract.json, verlenging-einde-contract.out",
      "handbook/verlenging-einde-contract.scenario.json, verlenging-einde-contract.scenario.out"})
  void aFileOfFormatOneGivesTheResultsItGaveBefore(String scenario, String before) throws IOException {
    List<String> then = Files.readAllLines(Path.of("src/test/resources/scenarios-format-1", before));
    Cli r = Cli.run("scenario", scenario);
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out().lines().map(ScenarioFilesOfFormatOneTest::withoutNames).toList()).isEqualTo(then);
  }

  /** The line as format 1's runner printed it: without the supplier or item names. */
  static String withoutNames(String line) {
    int arrow = line.indexOf(" → ");
    String head = arrow < 0 ? line : line.substring(0, arrow);
    String tail = arrow < 0 ? "" : line.substring(arrow);
    head = FOR.matcher(head).replaceAll("");
    if (tail.startsWith(" → open ") || head.startsWith("✓ open steps") || head.startsWith("✗ open steps")) {
      tail = NAMED_ITEM.matcher(tail).replaceAll("$1");
      head = NAMED_ITEM.matcher(head).replaceAll("$1");
    }
    return head + tail;
  }
}
