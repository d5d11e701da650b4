package nl.levman.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.StartProcess;
import nl.levman.fixtures.Desk;
import nl.levman.fixtures.TestProcess;
import nl.levman.model.CommandId;
import nl.levman.model.Event;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A repeated command id has no second effect; a delegate acts on behalf of the role holder. */
class IdempotencyAndDelegationTest {
  Desk desk;

  @BeforeEach
  void desk() {
    desk = new Desk(TestProcess.definition());
    desk.directory.grant("cora", "CO", Scope.organisation())
        .grant("otto", "OW", Scope.service("svc"))
        .grant("sam", "SM", Scope.supplier("acme"))
        .delegate("otto", "pim", "OW", Scope.service("svc"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31));
  }

  private StartProcess start() {
    return new StartProcess(CommandId.of("start-1"), InstanceId.of("i"), TestProcess.KEY,
        PersonId.of("cora"), Desk.context("acme", "svc", Map.of("short", false),
            Optional.of(Desk.term(LocalDate.of(2026, 1, 1), 12))));
  }

  @Test
  void repeatsTheFirstResultOfAStartWithoutStartingTwice() {
    CommandResult first = desk.engine.start(start());
    CommandResult again = desk.engine.start(start());
    assertThat(again).isEqualTo(new CommandResult.Accepted(InstanceId.of("i"),
        ((CommandResult.Accepted) first).opened(), 1, 2, true));
    assertThat(desk.events("i")).isEqualTo(2);
  }

  @Test
  void repeatsTheFirstResultOfACompletionWithoutCompletingTwice() {
    desk.engine.start(start());
    CompleteStep complete = CompleteStep.of(CommandId.of("c-1"), InstanceId.of("i"),
        desk.only("i", 1).id(), PersonId.of("cora")).build();
    CommandResult first = desk.engine.complete(complete);
    long events = desk.events("i");
    CommandResult again = desk.engine.complete(complete);
    assertThat(again.accepted()).isTrue();
    assertThat(((CommandResult.Accepted) again).repeated()).isTrue();
    assertThat(((CommandResult.Accepted) again).opened()).isEqualTo(((CommandResult.Accepted) first).opened());
    assertThat(desk.events("i")).isEqualTo(events);
  }

  @Test
  void aDelegateCompletesADelegableStepOnBehalfOfTheServiceOwner() {
    reachStep6();
    CommandResult r = desk.decide("i", 6, "pim", "ja");
    assertThat(r.accepted()).as(r.toString()).isTrue();
    Event.StepCompleted done = desk.engine.history(InstanceId.of("i")).stream()
        .map(h -> h.event()).filter(e -> e instanceof Event.StepCompleted c && c.step() == 6)
        .map(e -> (Event.StepCompleted) e).findFirst().orElseThrow();
    assertThat(done.by()).isEqualTo(PersonId.of("pim"));
    assertThat(done.onBehalfOf()).contains(PersonId.of("otto"));
  }

  @Test
  void anExpiredDelegationIsNoLongerEnough() {
    reachStep6();
    desk.clock.set(java.time.Instant.parse("2026-02-02T08:00:00Z"));
    CommandResult r = desk.decide("i", 6, "pim", "ja");
    assertThat(r.accepted()).isFalse();
  }

  @Test
  void aDelegationDoesNotReachAStepThatIsNotDelegable() {
    desk.engine.start(start());
    desk.complete("i", 1, "cora");
    assertThat(desk.complete("i", 3, "pim").accepted()).isFalse();
  }

  @Test
  void thePersonsWorkListHoldsTheirRolesScopesAndDelegations() {
    reachStep6();
    assertThat(desk.engine.workList(nl.levman.api.WorkQuery.all().person(PersonId.of("pim"))))
        .extracting(w -> w.step()).containsExactly(6);
    assertThat(desk.engine.workList(nl.levman.api.WorkQuery.all().person(PersonId.of("sam")))).isEmpty();
    assertThat(desk.engine.workList(nl.levman.api.WorkQuery.all().role("OW").supplier("acme")))
        .hasSize(1);
    assertThat(desk.engine.workList(nl.levman.api.WorkQuery.all().process("other"))).isEmpty();
  }

  private void reachStep6() {
    desk.engine.start(start());
    desk.complete("i", 1, "cora");
    desk.complete("i", 2, "cora");
    desk.complete("i", 3, "otto");
    desk.engine.complete(desk.completion("i", desk.only("i", 4), "cora")
        .declares("supplier", List.of("acme")).build());
    desk.engine.complete(desk.completion("i", desk.only("i", 5), "sam")
        .declares("action", List.of("a1")).build());
  }
}
