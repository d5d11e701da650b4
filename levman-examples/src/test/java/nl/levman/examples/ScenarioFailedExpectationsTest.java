package nl.levman.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed expectation is listed and counted, and the run goes on: exit 1 with every failure listed. */
class ScenarioFailedExpectationsTest {

  @Test
  void everyFailureIsListedAndTheRunGoesOnWithExit1(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("wrong.json");
    Files.writeString(file, "{\"process\":\"supplier-risk-review\",\"instance\":\"r\",\"clock\":\"2026-03-01\","
        + "\"start\":{\"by\":\"carla\"},\"people\":[{\"person\":\"carla\",\"role\":\"CCM\",\"scope\":\"organisation\"}],"
        + "\"commands\":["
        + "{\"complete\":1,\"by\":\"carla\",\"expectRejected\":\"RoleNotHeld\"},"
        + "{\"complete\":2,\"by\":\"carla\",\"declares\":{\"supplier\":[\"acme\"]}},"
        + "{\"complete\":9,\"by\":\"carla\"},"
        + "{\"expect\":{\"open\":[4],\"status\":\"completed\",\"signals\":[\"escalation\"]}},"
        + "{\"complete\":1,\"by\":\"carla\",\"documents\":[{\"type\":\"jaarkalender\",\"name\":\"j.ics\",\"text\":\"x\"}]},"
        + "{\"expect\":{\"open\":[2]}}]}");
    Cli r = Cli.run("scenario", file.toString());
    assertThat(r.exit()).as(r.out() + r.err()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains(
        "✗ complete step 1 by carla → rejected, DocumentMissing",
        "(expected RoleNotHeld)",
        "✗ complete step 2 by carla → rejected, StepNotOpen: step 2 is not open; open: [1] (expected it to be accepted)",
        "✗ complete step 9 by carla → rejected, StepNotOpen",
        "✗ open steps [1] — expected [4] at commands[3]",
        "✗ status RUNNING — expected completed at commands[3]",
        "✗ signals [] — expected [escalation] at commands[3]",
        "✓ complete step 1 by carla → open [2]",
        "✓ open steps [2]",
        "wrong.json: 5 command(s), 6 failed expectation(s)");
  }

  @Test
  void anUnexpectedAcceptanceAndAnUnexpectedRepeatAreFailures(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("repeat.json");
    Files.writeString(file, "{\"process\":\"supplier-risk-review\",\"instance\":\"r\",\"clock\":\"2026-03-01\","
        + "\"start\":{\"by\":\"carla\"},\"people\":[{\"person\":\"carla\",\"role\":\"CCM\",\"scope\":\"organisation\"}],"
        + "\"commands\":["
        + "{\"complete\":1,\"by\":\"carla\",\"id\":\"c1\",\"expectRejected\":\"DocumentMissing\","
        + "\"documents\":[{\"type\":\"jaarkalender\",\"name\":\"j.ics\",\"text\":\"x\"}]},"
        + "{\"complete\":2,\"by\":\"carla\",\"id\":\"c1\"},"
        + "{\"complete\":2,\"by\":\"carla\",\"id\":\"c2\",\"expectRepeated\":true,\"declares\":{\"supplier\":[\"acme\"]}}]}");
    Cli r = Cli.run("scenario", file.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains(
        "✗ complete step 1 by carla → open [2] (expected DocumentMissing)",
        "✗ complete step 2 by carla → rejected, CommandIdReused: command id 'c1' was used before for another command; send this command with an id of its own (expected it to be accepted)",
        "✗ complete step 2 by carla → open [3 acme] (expected a repeat of an earlier command id)",
        "4 command(s), 3 failed expectation(s)");
  }
}
