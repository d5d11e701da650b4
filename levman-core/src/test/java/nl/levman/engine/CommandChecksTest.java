package nl.levman.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import nl.levman.api.RaiseStep;
import nl.levman.model.AccessRejection;
import nl.levman.model.FlowRejection;
import nl.levman.model.Subject;
import nl.levman.model.InputRejection;
import nl.levman.api.StartProcess;
import nl.levman.fixtures.Desk;
import nl.levman.fixtures.TestProcess;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Rejection;
import nl.levman.model.Scope;
import nl.levman.model.WorkItemId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of bad command is rejected with a reason that names it, and changes nothing. */
class CommandChecksTest {
  Desk desk;
  long eventsBefore;
  int workBefore;

  @BeforeEach
  void atTheFanOut() {
    desk = new Desk(TestProcess.definition());
    desk.directory.grant("cora", "CO", Scope.organisation())
        .grant("otto", "OW", Scope.service("svc"))
        .grant("sam", "SM", Scope.supplier("acme"));
    desk.start("i", TestProcess.KEY, "cora", Desk.context("acme", "svc", Map.of("short", false),
        Optional.of(Desk.term(LocalDate.of(2026, 1, 1), 12))));
    desk.complete("i", 1, "cora");
    desk.complete("i", 2, "cora");
    desk.complete("i", 3, "otto");
    desk.engine.complete(desk.completion("i", desk.only("i", 4), "cora")
        .declares("supplier", List.of("acme")).build());
    desk.engine.complete(desk.completion("i", desk.only("i", 5), "sam")
        .declares("action", List.of("a1")).build());
    eventsBefore = desk.events("i");
    workBefore = desk.store.find(nl.levman.spi.WorkItemQuery.all(1000)).size();
  }

  private Rejection rejected(CommandResult result) {
    assertThat(result).isInstanceOf(CommandResult.Rejected.class);
    assertThat(desk.events("i")).as("history unchanged").isEqualTo(eventsBefore);
    assertThat(desk.store.find(nl.levman.spi.WorkItemQuery.all(1000))).as("work unchanged").hasSize(workBefore);
    return ((CommandResult.Rejected) result).rejection();
  }

  @Test
  void rejectsCompletionByPersonWithoutTheStepsRole() {
    Rejection r = rejected(desk.decide("i", 6, "sam", "ja"));
    assertThat(r).isEqualTo(new AccessRejection.RoleNotHeld("sam", List.of("OW"), "service svc", 6));
    assertThat(r.message()).contains("sam", "OW", "service svc", "step 6");
  }

  @Test
  void rejectsARoleHeldForAnotherSupplier() {
    desk.directory.grant("sue", "SM", Scope.supplier("globex"));
    desk.decide("i", 6, "otto", "ja");
    eventsBefore = desk.events("i");
    workBefore = desk.store.find(nl.levman.spi.WorkItemQuery.all(1000)).size();
    Rejection r = rejected(desk.engine.complete(desk.completion("i", desk.only("i", 7), "sue")
        .document(DocumentInput.of("guide", "g.txt", "x")).build()));
    assertThat(r.message()).contains("supplier acme");
  }

  @Test
  void rejectsAnOutcomeTheGateDoesNotHave() {
    Rejection r = rejected(desk.decide("i", 6, "otto", "misschien"));
    assertThat(r).isEqualTo(new InputRejection.UnknownOutcome(6, "misschien", List.of("ja", "nee")));
  }

  @Test
  void rejectsAGateCompletedWithoutOutcome() {
    Rejection r = rejected(desk.complete("i", 6, "otto"));
    assertThat(r).isInstanceOf(InputRejection.OutcomeMissing.class);
    assertThat(r.message()).contains("ja", "nee");
  }

  @Test
  void rejectsAnOutcomeWhereThereIsNoGate() {
    desk.decide("i", 6, "otto", "ja");
    eventsBefore = desk.events("i");
    workBefore = desk.store.find(nl.levman.spi.WorkItemQuery.all(1000)).size();
    Rejection r = rejected(desk.engine.complete(desk.completion("i", desk.only("i", 7), "sam")
        .outcome("ja").document(DocumentInput.of("guide", "g.txt", "x")).build()));
    assertThat(r).isInstanceOf(InputRejection.UnknownOutcome.class);
  }

  @Test
  void rejectsAStepWithoutTheDocumentItNeeds() {
    desk.decide("i", 6, "otto", "ja");
    eventsBefore = desk.events("i");
    workBefore = desk.store.find(nl.levman.spi.WorkItemQuery.all(1000)).size();
    Rejection r = rejected(desk.complete("i", 7, "sam"));
    assertThat(r).isEqualTo(new InputRejection.DocumentMissing(7, "guide", "Handleiding"));
  }

  @Test
  void rejectsADocumentOfATypeTheProcessDoesNotDeclare() {
    Rejection r = rejected(desk.engine.complete(desk.completion("i", desk.only("i", 6), "otto")
        .outcome("ja").document(DocumentInput.of("invoice", "i.pdf", "x")).build()));
    assertThat(r).isEqualTo(new InputRejection.UnknownDocumentType(6, "invoice"));
  }

  @Test
  void rejectsAWorkItemThatIsNotOpen() {
    Rejection r = rejected(desk.engine.complete(CompleteStep.of(desk.nextCommand(), InstanceId.of("i"),
        WorkItemId.of("i.1"), PersonId.of("cora")).build()));
    assertThat(r).isEqualTo(new FlowRejection.StepNotOpen("i", "i.1"));
  }

  @Test
  void rejectsAnUnknownInstance() {
    Rejection r = rejected(desk.engine.complete(CompleteStep.of(desk.nextCommand(), InstanceId.of("nope"),
        WorkItemId.of("x"), PersonId.of("cora")).build()));
    assertThat(r).isEqualTo(new FlowRejection.UnknownInstance("nope"));
  }

  @Test
  void rejectsRaisingAStepThatIsNoSubFlow() {
    Rejection r = rejected(desk.engine.raise(new RaiseStep(desk.nextCommand(), InstanceId.of("i"), 9,
        PersonId.of("cora"), "why")));
    assertThat(r).isEqualTo(new FlowRejection.NotRaisable(9));
  }

  @Test
  void rejectsRaisingBySomeoneWithoutTheRole() {
    Rejection r = rejected(desk.engine.raise(new RaiseStep(desk.nextCommand(), InstanceId.of("i"), 13,
        PersonId.of("sam"), "why")));
    assertThat(r).isInstanceOf(AccessRejection.RoleNotHeld.class);
  }

  @Test
  void rejectsAFanOutWithoutItsItemList() {
    Desk other = new Desk(TestProcess.definition());
    other.directory.grant("cora", "CO", Scope.organisation()).grant("otto", "OW", Scope.service("svc"));
    other.start("j", TestProcess.KEY, "cora", Desk.context("acme", "svc", Map.of("short", false),
        Optional.of(Desk.term(LocalDate.of(2026, 1, 1), 12))));
    other.complete("j", 1, "cora");
    other.complete("j", 2, "cora");
    other.complete("j", 3, "otto");
    CommandResult r = other.complete("j", 4, "cora");
    assertThat(((CommandResult.Rejected) r).rejection().message())
        .contains("fans out per supplier", "declare the supplier list");
  }

  @Test
  void rejectsAStartOfAnUnknownProcessOrWithoutItsFlagsOrTerm() {
    assertThat(((CommandResult.Rejected) desk.start("k", "nope", "cora", ProcessContext.empty()))
        .rejection()).isEqualTo(new FlowRejection.UnknownProcess("nope"));
    assertThat(((CommandResult.Rejected) desk.start("k", TestProcess.KEY, "cora", ProcessContext.empty()))
        .rejection()).isEqualTo(new FlowRejection.SubjectMissing(TestProcess.KEY, Subject.SUPPLIER));
    assertThat(((CommandResult.Rejected) desk.start("k", TestProcess.KEY, "cora",
        Desk.context("acme", "svc", Map.of(), Optional.empty()))).rejection())
        .isEqualTo(new FlowRejection.FlagMissing(TestProcess.KEY, "short"));
    assertThat(((CommandResult.Rejected) desk.start("k", TestProcess.KEY, "cora",
        Desk.context("acme", "svc", Map.of("short", true), Optional.empty()))).rejection().message())
        .contains("needs the term");
    assertThat(desk.engine.instance(InstanceId.of("k"))).isEmpty();
  }

  @Test
  void rejectsAStartOfAnInstanceThatExists() {
    CommandResult r = desk.engine.start(new StartProcess(CommandId.of("fresh"), InstanceId.of("i"),
        TestProcess.KEY, PersonId.of("cora"), ProcessContext.empty()));
    assertThat(rejected(r)).isEqualTo(new FlowRejection.InstanceExists("i"));
  }

  @Test
  void rejectsDeliveringAPeriodsWorkBeforeThePeriodEnds() {
    Desk other = new Desk(TestProcess.definition());
    other.directory.grant("cora", "CO", Scope.organisation()).grant("otto", "OW", Scope.service("svc"));
    other.start("j", TestProcess.KEY, "cora", Desk.context("acme", "svc", Map.of("short", true),
        Optional.of(Desk.term(LocalDate.of(2026, 1, 1), 12))));
    other.complete("j", 1, "cora");
    other.complete("j", 2, "cora");
    other.complete("j", 3, "otto");
    other.complete("j", 8, "cora");
    CommandResult r = other.complete("j", 9, "otto");
    assertThat(((CommandResult.Rejected) r).rejection())
        .isEqualTo(new FlowRejection.NotYetDue(9, 1, "2026-02-01"));
  }

  @Test
  void rejectsEveryCommandOnAFinishedInstance() {
    Desk other = new Desk(TestProcess.definition());
    other.directory.grant("cora", "CO", Scope.organisation());
    other.start("j", TestProcess.KEY, "cora", Desk.context("acme", "svc", Map.of("short", true),
        Optional.of(Desk.term(LocalDate.of(2020, 1, 1), 1))));
    other.directory.grant("otto", "OW", Scope.service("svc"));
    other.complete("j", 1, "cora");
    other.complete("j", 2, "cora");
    other.complete("j", 3, "otto");
    other.complete("j", 8, "cora");
    other.complete("j", 9, "otto");
    other.decide("j", 10, "cora", "goed");
    other.engine.runDue();
    other.complete("j", 11, "cora");
    CommandResult r = other.engine.raise(new RaiseStep(other.nextCommand(), InstanceId.of("j"), 13,
        PersonId.of("cora"), "late"));
    assertThat(((CommandResult.Rejected) r).rejection()).isEqualTo(new FlowRejection.InstanceFinished("j"));
  }
}
