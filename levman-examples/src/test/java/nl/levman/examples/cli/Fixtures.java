package nl.levman.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.levman.api.CommandResult;
import nl.levman.api.LevmanEngine;
import nl.levman.api.StartProcess;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Scope;

/** Data folders for the tests, made through the public API as a host would. */
final class Fixtures {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T08:00:00Z"), ZoneOffset.UTC);

  private Fixtures() {}

  /** A data folder with an H2 database holding one running risk review, {@code review-2026}. */
  static void oneRunningReview(Path data) {
    try (Wiring wiring = new Wiring(data, null)) {
      InMemoryDirectory directory = new InMemoryDirectory();
      directory.grant("carla", "CCM", Scope.organisation());
      LevmanEngine engine = wiring.builder(CLOCK).directory(directory).build();
      CommandResult started = engine.start(new StartProcess(CommandId.of("start-review-2026"),
          InstanceId.of("review-2026"), "supplier-risk-review", PersonId.of("carla"), ProcessContext.empty()));
      assertThat(started).isInstanceOf(CommandResult.Accepted.class);
    }
  }
}
