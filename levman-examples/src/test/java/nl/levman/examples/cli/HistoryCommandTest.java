package nl.levman.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** levman history: a readable table, one line per record, and the whole history as JSON. */
class HistoryCommandTest {
  @TempDir static Path data;
  static CliRun demo;

  @BeforeAll
  static void aShortDemo() {
    demo = CliRun.run("demo", "--suppliers", "1", "--years", "1", "--seed", "3", "--data", data.toString());
  }

  @Test
  void isATableWithoutJavaObjects() {
    assertThat(demo.exit()).as(demo.toString()).isZero();
    CliRun r = CliRun.run("history", "sla-acme", "--data", data.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.outLines().get(0)).matches(
        "\\s*# {2}time \\(UTC\\)\\s+who\\s+event\\s+step\\s+outcome\\s+documents\\s+details");
    assertThat(r.out()).doesNotContain("Optional", "[item=", "DocumentRecord[", "=Optional");
    assertThat(r.outLines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(160));
    assertThat(r.out()).containsPattern("\\n\\s+1 {2}2026-01-01 \\d\\d:\\d\\d  ann\\s+process-started.v1\\s+"
        + "service-level-management v1: suppli");
    assertThat(r.out()).containsPattern("lev-acme \\(LEV\\)\\s+step-completed.v1\\s+5\\s+niet akkoord");
    assertThat(r.out()).containsPattern("step-completed.v1\\s+6\\s+levman-handleiding.pdf, dap-a");
    assertThat(r.out()).contains("…");
    assertThat(r.outLines()).last().asString().startsWith("hash chain intact (");
  }

  @Test
  void fitsTheWidthGiven() {
    CliRun r = CliRun.run("history", "sla-acme", "--width", "100", "--data", data.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.outLines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
  }

  @Test
  void givesEveryRecordInFullAsJson() throws Exception {
    CliRun table = CliRun.run("history", "sla-acme", "--data", data.toString());
    CliRun r = CliRun.run("history", "sla-acme", "--format", "json", "--data", data.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.out()).doesNotContain("Optional");
    JsonNode history = new ObjectMapper().readTree(r.out());
    assertThat(history.get("instance").asText()).isEqualTo("sla-acme");
    assertThat(history.get("process").asText()).isEqualTo("service-level-management");
    assertThat(history.get("chain").get("intact").asBoolean()).isTrue();
    JsonNode records = history.get("records");
    assertThat(records.size()).isEqualTo(history.get("chain").get("records").asInt())
        .isEqualTo(table.outLines().size() - 3);
    JsonNode first = records.get(0);
    assertThat(first.get("sequence").asInt()).isEqualTo(1);
    assertThat(first.get("type").asText()).isEqualTo("process-started.v1");
    assertThat(first.get("event").get("context").get("supplier").asText()).isEqualTo("acme");
    assertThat(first.get("hash").asText()).hasSize(64);
    JsonNode slr = null;
    for (JsonNode record : records) {
      if (record.get("type").asText().equals("step-completed.v1") && record.get("event").get("step").asInt() == 12) {
        slr = record;
        break;
      }
    }
    assertThat(slr).isNotNull();
    assertThat(slr.get("event").get("by").asText()).isEqualTo("lev-acme");
    assertThat(slr.get("event").get("documents").get(0).get("sha256").asText()).hasSize(64);
    assertThat(slr.get("event").get("fields").size()).as("nothing computed in the input").isZero();
    JsonNode evaluated = null;
    for (JsonNode record : records) {
      if (record.get("type").asText().equals("slm.slr-evaluated.v1")) {
        evaluated = record;
        break;
      }
    }
    assertThat(evaluated).isNotNull();
    assertThat(evaluated.get("event").get("report").get("sla").asText()).isEqualTo("sla-acme");
  }
}
