package nl.levman.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.fixtures.Desk;
import nl.levman.fixtures.TestProcess;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.model.ProcessContext;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Term;
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

  static void done(ReferenceModel m, Position p) {
    m.complete(p, Optional.empty(), List.of(), Map.of());
  }

  static void decide(ReferenceModel m, Position p, String outcome) {
    m.complete(p, Optional.of(outcome), List.of(), Map.of());
  }

  static void declare(ReferenceModel m, Position p, String kind, String... items) {
    m.complete(p, Optional.empty(), List.of(), Map.of(kind, Arrays.asList(items)));
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
    m.complete(at(7, "supplier=globex"), Optional.empty(), List.of("guide"), Map.of());
    assertOpen(m, at(5, "supplier=acme"));
    done(m, at(5, "supplier=acme"));
    assertThat(m.open()).as("the earlier list of actions again").hasSize(2);
    decide(m, at(6, "supplier=acme", "action=a1"), "ja");
    decide(m, at(6, "supplier=acme", "action=a2"), "ja");
    assertOpen(m, at(7, "supplier=acme"));
    done(m, at(7, "supplier=acme"));
    assertOpen(m, at(8));
    assertThat(m.completions()).containsEntry(5, 3).containsEntry(6, 4).containsEntry(7, 2);
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
    m.timePasses(LocalDate.parse("2026-01-19").atStartOfDay(AMSTERDAM).toInstant());
    assertOpen(m, at(9, "#1"));
    m.timePasses(LocalDate.parse("2026-01-20").atStartOfDay(AMSTERDAM).toInstant());
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
    assertThat(m.problemsOfRaise(13, "nobody", " ")).containsExactly("RoleNotHeld", "InvalidInput");
  }

  @Test
  void theRiskReviewSendsASupplierBackFromStep9And11AndEndsWhenEverySupplierPassed13() {
    ReferenceModel m = start(SupplierRiskReview.definition(), ProcessContext.empty());
    done(m, at(1));
    declare(m, at(2), "supplier", "acme", "globex");
    m.complete(at(3, "supplier=acme"), Optional.empty(), List.of(),
        Map.of("mitigation-action", List.of("exit-plan", "iso-27001")));
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
        Optional.of("acme"), Optional.empty(), Optional.of("hosting"),
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
    m.timePasses(LocalDate.parse("2026-03-02").atStartOfDay(AMSTERDAM).toInstant());
    assertOpen(m, at(12, "#1"), at(18));
    done(m, at(18));
    done(m, at(12, "#1"));
    done(m, at(13, "#1"));
    decide(m, at(14, "#1"), "nee");
    done(m, at(15, "#1"));
    done(m, at(12, "#2"));
    done(m, at(13, "#2"));
    decide(m, at(14, "#2"), "ja");
    assertThat(m.problemsOfCompletion(at(16, "#2"), "ann", Optional.empty(), List.of(), Map.of(),
        LocalDate.parse("2026-04-02"))).containsExactly("DocumentMissing");
    m.complete(at(16, "#2"), Optional.empty(), List.of("handleiding"), Map.of());
    assertThat(m.running()).isFalse();
  }

  @Test
  void theChecksNameWhatIsWrong() {
    ReferenceModel m = testProcess(false, SPRING);
    LocalDate today = LocalDate.parse("2026-01-05");
    assertThat(m.problemsOfCompletion(at(1), "nobody", Optional.of("ja"), List.of("bogus"),
        Map.of("colour", List.of("red")), today))
        .containsExactly("RoleNotHeld", "UnknownOutcome", "UnknownDocumentType", "InvalidInput");
    done(m, at(1));
    done(m, at(2));
    done(m, at(3));
    assertThat(m.problemsOfCompletion(at(4), "cora", Optional.empty(), List.of(), Map.of(), today))
        .as("a fan-out needs its list").containsExactly("InvalidInput");
    assertThat(m.problemsOfCompletion(at(4), "cora", Optional.empty(), List.of(),
        Map.of("supplier", List.of("acme", "acme")), today)).containsExactly("InvalidInput");
    declare(m, at(4), "supplier", "acme");
    declare(m, at(5, "supplier=acme"), "action", "a1");
    assertThat(m.problemsOfCompletion(at(6, "supplier=acme", "action=a1"), "otto",
        Optional.empty(), List.of(), Map.of(), today)).containsExactly("OutcomeMissing");
    decide(m, at(6, "supplier=acme", "action=a1"), "ja");
    assertThat(m.problemsOfCompletion(at(7, "supplier=acme"), "sam", Optional.empty(), List.of(),
        Map.of(), today)).containsExactly("DocumentMissing");
    assertThat(m.problemsOfCompletion(at(7, "supplier=acme"), "sam", Optional.empty(),
        List.of("guide"), Map.of(), today)).isEmpty();
  }
}
