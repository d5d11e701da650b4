package nl.levman.walk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.levman.fixtures.TestProcess;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.model.DocumentType;
import nl.levman.model.Language;
import nl.levman.model.Outcome;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Step;
import nl.levman.model.Subject;
import nl.levman.model.WayOn;
import org.junit.jupiter.api.Test;

/**
 * The walks can fail: when the model reads a definition with one thing changed (an arrow, a role, a
 * signal, a trigger) while the engine runs the real one, the walk stops at the first disagreement,
 * says what differs and how to get there again.
 */
class RandomWalkDetectsABrokenModelTest {

  @Test
  void theCopiesDifferOnlyWhereTheyAreChanged() {
    for (ProcessDefinition d : List.of(TestProcess.definition(), ServiceLevelManagement.definition(),
        SupplierRiskReview.definition())) {
      ProcessDefinition copy = withStep(d, 1, s -> s);
      assertThat(copy.steps()).isEqualTo(d.steps());
      assertThat(copy.about()).isEqualTo(d.about());
      assertThat(copy.flags()).isEqualTo(d.flags());
      assertThat(copy.itemKinds()).isEqualTo(d.itemKinds());
      assertThat(copy.documents()).containsExactlyInAnyOrderElementsOf(d.documents());
    }
  }

  @Test
  void swappedGateTargetsInTheTestProcessAreFound() {
    ProcessDefinition broken = withWayOn(TestProcess.definition(), 6, RandomWalkDetectsABrokenModelTest::swapped);
    assertTheWalkFails(Walks.TEST_PROCESS.modelReads(broken), 3, "opened other work");
  }

  @Test
  void aFlippedConditionInServiceLevelManagementIsFound() {
    ProcessDefinition broken = withWayOn(ServiceLevelManagement.definition(), 1, way -> {
      WayOn.Split split = (WayOn.Split) way;
      WayOn.Condition c = (WayOn.Condition) split.then();
      return new WayOn.Split(split.branches(), new WayOn.Condition(c.flag(), c.whenFalse(), c.whenTrue()));
    });
    assertTheWalkFails(Walks.SERVICE_LEVEL_MANAGEMENT.modelReads(broken), 7, "opened other work");
  }

  @Test
  void swappedGateTargetsInTheRiskReviewAreFound() {
    ProcessDefinition broken = withWayOn(SupplierRiskReview.definition(), 11, RandomWalkDetectsABrokenModelTest::swapped);
    assertTheWalkFails(Walks.RISK_REVIEW.modelReads(broken), 42, "opened other work");
  }

  @Test
  void aCycleWithoutItsOverdueSignalIsFound() {
    ProcessDefinition broken = withWayOn(TestProcess.definition(), 8, way -> {
      WayOn.Cycle c = (WayOn.Cycle) way;
      return new WayOn.Cycle(c.body(), c.then(), Optional.empty());
    });
    assertTheWalkFails(Walks.TEST_PROCESS.modelReads(broken), 1,
        "signals differ\n  published: [delivery-overdue {period=1}]\n  model:     []");
  }

  @Test
  void aFurtherRoleTheEngineDoesNotGrantIsFound() {
    ProcessDefinition broken = withStep(SupplierRiskReview.definition(), 10, s -> new Step(
        s.number(), s.role(), s.labelNl(), s.labelEn(), s.needs(), s.archivesTo(), s.wayOn(),
        s.raisable(), s.delegable(), List.of(Handbook.CCM, Handbook.DE), s.archives(),
        s.placeFor(), s.behaviour(), s.raisedOn()));
    assertTheWalkFails(Walks.RISK_REVIEW.modelReads(broken), 1,
        "the model expects the command to be accepted, the engine says Rejected[RoleNotHeld");
  }

  @Test
  void aTriggerTheModelDoesNotKnowIsFound() {
    ProcessDefinition broken = withStep(ServiceLevelManagement.definition(), 17, s -> new Step(
        s.number(), s.role(), s.labelNl(), s.labelEn(), s.needs(), s.archivesTo(), s.wayOn(),
        s.raisable(), s.delegable(), s.alternates(), s.archives(), s.placeFor(), s.behaviour(),
        Set.of()));
    assertTheWalkFails(Walks.SERVICE_LEVEL_MANAGEMENT.modelReads(broken), 2,
        "the command opened other work\n  engine: [12#2, 17]\n  model:  [12#2]");
  }

  private static void assertTheWalkFails(ModelWalk.Setup setup, long seed, String why) {
    AssertionError failure = catchThrowableOfType(AssertionError.class,
        () -> ModelWalk.walk(setup, seed, 300));
    assertThat(failure).as("the walk must notice the broken model").isNotNull();
    assertThat(failure.getMessage())
        .startsWith("The engine and the reference model disagree (seed " + seed + ", process "
            + setup.engineDefinition().key())
        .contains(why)
        .contains("\nThe walk (seed " + seed + "):\n  1. start ");
  }

  private static WayOn swapped(WayOn way) {
    List<Outcome> o = ((WayOn.Gate) way).outcomes();
    return WayOn.gate(new Outcome(o.get(0).name(), o.get(1).to()),
        new Outcome(o.get(1).name(), o.get(0).to()));
  }

  /** A copy of the definition, step for step, with one step's way on changed. */
  static ProcessDefinition withWayOn(ProcessDefinition d, int number, UnaryOperator<WayOn> change) {
    return withStep(d, number, s -> new Step(s.number(), s.role(), s.labelNl(), s.labelEn(),
        s.needs(), s.archivesTo(), change.apply(s.wayOn()), s.raisable(), s.delegable(),
        s.alternates(), s.archives(), s.placeFor(), s.behaviour(), s.raisedOn()));
  }

  /** A copy of the definition, step for step, with one step changed. */
  static ProcessDefinition withStep(ProcessDefinition d, int number, UnaryOperator<Step> change) {
    ProcessDefinition.ProcessBuilder b = ProcessDefinition.builder(d.key(), d.version())
        .name(d.name(Language.NL), d.name(Language.EN))
        .roles(d.roles().toArray(nl.levman.model.Role[]::new))
        .documents(d.documents().toArray(DocumentType[]::new))
        .places(d.places().toArray(nl.levman.model.ArchivePlace[]::new))
        .flags(d.flags().toArray(String[]::new))
        .itemKinds(d.itemKinds().toArray(String[]::new))
        .about(d.about().stream().sorted().toArray(Subject[]::new))
        .startsAt(d.startStep().number());
    for (Step original : d.steps()) {
      Step s = original.number() == number ? change.apply(original) : original;
      ProcessDefinition.StepBuilder step = b.step(s.number()).nl(s.labelNl()).en(s.labelEn())
          .needs(s.needs().toArray(DocumentType[]::new))
          .archives(s.archives().toArray(DocumentType[]::new));
      s.role().ifPresent(step::by);
      s.alternates().forEach(step::orBy);
      s.archivesTo().ifPresent(step::archivesTo);
      s.placeFor().forEach((type, place) -> step.archives(d.document(type).orElseThrow(), place));
      s.behaviour().ifPresent(step::behaviour);
      s.raisedOn().forEach(step::raisedOn);
      if (s.raisable()) {
        step.raisable();
      }
      if (s.delegable()) {
        step.delegable();
      }
      step.then(s.wayOn());
    }
    return b.build();
  }
}
