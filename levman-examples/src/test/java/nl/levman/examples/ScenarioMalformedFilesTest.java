package nl.levman.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A malformed scenario file is refused before any command runs: exit 2 and one line that names
 * the path in the file and what is wrong, never a stack trace.
 */
class ScenarioMalformedFilesTest {
  private static final String PEOPLE = "\"people\":[{\"person\":\"carla\",\"role\":\"CCM\",\"scope\":\"organisation\"}]";
  private static final String TERM = "{\"start\":\"2026-01-01\",\"end\":\"2026-04-01\",\"renewalDue\":\"2026-02-20\"";

  private static String review(String commands) {
    return "{\"process\":\"supplier-risk-review\",\"instance\":\"r\",\"clock\":\"2026-03-01\","
        + "\"start\":{\"by\":\"carla\"}," + PEOPLE + ",\"commands\":[" + commands + "]}";
  }

  private static String slm(String term, String more) {
    return "{" + more + "\"process\":\"service-level-management\",\"instance\":\"s\",\"clock\":\"2026-01-05\","
        + "\"start\":{\"by\":\"ann\",\"supplier\":\"acme\",\"contract\":\"c\",\"service\":\"h\",\"term\":" + term + "},"
        + "\"commands\":[]}";
  }

  private static final String KPI = "{\"id\":\"availability\",\"unit\":\"%\",\"direction\":\"higher-is-better\","
      + "\"target\":99.9,\"warning\":99.0}";

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("a typo in an expectation", review("{\"expect\":{\"opne\":[9]}}"),
            "commands[0].expect: unknown key 'opne'"),
        Arguments.of("a typo in expectRejected", review("{\"complete\":1,\"by\":\"carla\",\"expectRejectd\":\"RoleNotHeld\"}"),
            "commands[0]: unknown key 'expectRejectd'"),
        Arguments.of("a typo in outcome", review("{\"complete\":1,\"by\":\"carla\",\"outcom\":\"ja\"}"),
            "commands[0]: unknown key 'outcom'"),
        Arguments.of("an unknown rejection code", review("{\"complete\":1,\"by\":\"carla\",\"expectRejected\":\"RoleNotHold\"}"),
            "commands[0].expectRejected: unknown rejection code 'RoleNotHold'"),
        Arguments.of("a declared list that is a text", review("{\"complete\":2,\"by\":\"carla\",\"declares\":{\"supplier\":\"acme\"}}"),
            "commands[0].declares.supplier: must be a list of items, not the text \"acme\""),
        Arguments.of("a step that is a word", review("{\"complete\":\"six\",\"by\":\"carla\"}"),
            "commands[0].complete: must be a whole number, not the text \"six\""),
        Arguments.of("an unknown process", review("").replace("supplier-risk-review", "supplier-risk-reviews"),
            "process: unknown process 'supplier-risk-reviews'"),
        Arguments.of("a term that ends before it starts",
            slm("{\"start\":\"2026-04-01\",\"end\":\"2026-01-01\",\"renewalDue\":\"2026-02-20\"}", ""),
            "start.term.end: the term ends (2026-01-01) before or when it starts (2026-04-01)"),
        Arguments.of("a delegation that ends before it starts", review("").replace("\"commands\"",
            "\"delegations\":[{\"from\":\"a\",\"to\":\"b\",\"role\":\"DE\",\"scope\":\"supplier:acme\","
                + "\"start\":\"2026-02-01\",\"end\":\"2026-01-01\"}],\"commands\""),
            "delegations[0].end: the delegation ends (2026-01-01) before it starts (2026-02-01)"),
        Arguments.of("a period of zero", review("{\"advance\":\"P0D\"}"),
            "commands[0].advance: a period must be longer than zero, not P0D"),
        Arguments.of("a negative period", review("{\"advance\":\"P-1D\"}"),
            "commands[0].advance: a period must be longer than zero, not P-1D"),
        Arguments.of("a reporting period in words", slm(TERM + ",\"reportingPeriod\":\"monthly\"}", ""),
            "start.term.reportingPeriod: not a period such as P1M or P10D: monthly"),
        Arguments.of("an unknown frequency word", slm(TERM + "}", "\"format\":2,\"sla\":{\"monthlyFee\":\"100\","
                + "\"reportingPeriod\":\"fortnightly\",\"kpis\":[" + KPI + "]},"),
            "sla.reportingPeriod: one of monthly, quarterly, not 'fortnightly'"),
        Arguments.of("negative delivery days", slm(TERM + ",\"deliveryDays\":-3}", ""),
            "start.term.deliveryDays: must be 0 or more, not -3"),
        Arguments.of("an empty instance", review("").replace("\"instance\":\"r\"", "\"instance\":\"\""),
            "instance: must not be empty"),
        Arguments.of("an empty by", review("{\"complete\":1,\"by\":\"\"}"), "commands[0].by: must not be empty"),
        Arguments.of("a clock moving backwards", review("{\"at\":\"2026-03-05\"},{\"at\":\"2026-03-04\"}"),
            "commands[1].at: the clock cannot move backwards"),
        Arguments.of("a document name that leaves the archive", review("{\"complete\":1,\"by\":\"carla\","
                + "\"documents\":[{\"type\":\"jaarkalender\",\"name\":\"../../etc/passwd\",\"text\":\"x\"}]}"),
            "commands[0].documents[0].name: document name '../../etc/passwd'"),
        Arguments.of("deep nesting", review("{\"expect\":" + "[".repeat(5000) + "]".repeat(5000) + "}"),
            "nested deeper than 32 levels"),
        Arguments.of("an unknown scope", review("").replace("organisation", "org"),
            "people[0].scope: a scope is organisation, supplier:<id> or service:<id>, not 'org'"),
        Arguments.of("a format this runner does not read", review("").replace("{\"process\"", "{\"format\":3,\"process\""),
            "format: this runner reads formats 1 and 2, not 3"),
        Arguments.of("the handbook's rules in format 1", review("").replace("{\"process\"", "{\"sla\":{},\"process\""),
            "sla: declares the handbook's rules, which a scenario of format 1 does not bind"),
        Arguments.of("an unknown status", review("{\"expect\":{\"status\":\"done\"}}"),
            "commands[0].expect.status: a status is running or completed, not 'done'"),
        Arguments.of("a command that does two things", review("{\"complete\":1,\"raise\":17,\"by\":\"carla\"}"),
            "commands[0]: a command does one thing, not complete and raise"),
        Arguments.of("a command that does nothing", review("{\"by\":\"carla\"}"),
            "commands[0]: a command is one of complete, raise, start, advance, at, expect; found 'by'"),
        Arguments.of("a KPI whose warning lies on the good side", slm(TERM + "}", "\"format\":2,\"sla\":{\"monthlyFee\":\"100\","
                + "\"kpis\":[" + KPI.replace("99.0", "99.95") + "]},"),
            "sla.kpis[0]: KPI availability: the warning threshold 99.95 must lie on the bad side of the target 99.9"),
        Arguments.of("a penalty rule for a KPI the SLA lacks", slm(TERM + "}", "\"format\":2,\"sla\":{\"monthlyFee\":\"100\","
                + "\"kpis\":[" + KPI + "],\"penaltyRules\":[{\"kind\":\"fixed-per-breach\",\"kpi\":\"uptime\",\"amount\":5}]},"),
            "sla.penaltyRules[0].kpi: no KPI of the SLA is called 'uptime'"),
        Arguments.of("a start command of an unknown process", review("{\"start\":{\"process\":\"slm\",\"instance\":\"x\",\"by\":\"carla\"}}"),
            "commands[0].start.process: unknown process 'slm'"),
        Arguments.of("a clock that is not a date", review("{\"at\":\"next week\"}"),
            "commands[0].at: not a date or date-time: next week"),
        Arguments.of("an unknown role", review("").replace("\"CCM\"", "\"CCMM\""),
            "people[0].role: unknown role 'CCMM'"),
        Arguments.of("a role held at a scope it is never asked for",
            review("").replace("\"scope\":\"organisation\"", "\"scope\":\"supplier:acme\""),
            "people[0].scope: CCM is held for the organisation: organisation, not supplier:acme"),
        Arguments.of("a list instead of a scenario", "[1, 2]", "(the file): must be a scenario (a JSON object), not a list"),
        Arguments.of("no commands", review("").replace(",\"commands\":[]", ""), "(the file): 'commands' is missing"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void aMalformedFileIsRefusedWithOneLineNamingThePathAndExit2(String what, String json, String message,
      @TempDir Path dir) throws IOException {
    Path file = dir.resolve("s.json");
    Files.writeString(file, json);
    Cli r = Cli.run("scenario", file.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(2);
    assertThat(r.err().strip().lines()).hasSize(1);
    assertThat(r.err()).startsWith("malformed scenario: ").contains(message).doesNotContain("Exception", "\tat ");
    assertThat(r.out()).as("nothing ran").isEmpty();
  }
}
