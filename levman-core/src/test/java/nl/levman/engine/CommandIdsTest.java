package nl.levman.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import nl.levman.api.StartProcess;
import nl.levman.api.WorkItem;
import nl.levman.fixtures.Desk;
import nl.levman.fixtures.TestProcess;
import nl.levman.model.CommandId;
import nl.levman.model.FlowRejection;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.Scope;
import nl.levman.spi.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A command id is bound to its command: the same command by the same person repeats the first
 * result; anything else under that id is {@code CommandIdReused} and learns nothing of the first.
 * The engine's own ids are a namespace hosts cannot use.
 */
class CommandIdsTest {
  Desk desk;

  @BeforeEach
  void desk() {
    desk = new Desk(TestProcess.definition());
    desk.directory.grant("cora", "CO", Scope.organisation())
        .grant("cleo", "CO", Scope.organisation())
        .grant("otto", "OW", Scope.service("svc"));
  }

  private StartProcess start(String command, String instance) {
    return new StartProcess(CommandId.of(command), InstanceId.of(instance), TestProcess.KEY,
        PersonId.of("cora"), Desk.context("acme", "svc", Map.of("short", true),
            Optional.of(Desk.term(LocalDate.of(2026, 1, 1), 12))));
  }

  private CompleteStep.Builder completion(String command, WorkItem item, String by) {
    return CompleteStep.of(CommandId.of(command), InstanceId.of("i"), item.id(), PersonId.of(by));
  }

  private static void reused(CommandResult r, String command) {
    assertThat(r).isEqualTo(new CommandResult.Rejected(new FlowRejection.CommandIdReused(command)));
  }

  @Test
  void theSameCommandBySameThePersonRepeatsTheFirstResult() {
    CommandResult first = desk.engine.start(start("s-1", "i"));
    CommandResult again = desk.engine.start(start("s-1", "i"));
    assertThat(((CommandResult.Accepted) again).repeated()).isTrue();
    assertThat(((CommandResult.Accepted) again).opened()).isEqualTo(((CommandResult.Accepted) first).opened());
  }

  @Test
  void anIdReusedForAnotherInstanceIsRefusedAndStartsNothing() {
    desk.engine.start(start("s-1", "i"));
    reused(desk.engine.start(start("s-1", "j")), "s-1");
    assertThat(desk.engine.instance(InstanceId.of("j"))).isEmpty();
  }

  @Test
  void anIdReusedForAnotherStepIsRefusedAndRevealsNothingOfTheFirst() {
    desk.engine.start(start("s-1", "i"));
    WorkItem one = desk.only("i", 1);
    desk.engine.complete(completion("c-1", one, "cora").build());
    WorkItem two = desk.only("i", 2);
    CommandResult r = desk.engine.complete(completion("c-1", two, "cora").build());
    reused(r, "c-1");
    assertThat(r.toString()).doesNotContain("i.").doesNotContain("sla").doesNotContain("acme");
    assertThat(desk.open("i", 2)).hasSize(1);
  }

  @Test
  void aRepeatedIdFromAnotherPersonIsRefusedEvenWithTheSameContent() {
    desk.engine.start(start("s-1", "i"));
    WorkItem one = desk.only("i", 1);
    desk.engine.complete(completion("c-1", one, "cora").build());
    reused(desk.engine.complete(completion("c-1", one, "cleo").build()), "c-1");
    reused(desk.engine.start(new StartProcess(CommandId.of("s-1"), InstanceId.of("i"), TestProcess.KEY,
        PersonId.of("cleo"), start("s-1", "i").context())), "s-1");
  }

  @Test
  void aRepeatedIdWithOtherContentIsRefused() {
    desk.engine.start(start("s-1", "i"));
    desk.engine.complete(completion("c-1", desk.only("i", 1), "cora").build());
    WorkItem three = desk.only("i", 3);
    desk.engine.complete(completion("c-3", three, "otto")
        .document(DocumentInput.of("guide", "g.pdf", "v1")).build());
    long events = desk.events("i");
    reused(desk.engine.complete(completion("c-1", desk.only("i", 2), "cora").note("other").build()), "c-1");
    CommandResult sameDocumentOtherBytes = desk.engine.complete(completion("c-3", three, "otto")
        .document(DocumentInput.of("guide", "g.pdf", "v2")).build());
    reused(sameDocumentOtherBytes, "c-3");
    assertThat(desk.events("i")).isEqualTo(events);
  }

  @Test
  void hostIdsInTheEnginesNamespaceAreRefused() {
    for (String id : new String[] {"timer:i.x.1", "jaarkalender:review-2026", "link:i:11", "levman:x"}) {
      CommandResult r = desk.engine.start(start(id, "i"));
      assertThat(r).isInstanceOf(CommandResult.Rejected.class);
      assertThat(((CommandResult.Rejected) r).rejection().code()).isEqualTo("CommandIdInvalid");
    }
    assertThat(desk.engine.instance(InstanceId.of("i"))).isEmpty();
  }

  @Test
  void aHostIdEqualToAPredictableTimerIdCannotKeepTheTimerFromFiring() {
    desk.engine.start(start("s-1", "i"));
    desk.complete("i", 1, "cora");
    desk.complete("i", 2, "cora");
    desk.complete("i", 3, "otto");
    desk.complete("i", 8, "cora");
    Timer timer = desk.store.pending(InstanceId.of("i")).get(0);
    CommandId timersId = CommandId.of("timer:" + timer.id().value());
    CommandResult hostile = desk.engine.complete(CompleteStep.of(timersId, InstanceId.of("i"),
        desk.only("i", 9).id(), PersonId.of("otto")).build());
    assertThat(((CommandResult.Rejected) hostile).rejection().code()).isEqualTo("CommandIdInvalid");
    desk.clock.set(timer.due());
    desk.advance(Duration.ofMinutes(1));
    assertThat(desk.store.command(timersId)).as("the timer fired under its own id").isPresent();
    assertThat(desk.store.pending(InstanceId.of("i"))).doesNotContain(timer);
  }
}
