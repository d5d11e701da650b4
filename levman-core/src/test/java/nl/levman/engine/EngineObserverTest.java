package nl.levman.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.levman.api.EngineObserver;
import nl.levman.behaviour.Behaviours;
import nl.levman.fixtures.Desk;
import nl.levman.model.ProcessContext;
import nl.levman.model.Scope;
import nl.levman.spi.AfterCommit;
import org.junit.jupiter.api.Test;

/** An observer hears every command and what runDue fired; it cannot break a command. */
class EngineObserverTest {
  final List<String> heard = new CopyOnWriteArrayList<>();

  final EngineObserver listening = new EngineObserver() {
    @Override
    public void accepted(Command command, Duration latency) {
      heard.add(command + " accepted");
    }

    @Override
    public void rejected(Command command, String code, Duration latency) {
      heard.add(command + " " + code);
    }

    @Override
    public void dueFired(int count) {
      heard.add("fired " + count);
    }
  };

  private Desk desk(EngineObserver observer) {
    Desk desk = new Desk(b -> b.observer(observer)
        .behaviours(Behaviours.of(ItemDueDatesTest.DUE_ON_THE_TENTH)), ItemDueDatesTest.ACTIONS);
    desk.directory.grant("dora", "DO", Scope.organisation());
    return desk;
  }

  @Test
  void hearsCommandsAcceptedAndRefusedWithTheirCodeAndWhatRunDueFired() {
    Desk desk = desk(listening);
    desk.start("i", "actions", "dora", ProcessContext.empty());
    desk.start("i", "actions", "dora", ProcessContext.empty());
    desk.engine.complete(desk.completion("i", desk.only("i", 1), "dora").declares("item", List.of("a")).build());
    desk.clock.advance(Duration.ofDays(20));
    desk.engine.runDue();

    assertThat(heard).containsExactly("START accepted", "START InstanceExists", "COMPLETE accepted", "fired 1");
  }

  @Test
  void anObserverThatFailsChangesNoCommandsResult() {
    Desk desk = desk(new EngineObserver() {
      @Override
      public void accepted(Command command, Duration latency) {
        throw new IllegalStateException("the metrics backend is down (injected)");
      }
    });

    assertThat(desk.start("i", "actions", "dora", ProcessContext.empty()).accepted()).isTrue();
    assertThat(desk.events("i")).isPositive();
  }

  @Test
  void sideEffectsRunWhenTheStoresTransactionCommitsAndNotBefore() {
    List<Runnable> held = new CopyOnWriteArrayList<>();
    AfterCommit holding = held::add;
    Desk desk = new Desk(b -> b.afterCommit(holding)
        .behaviours(Behaviours.of(ItemDueDatesTest.DUE_ON_THE_TENTH)), ItemDueDatesTest.ACTIONS);
    desk.directory.grant("dora", "DO", Scope.organisation());

    desk.start("i", "actions", "dora", ProcessContext.empty());
    assertThat(desk.published.received()).isEmpty();

    held.forEach(Runnable::run);
    assertThat(desk.published.ofKind("step-opened")).hasSize(1);
  }
}
