package nl.levman.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.api.CommandResult;
import nl.levman.api.WorkItem;
import nl.levman.fixtures.Desk;
import nl.levman.fixtures.TestProcess;
import nl.levman.model.Event;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceStatus;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The semantics of every way on, walked through the public API. */
class WaysOnTest {
  Desk desk;

  @BeforeEach
  void desk() {
    desk = new Desk(TestProcess.definition());
    desk.directory.grant("cora", "CO", Scope.organisation())
        .grant("otto", "OW", Scope.service("svc"))
        .grant("sam", "SM", Scope.supplier("acme"))
        .grant("sam", "SM", Scope.supplier("globex"));
  }

  private void start(boolean shortWay) {
    CommandResult r = desk.start("i", TestProcess.KEY, "cora", Desk.context("acme", "svc",
        Map.of("short", shortWay), Optional.of(Desk.term(LocalDate.of(2026, 1, 1), 3))));
    assertThat(r.accepted()).as(r.toString()).isTrue();
  }

  @Test
  void splitOpensBothBranchesAndJoinWaitsForTheLast() {
    start(false);
    desk.complete("i", 1, "cora");
    assertThat(desk.open("i", 2)).hasSize(1);
    assertThat(desk.open("i", 3)).hasSize(1);
    desk.complete("i", 3, "otto");
    assertThat(desk.open("i", 4)).isEmpty();
    desk.complete("i", 2, "cora");
    assertThat(desk.open("i", 4)).hasSize(1);
  }

  @Test
  void conditionKnownAtStartChoosesTheWayAfterTheJoin() {
    start(true);
    desk.complete("i", 1, "cora");
    desk.complete("i", 2, "cora");
    desk.complete("i", 3, "otto");
    assertThat(desk.open("i", 4)).isEmpty();
    assertThat(desk.open("i", 8)).hasSize(1);
  }

  @Test
  void fanOutRunsTheBodyPerItemAndJoinsWhenEveryItemIsDone() {
    reachFanOut();
    WorkItem choose = desk.only("i", 4);
    assertThat(desk.engine.complete(desk.completion("i", choose, "cora")
        .declares("supplier", List.of("acme", "globex")).build()).accepted()).isTrue();
    List<WorkItem> perSupplier = desk.open("i", 5);
    assertThat(perSupplier).extracting(w -> w.subjects().get("supplier"))
        .containsExactlyInAnyOrder("acme", "globex");
    for (WorkItem w : perSupplier) {
      desk.engine.complete(desk.completion("i", w, "sam").declares("action", List.of()).build());
    }
    assertThat(desk.open("i", 7)).hasSize(2);
    for (WorkItem w : desk.open("i", 7)) {
      CommandResult r = desk.engine.complete(desk.completion("i", w, "sam")
          .document(nl.levman.api.DocumentInput.of("guide", "guide.txt", "rules")).build());
      assertThat(r.accepted()).as(r.toString()).isTrue();
    }
    assertThat(desk.open("i", 8)).hasSize(1);
  }

  @Test
  void anItemThatLeavesTheBodyTakesItsSupplierBackOnceEveryItemIsJudged() {
    reachFanOut();
    desk.engine.complete(desk.completion("i", desk.only("i", 4), "cora")
        .declares("supplier", List.of("acme")).build());
    desk.engine.complete(desk.completion("i", desk.only("i", 5), "sam")
        .declares("action", List.of("a1", "a2")).build());
    List<WorkItem> judge = desk.open("i", 6);
    assertThat(judge).extracting(w -> w.subjects().get("action")).containsExactly("a1", "a2");
    desk.engine.complete(desk.completion("i", judge.get(0), "otto").outcome("nee").build());
    assertThat(desk.open("i", 5)).as("waits for a2 first").isEmpty();
    desk.engine.complete(desk.completion("i", judge.get(1), "otto").outcome("ja").build());
    assertThat(desk.open("i", 5)).hasSize(1);
    assertThat(desk.open("i", 7)).isEmpty();
    desk.engine.complete(desk.completion("i", desk.only("i", 5), "sam")
        .declares("action", List.of("a1")).build());
    desk.decide("i", 6, "otto", "ja");
    assertThat(desk.open("i", 7)).hasSize(1);
  }

  @Test
  void theOverviewShowsEveryItemWithItsOpenStepsOutcomesAndDeclaredLists() {
    reachFanOut();
    desk.engine.complete(desk.completion("i", desk.only("i", 4), "cora")
        .declares("supplier", List.of("acme", "globex")).build());
    WorkItem acme = desk.open("i", 5).stream()
        .filter(w -> w.subjects().get("supplier").equals("acme")).findFirst().orElseThrow();
    desk.engine.complete(desk.completion("i", acme, "sam").declares("action", List.of("a1", "a2")).build());
    desk.engine.complete(desk.completion("i", desk.open("i", 6).get(0), "otto").outcome("ja").build());
    var overview = desk.engine.overview(InstanceId.of("i"), "supplier");
    assertThat(overview).extracting(o -> o.item()).containsExactly("acme", "globex");
    assertThat(overview.get(0).open()).extracting(w -> w.step()).containsExactly(6);
    assertThat(overview.get(0).lastOutcomes()).containsEntry(6, "ja");
    assertThat(overview.get(0).declared()).containsEntry("action", List.of("a1", "a2"));
    assertThat(overview.get(1).open()).extracting(w -> w.step()).containsExactly(5);
  }

  @Test
  void cycleRunsOncePerPeriodUntilTheTermEndsThenLinksAndEnds() {
    start(true);
    desk.complete("i", 1, "cora");
    desk.complete("i", 2, "cora");
    desk.complete("i", 3, "otto");
    desk.complete("i", 8, "cora");
    for (int period = 1; period <= 3; period++) {
      WorkItem deliver = desk.only("i", 9);
      assertThat(deliver.period()).isEqualTo(period);
      desk.clock.set(LocalDate.of(2026, 1, 1).plusMonths(period).atStartOfDay(desk.clock.getZone()).toInstant());
      desk.engine.runDue();
      assertThat(desk.complete("i", 9, "otto").accepted()).isTrue();
      desk.decide("i", 10, "cora", period == 2 ? "slecht" : "goed");
    }
    assertThat(desk.open("i", 9)).isEmpty();
    assertThat(desk.open("i", 11)).as("opened by the renewal date, during the cycle").hasSize(1);
    desk.complete("i", 11, "cora");
    assertThat(desk.engine.instance(InstanceId.of("i")).orElseThrow().completions()).containsEntry(11, 1);
    assertThat(desk.engine.instance(InstanceId.of("i")).orElseThrow().status()).isEqualTo(InstanceStatus.COMPLETED);
  }

  @Test
  void theRenewalDateOpensTheFollowUpWhileTheCycleGoesOn() {
    start(true);
    desk.complete("i", 1, "cora");
    desk.complete("i", 2, "cora");
    desk.complete("i", 3, "otto");
    desk.complete("i", 8, "cora");
    desk.advance(Duration.ofDays(1));
    assertThat(desk.open("i", 11)).as("renewal is due before the term starts + 3 - 4 months").hasSize(1);
    assertThat(desk.open("i", 9)).hasSize(1);
  }

  @Test
  void aRaisedSubFlowRunsBesideTheCycleWithoutStoppingIt() {
    start(true);
    desk.complete("i", 1, "cora");
    desk.complete("i", 2, "cora");
    desk.complete("i", 3, "otto");
    desk.complete("i", 8, "cora");
    CommandResult raised = desk.engine.raise(new nl.levman.api.RaiseStep(desk.nextCommand(),
        InstanceId.of("i"), 13, nl.levman.model.PersonId.of("cora"), "KPI changes"));
    assertThat(raised.accepted()).as(raised.toString()).isTrue();
    assertThat(desk.open("i", 13)).hasSize(1);
    assertThat(desk.open("i", 9)).hasSize(1);
    desk.complete("i", 13, "cora");
    assertThat(desk.open("i", 9)).hasSize(1);
  }

  @Test
  void aLinkToAnUnregisteredProcessIsRecordedAndPublishedNeverDropped() {
    finishCycle();
    List<Event> events = desk.engine.history(InstanceId.of("i")).stream().map(h -> h.event()).toList();
    assertThat(events).anySatisfy(e -> assertThat(e).isEqualTo(
        new Event.ProcessLinked(11, "follow-up", Optional.empty())));
    assertThat(desk.published.ofKind("link-unregistered")).hasSize(1);
    assertThat(desk.published.ofKind("link-recorded")).hasSize(1);
  }

  @Test
  void aLinkToARegisteredProcessStartsIt() {
    ProcessDefinition followUp = ProcessDefinition.builder("follow-up", 1)
        .roles(TestProcess.COORDINATOR)
        .step(1).by(TestProcess.COORDINATOR).nl("Vervolg").end().build();
    desk = new Desk(TestProcess.definition(), followUp);
    desk.directory.grant("cora", "CO", Scope.organisation()).grant("otto", "OW", Scope.service("svc"));
    finishCycle();
    InstanceId started = InstanceId.of("i.link11");
    assertThat(desk.engine.instance(started)).isPresent();
    assertThat(desk.engine.instance(started).get().context().attributes()).containsEntry("linkedFrom", "i");
    assertThat(desk.published.ofKind("process-linked")).hasSize(1);
  }

  private void reachFanOut() {
    start(false);
    desk.complete("i", 1, "cora");
    desk.complete("i", 2, "cora");
    desk.complete("i", 3, "otto");
  }

  private void finishCycle() {
    start(true);
    desk.complete("i", 1, "cora");
    desk.complete("i", 2, "cora");
    desk.complete("i", 3, "otto");
    desk.complete("i", 8, "cora");
    desk.advance(Duration.ofDays(1));
    desk.complete("i", 11, "cora");
  }
}
