package nl.levman.engine;

import static org.assertj.core.api.Assertions.assertThat;

import nl.levman.fixtures.TestProcess;
import nl.levman.walk.ModelWalk;
import nl.levman.walk.ReferenceModel;
import nl.levman.walk.Walks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random walks of the test process (every way on: a split with a conditional continuation,
 * a fan-out per supplier holding a fan-out per action with an exit, a cycle, a raisable step, a
 * link, an automatic end step), checked after every command against the independent {@link
 * ReferenceModel}: the same open steps (instance view and work list), completions, status, verdicts
 * (the first rejection, in the engine's order of checks), opened work and signals (the overdue
 * delivery, the end of the term, the unregistered link), and an intact history. Reproducible: the
 * seed is the parameter, and a disagreement prints it with every command of the walk. Together the
 * walks complete every step, choose every outcome, meet every kind of rejection the process admits
 * and raise every signal.
 */
class RandomWalkTest {
  private static ModelWalk.Report walked = ModelWalk.Report.none();

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34})
  void theEngineRunsTheTestProcessAsTheReferenceModelSays(long seed) {
    ModelWalk.Report report = ModelWalk.walk(Walks.TEST_PROCESS, seed, 300);
    assertThat(report.ended()).as("instances run to their end").isGreaterThanOrEqualTo(2);
    walked = walked.plus(report);
  }

  @AfterAll
  static void theWalksWentEverywhere() {
    assertThat(walked.missing(TestProcess.definition())).as(walked.toString()).isEmpty();
  }
}
