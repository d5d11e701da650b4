package nl.levman.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** levman instances lists every instance with its state and open steps. */
class InstancesCommandTest {
  @TempDir static Path data;

  @BeforeAll
  static void oneRunningReview() {
    Fixtures.oneRunningReview(data);
  }

  @Test
  void listsTheInstanceWithItsStateAndOpenStep() {
    CliRun r = CliRun.run("instances", "--data", data.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.outLines().get(0)).startsWith("instance").contains("process", "supplier", "state", "started",
        "records", "open steps");
    assertThat(r.outLines().get(2)).startsWith("review-2026").contains("supplier-risk-review", "running",
        "2026-03-02", "1 CCM");
    assertThat(r.outLines()).last().isEqualTo("1 instance(s): 1 running, 0 finished");
  }

  @Test
  void filtersByState() {
    CliRun r = CliRun.run("instances", "--status", "finished", "--data", data.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).doesNotContain("review-2026").contains("0 instance(s): 0 running, 0 finished");
  }

  @Test
  void givesJson() throws Exception {
    CliRun r = CliRun.run("instances", "--format", "json", "--data", data.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    JsonNode all = new ObjectMapper().readTree(r.out());
    assertThat(all).hasSize(1);
    JsonNode review = all.get(0);
    assertThat(review.get("instance").asText()).isEqualTo("review-2026");
    assertThat(review.get("process").asText()).isEqualTo("supplier-risk-review");
    assertThat(review.get("state").asText()).isEqualTo("running");
    assertThat(review.get("supplier").isNull()).isTrue();
    assertThat(review.get("open").get(0).get("step").asInt()).isEqualTo(1);
    assertThat(review.get("open").get(0).get("role").asText()).isEqualTo("CCM");
    assertThat(r.out()).doesNotContain("Optional");
  }

  @Test
  void aWorkListNowNamesTheInstance() {
    CliRun r = CliRun.run("worklist", "--role", "ccm", "--data", data.toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    assertThat(r.outLines().get(0)).contains("work item", "instance", "process", "step", "due", "what");
    assertThat(r.outLines().get(2)).contains("review-2026", "supplier-risk-review");
    assertThat(r.outLines()).last().isEqualTo("1 open work item(s) for role CCM");
  }

  @Test
  void anEmptyStoreSaysSo(@TempDir Path empty) {
    new Wiring(empty, null).close();
    CliRun r = CliRun.run("instances", "--data", empty.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).isEqualTo("there are no instances in " + empty.toAbsolutePath().resolve("levman.mv.db")
        + System.lineSeparator());
    CliRun w = CliRun.run("worklist", "--role", "SLM", "--data", empty.toString());
    assertThat(w.exit()).isZero();
    assertThat(w.out()).contains("0 open work item(s) for role SLM", "there is no open work for any role");
  }
}
