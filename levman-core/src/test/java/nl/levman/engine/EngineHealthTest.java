package nl.levman.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.levman.behaviour.Behaviours;
import nl.levman.fixtures.Desk;
import nl.levman.model.ProcessContext;
import nl.levman.model.Scope;
import org.junit.jupiter.api.Test;

/** An engine's health: its store answers, and how many timers wait past their due time. */
class EngineHealthTest {

  @Test
  void countsTimersPastDueUntilTheyFire() {
    Desk desk = new Desk(b -> b.behaviours(Behaviours.of(ItemDueDatesTest.DUE_ON_THE_TENTH)),
        ItemDueDatesTest.ACTIONS);
    desk.directory.grant("dora", "DO", Scope.organisation());
    desk.start("i", "actions", "dora", ProcessContext.empty());
    desk.engine.complete(desk.completion("i", desk.only("i", 1), "dora")
        .declares("item", List.of("a")).build());
    assertThat(desk.engine.health().isUp()).isTrue();
    assertThat(desk.engine.health().timersOverdue()).isZero();

    desk.clock.advance(Duration.ofDays(20));
    assertThat(desk.engine.health().timersOverdue()).as("the item's due date passed").isEqualTo(1);

    desk.engine.runDue();
    assertThat(desk.engine.health().timersOverdue()).isZero();
  }
}
