package nl.levman.walk;

import static org.assertj.core.api.Assertions.assertThat;

import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskReview;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded random walks of both handbook processes, checked after every command against the
 * independent {@link ReferenceModel} (see {@link Walks} for the setups: the handbook's behaviours on
 * the fixtures' data, valid domain content; people hold their roles organisation-wide, "nobody"
 * holds none). Together the walks complete every step (review step 10 by the CM and by the
 * coordinating CM), choose every outcome, meet every kind of rejection the process admits, raise
 * every signal its ways on declare and pull step 17's trigger.
 */
class RandomWalkHandbookTest {
  private static ModelWalk.Report slm = ModelWalk.Report.none();
  private static ModelWalk.Report review = ModelWalk.Report.none();

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7, 42, 99, 2026, 31337})
  void serviceLevelManagementRunsAsTheReferenceModelSays(long seed) {
    ModelWalk.Report report = ModelWalk.walk(Walks.SERVICE_LEVEL_MANAGEMENT, seed, 300);
    assertThat(report.ended()).as("instances run to their end").isGreaterThanOrEqualTo(2);
    slm = slm.plus(report);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {7, 42, 99, 2026, 31337})
  void theRiskReviewRunsAsTheReferenceModelSays(long seed) {
    ModelWalk.Report report = ModelWalk.walk(Walks.RISK_REVIEW, seed, 300);
    assertThat(report.ended()).as("instances run to their end").isGreaterThanOrEqualTo(2);
    review = review.plus(report);
  }

  @AfterAll
  static void theWalksWentEverywhere() {
    assertThat(slm.missing(ServiceLevelManagement.definition())).as(slm.toString()).isEmpty();
    assertThat(review.missing(SupplierRiskReview.definition())).as(review.toString()).isEmpty();
  }
}
