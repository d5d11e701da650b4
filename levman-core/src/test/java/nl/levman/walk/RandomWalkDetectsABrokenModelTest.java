package nl.levman.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.function.UnaryOperator;
import nl.levman.fixtures.TestProcess;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.model.DocumentType;
import nl.levman.model.Language;
import nl.levman.model.Outcome;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Step;
import nl.levman.model.WayOn;
import org.junit.jupiter.api.Test;

/**
 * The walks can fail: when the model reads a definition with one arrow changed while the engine
 * runs the real one, the walk stops at the first disagreement and says how to get there again.
 */
class RandomWalkDetectsABrokenModelTest {

  @Test
  void swappedGateTargetsInTheTestProcessAreFound() {
    ProcessDefinition broken = withWayOn(TestProcess.definition(), 6, RandomWalkDetectsABrokenModelTest::swapped);
    assertTheWalkFails(Walks.TEST_PROCESS.modelReads(broken), 3);
  }

  @Test
  void aFlippedConditionInServiceLevelManagementIsFound() {
    ProcessDefinition broken = withWayOn(ServiceLevelManagement.definition(), 1, way -> {
      WayOn.Split split = (WayOn.Split) way;
      WayOn.Condition c = (WayOn.Condition) split.then();
      return new WayOn.Split(split.branches(), new WayOn.Condition(c.flag(), c.whenFalse(), c.whenTrue()));
    });
    assertTheWalkFails(Walks.SERVICE_LEVEL_MANAGEMENT.modelReads(broken), 7);
  }

  @Test
  void swappedGateTargetsInTheRiskReviewAreFound() {
    ProcessDefinition broken = withWayOn(SupplierRiskReview.definition(), 11, RandomWalkDetectsABrokenModelTest::swapped);
    assertTheWalkFails(Walks.RISK_REVIEW.modelReads(broken), 42);
  }

  private static void assertTheWalkFails(ModelWalk.Setup setup, long seed) {
    AssertionError failure = catchThrowableOfType(AssertionError.class,
        () -> ModelWalk.walk(setup, seed, 300));
    assertThat(failure).as("the walk must notice the broken model").isNotNull();
    assertThat(failure.getMessage())
        .startsWith("The engine and the reference model disagree (seed " + seed + ", process "
            + setup.engineDefinition().key())
        .contains("\nThe walk (seed " + seed + "):\n  1. start w1");
  }

  private static WayOn swapped(WayOn way) {
    List<Outcome> o = ((WayOn.Gate) way).outcomes();
    return WayOn.gate(new Outcome(o.get(0).name(), o.get(1).to()),
        new Outcome(o.get(1).name(), o.get(0).to()));
  }

  /** A copy of the definition, step for step, with one step's way on changed. */
  static ProcessDefinition withWayOn(ProcessDefinition d, int number, UnaryOperator<WayOn> change) {
    ProcessDefinition.ProcessBuilder b = ProcessDefinition.builder(d.key(), d.version())
        .name(d.name(Language.NL), d.name(Language.EN))
        .roles(d.roles().toArray(nl.levman.model.Role[]::new))
        .documents(d.documents().toArray(DocumentType[]::new))
        .places(d.places().toArray(nl.levman.model.ArchivePlace[]::new))
        .flags(d.flags().toArray(String[]::new))
        .itemKinds(d.itemKinds().toArray(String[]::new))
        .startsAt(d.startStep().number());
    for (Step s : d.steps()) {
      ProcessDefinition.StepBuilder step = b.step(s.number()).nl(s.labelNl()).en(s.labelEn())
          .needs(s.needs().toArray(DocumentType[]::new));
      s.role().ifPresent(step::by);
      s.archivesTo().ifPresent(step::archivesTo);
      if (s.raisable()) {
        step.raisable();
      }
      if (s.delegable()) {
        step.delegable();
      }
      step.then(s.number() == number ? change.apply(s.wayOn()) : s.wayOn());
    }
    return b.build();
  }
}
