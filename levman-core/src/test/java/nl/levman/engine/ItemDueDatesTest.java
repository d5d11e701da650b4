package nl.levman.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.levman.behaviour.Behaviours;
import nl.levman.behaviour.Decision;
import nl.levman.behaviour.Effect;
import nl.levman.behaviour.ReadsNothing;
import nl.levman.behaviour.StepContext;
import nl.levman.behaviour.StepInput;
import nl.levman.fixtures.Desk;
import nl.levman.model.Behaviour;
import nl.levman.model.ProcessContext;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Role;
import nl.levman.model.RoleScope;
import nl.levman.model.Scope;
import nl.levman.model.WayOn;
import org.junit.jupiter.api.Test;

/** A fan-out item given a due date is overdue until the item is done, whatever step it is at. */
class ItemDueDatesTest {
  static final Role DOER = new Role("DO", "Doener", "Doer", RoleScope.ORGANISATION);
  static final Behaviour PLANS = Behaviour.named("test.plans");

  static final ProcessDefinition ACTIONS = ProcessDefinition.builder("actions", 1).roles(DOER)
      .itemKinds("item")
      .step(1).by(DOER).nl("Plan").behaviour(PLANS)
          .then(WayOn.forEach("item", List.of(2, 3), 4).overdueSignal("item-late"))
      .step(2).by(DOER).nl("Begin").next(3)
      .step(3).by(DOER).nl("Rond af").next(4)
      .step(4).by(DOER).nl("Einde").end()
      .build();

  static final ReadsNothing DUE_ON_THE_TENTH = new ReadsNothing() {
    @Override
    public Behaviour declaration() {
      return PLANS;
    }

    @Override
    public Decision decide(StepInput input, StepContext context) {
      return Decision.nothing().with(new Effect.ItemDue("item", "a", LocalDate.of(2026, 1, 10)));
    }
  };

  private Desk desk() {
    Desk desk = new Desk(b -> b.behaviours(Behaviours.of(DUE_ON_THE_TENTH)), ACTIONS);
    desk.directory.grant("dora", "DO", Scope.organisation());
    desk.start("i", "actions", "dora", ProcessContext.empty());
    desk.engine.complete(desk.completion("i", desk.only("i", 1), "dora")
        .declares("item", List.of("a")).build());
    return desk;
  }

  @Test
  void anItemPastItsDueDateIsSignalledWhileItsLaterStepsAreStillOpen() {
    Desk desk = desk();
    assertThat(desk.complete("i", 2, "dora").accepted()).isTrue();
    desk.advance(Duration.ofDays(20));
    assertThat(desk.published.ofKind("item-late")).singleElement()
        .satisfies(n -> assertThat(n.details()).containsEntry("item", "a"));
  }

  @Test
  void anItemDoneInTimeIsNeverSignalled() {
    Desk desk = desk();
    assertThat(desk.complete("i", 2, "dora").accepted()).isTrue();
    assertThat(desk.complete("i", 3, "dora").accepted()).isTrue();
    desk.advance(Duration.ofDays(20));
    assertThat(desk.published.ofKind("item-late")).isEmpty();
  }
}
