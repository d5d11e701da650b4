package nl.levman.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.levman.fixtures.Desk;
import nl.levman.fixtures.TestProcess;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.model.ProcessContext;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Term;
import nl.levman.walk.ReferenceModel.Input;
import nl.levman.walk.ReferenceModel.Position;
import org.junit.jupiter.api.Test;

/**
 * The reference model on its own, without the engine: hand-worked paths through every way on, as
 * the documentation describes them, so that the model the random walks trust is seen to be right.
 */
class ReferenceModelTest {
  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  /** Everybody holds every role, except "nobody". */
  static ReferenceModel start(ProcessDefinition d, ProcessContext context) {
    return ReferenceModel.start(d, context, AMSTERDAM, (person, role) -> !person.equals("nobody"));
  }

  static ReferenceModel testProcess(boolean shortWay, Term term) {
    return start(TestProcess.definition(),
        Desk.context("acme", "svc", Map.of("short", shortWay), Optional.of(term)));
  }

  static Term term(String start, String end, String renewal) {
    return new Term(LocalDate.parse(start), LocalDate.parse(end), Period.ofMonths(1), 10,
        LocalDate.parse(renewal));
  }

  static final Term SPRING = term("2026-01-01", "2026-04-01", "2026-12-31");

  /** A position: step, then "kind=item" subjects, then "#period". */
  static Position at(int step, String... subjectsAndPeriod) {
    Map<String, String> subjects = new LinkedHashMap<>();
    int period = 0;
    for (String s : subjectsAndPeriod) {
      if (s.startsWith("#")) {
        period = Integer.parseInt(s.substring(1));
      } else {
        subjects.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1));
      }
    }
    return new Position(step, subjects, period);
  }

  static final Input ANN = Input.by("ann");

  static void done(ReferenceModel m, Position p) {
    m.complete(p, ANN);
  }

  static void decide(ReferenceModel m, Position p, String outcome) {
    m.complete(p, ANN.outcome(outcome));
  }

  static void declare(ReferenceModel m, Position p, String kind, String... items) {
    m.complete(p, ANN.declares(kind, Arrays.asList(items)));
  }

  static Instant at(String day) {
    return LocalDate.parse(day).atStartOfDay(AMSTERDAM).toInstant();
  }

  static void assertOpen(ReferenceModel m, Position... expected) {
    assertThat(m.open()).containsExactlyInAnyOrder(expected);
  }

  @Test
  void aSplitOpensEveryBranchAndGoesOnByTheConditionWhenAllHaveJoined() {
    ReferenceModel m = testProcess(false, SPRING);
    assertOpen(m, at(1));
    done(m, at(1));
    assertOpen(m, at(2), at(3));
    done(m, at(3));
    assertOpen(m, at(2));
    done(m, at(2));
    assertOpen(m, at(4));

    ReferenceModel shortWay = testProcess(true, SPRING);
    done(shortWay, at(1));
    done(shortWay, at(2));
    done(shortWay, at(3));
    assertOpen(shortWay, at(8));
  }

  @Test
  void aFanOutRunsPerItemAndAnItemLeavingTheBodyTakesItsSupplierBackOnceAllAreJudged() {
    ReferenceModel m = testProcess(false, SPRING);
    done(m, at(1));
    done(m, at(2));
    done(m, at(3));
    declare(m, at(4), "supplier", "acme", "globex");
    assertOpen(m, at(5, "supplier=acme"), at(5, "supplier=globex"));
    declare(m, at(5, "supplier=acme"), "action", "a1", "a2");
    declare(m, at(5, "supplier=globex"), "action");
    assertOpen(m, at(6, "supplier=acme", "action=a1"), at(6, "supplier=acme", "action=a2"),
        at(7, "supplier=globex"));
    decide(m, at(6, "supplier=acme", "action=a1"), "nee");
    assertOpen(m, at(6, "supplier=acme", "action=a2"), at(7, "supplier=globex"));
    decide(m, at(6, "supplier=acme", "action=a2"), "ja");
    assertOpen(m, at(5, "supplier=acme"), at(7, "supplier=globex"));
    m.complete(at(7, "supplier=globex"), ANN.documents("guide"));
    assertOpen(m, at(5, "supplier=acme"));
    done(m, at(5, "supplier=acme"));
    assertThat(m.open()).as("the earlier list of actions again").hasSize(2);
    decide(m, at(6, "supplier=acme", "action=a1"), "ja");
    decide(m, at(6, "supplier=acme", "action=a2"), "ja");
    assertOpen(m, at(7, "supplier=acme"));
    done(m, at(7, "supplier=acme"));
    assertOpen(m, at(8));
    assertThat(m.completions()).containsEntry(5, 3).containsEntry(6, 4).containsEntry(7, 2);
    assertThat(m.forkRecords()).contains("fork at 1 split [2, 3]", "joined 1 2", "joined 1 3",
        "fork at 4 supplier [acme, globex]", "fork at 5{supplier=acme} action [a1, a2]",
        "joined 5{supplier=acme} a1 left for 5", "joined 5{supplier=acme} a2",
        "joined 4 globex",
        "joined 4 acme");
    assertThat(m.forkRecords()).as("an empty list forks nothing")
        .noneMatch(r -> r.startsWith("fork at 5{supplier=globex}"));
  }

  @Test
  void anEmptyListGoesOnAtOnce() {
    ReferenceModel m = testProcess(false, SPRING);
    done(m, at(1));
    done(m, at(2));
    done(m, at(3));
    declare(m, at(4), "supplier");
    assertOpen(m, at(8));
  }

  @Test
  void aCycleRunsOncePerPeriodThenGoesOnAndTheLinkAndTheEndStepPassAtOnce() {
    ReferenceModel m = testProcess(true, SPRING);
    done(m, at(1));
    done(m, at(2));
    done(m, at(3));
    done(m, at(8));
    assertOpen(m, at(9, "#1"));
    assertThat(m.due(at(9, "#1"), LocalDate.parse("2026-01-31"))).isFalse();
    assertThat(m.due(at(9, "#1"), LocalDate.parse("2026-02-01"))).isTrue();
    done(m, at(9, "#1"));
    assertOpen(m, at(10, "#1"));
    decide(m, at(10, "#1"), "goed");
    done(m, at(9, "#2"));
    decide(m, at(10, "#2"), "slecht");
    done(m, at(9, "#3"));
    decide(m, at(10, "#3"), "goed");
    assertOpen(m, at(11));
    assertThat(m.running()).isTrue();
    done(m, at(11));
    assertThat(m.open()).isEmpty();
    assertThat(m.running()).isFalse();
    assertThat(m.completions()).containsEntry(9, 3).containsEntry(11, 1).containsEntry(12, 1);
  }

  @Test
  void theRenewalDateOpensTheContinuationOnceBesideTheCycle() {
    ReferenceModel m = testProcess(true, term("2026-01-01", "2026-03-01", "2026-01-20"));
    done(m, at(1));
    done(m, at(2));
    done(m, at(3));
    done(m, at(8));
    m.timePasses(at("2026-01-19"));
    assertOpen(m, at(9, "#1"));
    m.timePasses(at("2026-01-20"));
    assertOpen(m, at(9, "#1"), at(11));
    assertThat(m.openedByLastCommand()).containsExactly(at(11));
    done(m, at(11));
    done(m, at(9, "#1"));
    decide(m, at(10, "#1"), "goed");
    done(m, at(9, "#2"));
    decide(m, at(10, "#2"), "goed");
    assertThat(m.open()).as("11 is not opened a second time").isEmpty();
    assertThat(m.running()).isFalse();
  }

  @Test
  void aRaisedStepRunsBesideTheRestAndEnds() {
    ReferenceModel m = testProcess(true, SPRING);
    m.raise(13);
    assertOpen(m, at(1), at(13));
    done(m, at(13));
    assertOpen(m, at(1));
    assertThat(m.problemsOfRaise(13, "cora", "why")).isEmpty();
    assertThat(m.problemsOfRaise(12, "cora", "why")).containsExactly("NotRaisable");
    assertThat(m.problemsOfRaise(13, "nobody", " ")).containsExactly("RoleNotHeld", "ReasonMissing");
  }

  @Test
  void theRiskReviewSendsASupplierBackFromStep9And11AndEndsWhenEverySupplierPassed13() {
    ReferenceModel m = start(SupplierRiskReview.definition(), ProcessContext.empty());
    done(m, at(1));
    declare(m, at(2), "supplier", "acme", "globex");
    m.complete(at(3, "supplier=acme"),
        ANN.declares("mitigation-action", List.of("exit-plan", "iso-27001")));
    assertOpen(m, at(3, "supplier=globex"));
    done(m, at(3, "supplier=globex"));
    done(m, at(4));
    done(m, at(5));
    decide(m, at(6, "supplier=globex"), "nee");
    assertOpen(m, at(6, "supplier=acme"), at(13, "supplier=globex"));
    decide(m, at(6, "supplier=acme"), "ja");
    done(m, at(7, "supplier=acme"));
    done(m, at(8, "supplier=acme"));
    decide(m, at(9, "supplier=acme", "mitigation-action=exit-plan"), "ja");
    decide(m, at(9, "supplier=acme", "mitigation-action=iso-27001"), "nee");
    assertOpen(m, at(7, "supplier=acme"), at(13, "supplier=globex"));
    declare(m, at(7, "supplier=acme"), "mitigation-action", "iso-27001");
    done(m, at(8, "supplier=acme"));
    decide(m, at(9, "supplier=acme", "mitigation-action=iso-27001"), "ja");
    done(m, at(10, "supplier=acme"));
    decide(m, at(11, "supplier=acme"), "nee");
    assertOpen(m, at(7, "supplier=acme"), at(13, "supplier=globex"));
    done(m, at(7, "supplier=acme"));
    done(m, at(8, "supplier=acme"));
    decide(m, at(9, "supplier=acme", "mitigation-action=iso-27001"), "ja");
    done(m, at(10, "supplier=acme"));
    decide(m, at(11, "supplier=acme"), "ja");
    done(m, at(12, "supplier=acme"));
    done(m, at(13, "supplier=globex"));
    assertThat(m.running()).isTrue();
    done(m, at(13, "supplier=acme"));
    assertThat(m.running()).isFalse();
    assertThat(m.completions()).containsEntry(14, 1);
  }

  @Test
  void serviceLevelManagementOpensStep18ByTheRenewalDateAndEndsWithTheTerm() {
    ReferenceModel m = start(ServiceLevelManagement.definition(), new ProcessContext(
        Optional.of("acme"), Optional.of("sla-acme"), Optional.of("hosting"),
        Map.of(Handbook.DAP_WANTED, false), Map.of(),
        Optional.of(term("2026-02-01", "2026-04-01", "2026-03-01")), Map.of()));
    for (int step : new int[] {1, 2, 3, 7, 8}) {
      done(m, at(step));
    }
    decide(m, at(9), "akkoord");
    decide(m, at(10), "niet akkoord");
    assertOpen(m, at(7));
    done(m, at(7));
    done(m, at(8));
    decide(m, at(9), "akkoord");
    decide(m, at(10), "akkoord");
    done(m, at(11));
    assertOpen(m, at(12, "#1"));
    m.timePasses(at("2026-03-02"));
    assertOpen(m, at(12, "#1"), at(18));
    done(m, at(18));
    done(m, at(12, "#1"));
    done(m, at(13, "#1"));
    decide(m, at(14, "#1"), "nee");
    done(m, at(15, "#1"));
    done(m, at(12, "#2"));
    done(m, at(13, "#2"));
    decide(m, at(14, "#2"), "ja");
    assertThat(m.problemsOfCompletion(at(16, "#2"), ANN, LocalDate.parse("2026-04-02")))
        .as("the handleiding it needs, then the SLR it archives")
        .containsExactly("DocumentMissing:handleiding", "DocumentMissing:slr");
    assertThat(m.problemsOfCompletion(at(16, "#2"), ANN.documents("handleiding"),
        LocalDate.parse("2026-04-02"))).as("the SLR it archives")
        .containsExactly("DocumentMissing:slr");
    assertThat(m.problemsOfCompletion(at(16, "#2"), ANN.documents("slr"),
        LocalDate.parse("2026-04-02"))).as("the handleiding it needs (no DAP, so no step 6)")
        .containsExactly("DocumentMissing:handleiding");
    m.complete(at(16, "#2"), ANN.documents("handleiding", "slr"));
    assertThat(m.running()).isFalse();
  }

  @Test
  void theChecksNameWhatIsWrongInTheOrderTheyApply() {
    ReferenceModel m = testProcess(false, SPRING);
    LocalDate today = LocalDate.parse("2026-01-05");
    assertThat(m.problemsOfCompletion(at(1), Input.by("nobody").outcome("ja").fields("colour")
        .documents("bogus").declares("colour", List.of("red")), today))
        .containsExactly("RoleNotHeld", "UnknownOutcome", "UnknownField", "UnknownDocumentType",
            "UnknownItemKind");
    assertThat(m.problemsOfCompletion(at(1), ANN.declares("supplier", List.of("acme", " ")), today))
        .containsExactly("ItemListInvalid");
    done(m, at(1));
    done(m, at(2));
    done(m, at(3));
    assertThat(m.problemsOfCompletion(at(4), ANN, today))
        .as("a fan-out needs its list").containsExactly("ItemListMissing");
    assertThat(m.problemsOfCompletion(at(4), ANN.declares("supplier", List.of("acme", "acme")), today))
        .containsExactly("ItemListInvalid");
    declare(m, at(4), "supplier", "acme");
    declare(m, at(5, "supplier=acme"), "action", "a1");
    assertThat(m.problemsOfCompletion(at(6, "supplier=acme", "action=a1"), ANN, today))
        .containsExactly("OutcomeMissing");
    decide(m, at(6, "supplier=acme", "action=a1"), "ja");
    assertThat(m.problemsOfCompletion(at(7, "supplier=acme"), ANN, today))
        .containsExactly("DocumentMissing:guide");
    assertThat(m.problemsOfCompletion(at(7, "supplier=acme"), ANN.documents("guide"), today)).isEmpty();
    m.complete(at(7, "supplier=acme"), ANN.documents("guide"));
    assertThat(m.problemsOfCompletion(at(8), ANN.fields("colour"), today))
        .as("a step without behaviour takes no fields").containsExactly("UnknownField");
    done(m, at(8));
    assertThat(m.problemsOfCompletion(at(9, "#1"), Input.by("nobody"), today))
        .containsExactly("RoleNotHeld", "NotYetDue");
  }

  @Test
  void aStartLacksTheSubjectsInTheirOrderThenTheFlagsThenTheTerm() {
    ProcessDefinition slm = ServiceLevelManagement.definition();
    assertThat(ReferenceModel.problemsOfStart(slm, "w1", ProcessContext.empty(), false))
        .containsExactly("SubjectMissing:supplier", "SubjectMissing:contract",
            "SubjectMissing:service", "FlagMissing", "TermMissing");
    assertThat(ReferenceModel.problemsOfStart(slm, "-w1", ProcessContext.empty(), true))
        .containsExactly("InstanceIdInvalid", "InstanceExists", "SubjectMissing:supplier",
            "SubjectMissing:contract", "SubjectMissing:service", "FlagMissing", "TermMissing");
    ProcessContext full = new ProcessContext(Optional.of("acme"), Optional.of("sla-acme"),
        Optional.of("hosting"), Map.of(Handbook.DAP_WANTED, true), Map.of(), Optional.of(SPRING),
        Map.of());
    assertThat(ReferenceModel.problemsOfStart(slm, "w1", full, false)).isEmpty();
    assertThat(ReferenceModel.problemsOfStart(slm, "w1", full, true)).containsExactly("InstanceExists");
    for (String bad : List.of("", " w1", "w 1", "w1/2", "w1é", "x".repeat(81))) {
      assertThat(ReferenceModel.problemsOfStart(slm, bad, full, false)).as(bad)
          .containsExactly("InstanceIdInvalid");
    }
    for (String good : List.of("w1", "1", "a.b_c-d:e", "x".repeat(80))) {
      assertThat(ReferenceModel.problemsOfStart(slm, good, full, false)).as(good).isEmpty();
    }
    assertThat(ReferenceModel.problemsOfStart(SupplierRiskReview.definition(), "w1",
        ProcessContext.empty(), false)).as("the review is about nothing").isEmpty();
    assertThat(ReferenceModel.problemsOfStart(TestProcess.definition(), "w1", new ProcessContext(
        Optional.empty(), Optional.empty(), Optional.of("svc"), Map.of("short", true), Map.of(),
        Optional.of(SPRING), Map.of()), false))
        .as("the test process is about a supplier and a service, not a contract")
        .containsExactly("SubjectMissing:supplier");
  }

  @Test
  void whatAStepArchivesAndItsBehaviourReadsIsPresentedWithTheCompletion() {
    ReferenceModel m = start(SupplierRiskReview.definition(), ProcessContext.empty());
    LocalDate today = LocalDate.parse("2026-01-05");
    assertThat(m.problemsOfCompletion(at(1), ANN, today)).containsExactly("DocumentMissing:jaarkalender");
    m.complete(at(1), ANN.documents("jaarkalender"));
    declare(m, at(2), "supplier", "acme");
    assertThat(m.problemsOfCompletion(at(3, "supplier=acme"),
        ANN.documents("risicoprofiel-template"), today))
        .as("the profile its behaviour reads").containsExactly("DocumentMissing:risicoprofiel");
    assertThat(m.problemsOfCompletion(at(3, "supplier=acme"),
        ANN.documents("risicoprofiel-template").unreadable("risicoprofiel"), today))
        .containsExactly("DocumentUnreadable");
    assertThat(m.problemsOfCompletion(at(3, "supplier=acme"),
        ANN.documents("risicoprofiel-template", "risicoprofiel").unreadable("jaarkalender"), today))
        .as("a document the behaviour does not read is not read").isEmpty();
    m.complete(at(3, "supplier=acme"), ANN.documents("risicoprofiel-template", "risicoprofiel"));
    done(m, at(4));
    done(m, at(5));
    decide(m, at(6, "supplier=acme"), "nee");
    assertThat(m.problemsOfCompletion(at(13, "supplier=acme"), ANN, today))
        .as("presented at step 3, but step 13 archives it")
        .containsExactly("DocumentMissing:risicoprofiel");
    assertThat(m.problemsOfCompletion(at(13, "supplier=acme"), ANN.documents("risicoprofiel"), today))
        .isEmpty();
  }

  @Test
  void aStepWithFurtherRolesMayBeCompletedByAnyOfThem() {
    ReferenceModel m = ReferenceModel.start(SupplierRiskReview.definition(), ProcessContext.empty(),
        AMSTERDAM, (person, role) -> person.equals(role.toLowerCase()));
    LocalDate today = LocalDate.parse("2026-01-05");
    m.complete(at(1), Input.by("ccm").documents("jaarkalender"));
    declare(m, at(2), "supplier", "acme");
    m.complete(at(3, "supplier=acme"), ANN.documents("risicoprofiel-template", "risicoprofiel"));
    done(m, at(4));
    done(m, at(5));
    decide(m, at(6, "supplier=acme"), "ja");
    done(m, at(7, "supplier=acme"));
    declare(m, at(8, "supplier=acme"), "mitigation-action");
    Position ten = at(10, "supplier=acme");
    assertOpen(m, ten);
    assertThat(m.problemsOfCompletion(ten, Input.by("cm"), today)).isEmpty();
    assertThat(m.problemsOfCompletion(ten, Input.by("ccm"), today)).isEmpty();
    assertThat(m.problemsOfCompletion(ten, Input.by("mt"), today)).containsExactly("RoleNotHeld");
  }

  @Test
  void aTriggerRaisesTheStepRaisedOnItUnlessTheInstanceHasEnded() {
    ReferenceModel m = start(ServiceLevelManagement.definition(), new ProcessContext(
        Optional.of("acme"), Optional.of("sla-acme"), Optional.of("hosting"),
        Map.of(Handbook.DAP_WANTED, false), Map.of(),
        Optional.of(term("2026-02-01", "2026-04-01", "2026-01-01")), Map.of()));
    for (int step : new int[] {1, 2, 3, 7, 8}) {
      done(m, at(step));
    }
    decide(m, at(9), "akkoord");
    decide(m, at(10), "akkoord");
    done(m, at(11));
    m.timePasses(at("2026-01-06"));
    assertOpen(m, at(12, "#1"), at(18));
    done(m, at(18));
    done(m, at(12, "#1"));
    done(m, at(13, "#1"));
    decide(m, at(14, "#1"), "nee");
    ReferenceModel.Effects change = new ReferenceModel.Effects(Set.of("sla-change"), Map.of());
    m.complete(at(15, "#1"), ANN.documents("besluiten", "slr"), change);
    assertThat(m.openedByLastCommand()).containsExactly(at(12, "#2"), at(17));
    done(m, at(17));
    done(m, at(12, "#2"));
    done(m, at(13, "#2"));
    decide(m, at(14, "#2"), "nee");
    m.complete(at(15, "#2"), ANN.documents("besluiten", "slr"), change);
    assertThat(m.openedByLastCommand()).as("the term is over and 18 was done: the instance ended")
        .isEmpty();
    assertThat(m.running()).isFalse();
  }

  @Test
  void theWaysOnSignalWhatIsOverdueTheEndOfTheTermAndAnUnregisteredLink() {
    ReferenceModel m = testProcess(true, term("2026-01-01", "2026-03-01", "2026-12-31"));
    done(m, at(1));
    done(m, at(2));
    done(m, at(3));
    done(m, at(8));
    assertThat(m.dueAt(at(9, "#1"))).contains(at("2026-02-11"));
    m.timePasses(at("2026-02-10"));
    assertThat(m.signals()).isEmpty();
    done(m, at(9, "#1"));
    m.timePasses(at("2026-02-11"));
    assertThat(m.signals()).as("period 1 was delivered in time").isEmpty();
    decide(m, at(10, "#1"), "goed");
    assertThat(m.dueAt(at(9, "#2"))).contains(at("2026-03-11"));
    m.timePasses(at("2026-03-01"));
    assertThat(m.signals()).containsExactly("term-end");
    m.timePasses(at("2026-03-20"));
    m.timePasses(at("2026-04-20"));
    assertThat(m.signals()).as("once each").containsExactly("delivery-overdue {period=2}", "term-end");
    done(m, at(9, "#2"));
    decide(m, at(10, "#2"), "slecht");
    assertOpen(m, at(11));
    done(m, at(11));
    assertThat(m.running()).isFalse();
    assertThat(m.signals()).containsExactly("delivery-overdue {period=2}",
        "link-unregistered {processKey=follow-up}", "term-end");
  }

  @Test
  void anItemGivenADueDateIsSignalledOnceWhenItIsNotDoneTheDayAfter() {
    ReferenceModel m = start(SupplierRiskReview.definition(), ProcessContext.empty());
    done(m, at(1));
    declare(m, at(2), "supplier", "acme");
    done(m, at(3, "supplier=acme"));
    done(m, at(4));
    done(m, at(5));
    decide(m, at(6, "supplier=acme"), "ja");
    done(m, at(7, "supplier=acme"));
    m.complete(at(8, "supplier=acme"), ANN.declares("mitigation-action", List.of("escrow", "exit-plan")),
        new ReferenceModel.Effects(Set.of(), Map.of("mitigation-action", Map.of(
            "escrow", LocalDate.parse("2026-02-01"), "exit-plan", LocalDate.parse("2026-02-01")))));
    m.timePasses(at("2026-02-01"));
    assertThat(m.signals()).as("due on the first: overdue from the second").isEmpty();
    decide(m, at(9, "supplier=acme", "mitigation-action=escrow"), "ja");
    m.timePasses(at("2026-02-02"));
    m.timePasses(at("2026-03-02"));
    assertThat(m.signals()).containsExactly("mitigation-action-overdue {mitigation-action=exit-plan}");
    decide(m, at(9, "supplier=acme", "mitigation-action=exit-plan"), "nee");
    assertOpen(m, at(7, "supplier=acme"));
    done(m, at(7, "supplier=acme"));
    declare(m, at(8, "supplier=acme"), "mitigation-action", "exit-plan");
    m.timePasses(at("2026-06-02"));
    assertThat(m.signals()).as("the new fan-out gave no due dates").hasSize(1);
  }
}
