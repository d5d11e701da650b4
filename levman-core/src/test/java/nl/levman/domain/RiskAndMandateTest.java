package nl.levman.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.domain.dap.Dap;
import nl.levman.domain.mandate.Mandaatlijst;
import nl.levman.domain.mitigation.MitigationAction;
import nl.levman.domain.report.ReportEvaluation;
import nl.levman.domain.report.Reports;
import nl.levman.domain.risk.Candidate;
import nl.levman.domain.risk.PerformanceTrend;
import nl.levman.domain.risk.Ranked;
import nl.levman.domain.risk.RiskLevel;
import nl.levman.domain.risk.RiskProfile;
import nl.levman.domain.risk.RiskProfileTemplate;
import nl.levman.domain.risk.WeightedHandboekPolicy;
import nl.levman.domain.sla.Money;
import org.junit.jupiter.api.Test;

/** Risk profiles, the Handboek's ranking, mitigation actions, the Mandaatlijst and the DAP. */
class RiskAndMandateTest {
  static final RiskProfileTemplate TEMPLATE = RiskProfileTemplate.standard();

  static RiskProfile profile(int likelihood, int impact) {
    List<RiskProfile.Score> scores = new ArrayList<>();
    for (RiskProfileTemplate.Criterion c : TEMPLATE.criteria()) {
      boolean worst = c.id().equals("incidents");
      scores.add(new RiskProfile.Score(c.id(), worst ? likelihood : 1, worst ? impact : 2,
          1, worst ? impact : 1, "assessed with the service owner and SLM"));
    }
    return new RiskProfile("acme", "review-2026", scores, List.of("ISO 27001 scope widened"));
  }

  @Test
  void aProfileScoresItsWorstCriterionBeforeAndAfterMitigation() {
    RiskProfile p = profile(4, 5);
    assertThat(p.inherentScore()).isEqualTo(20);
    assertThat(p.residualScore()).isEqualTo(5);
    assertThat(p.level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(p.worst().orElseThrow().criterion()).isEqualTo("incidents");
    assertThat(p.problemAgainst(TEMPLATE)).isEmpty();
  }

  @Test
  void aProfileMustScoreEveryCriterionOfItsTemplateOnce() {
    RiskProfile partial = new RiskProfile("acme", "r", List.of(new RiskProfile.Score("incidents", 2, 2, 1, 1, "x")), List.of());
    assertThat(partial.problemAgainst(TEMPLATE)).contains(
        "criterion 'performance-trend' is scored 0 times; it must be scored once");
  }

  @Test
  void riskLevelBandsHaveDocumentedEdges() {
    assertThat(List.of(4, 5, 9, 10, 15, 16, 25)).extracting(RiskLevel::of).containsExactly(
        RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.HIGH,
        RiskLevel.CRITICAL, RiskLevel.CRITICAL);
  }

  @Test
  void slrPerformanceFeedsTheContinuityCriterion() {
    List<ReportEvaluation> good = List.of(Reports.evaluate(Agreements.sla(), Agreements.report(1, "99.95", "2", "8")));
    assertThat(PerformanceTrend.likelihood(good, List.of("availability"))).isEqualTo(1);
    List<ReportEvaluation> chronic = new ArrayList<>();
    for (int p = 1; p <= 3; p++) {
      chronic.add(Reports.evaluate(Agreements.sla(), Agreements.report(p, "97", "2", "8")));
    }
    assertThat(PerformanceTrend.likelihood(chronic, List.of("availability"))).isEqualTo(5);
  }

  @Test
  void theHandboekRanksByWeightedRiskAndBreaksTiesBySupplier() {
    LocalDate today = LocalDate.of(2026, 3, 1);
    List<Ranked> ranking = new WeightedHandboekPolicy(2).rank(List.of(
        new Candidate("globex", Optional.of(20), 5, Money.euro("500000"), Optional.of(LocalDate.of(2025, 3, 1))),
        new Candidate("initech", Optional.of(6), 2, Money.euro("100000"), Optional.of(LocalDate.of(2025, 3, 1))),
        new Candidate("acme", Optional.of(20), 5, Money.euro("500000"), Optional.of(LocalDate.of(2025, 3, 1))),
        new Candidate("umbrella", Optional.empty(), 4, Money.euro("250000"), Optional.empty())), today);
    assertThat(ranking).extracting(Ranked::supplier).containsExactly("acme", "globex", "umbrella", "initech");
    assertThat(ranking).extracting(Ranked::proposed).containsExactly(true, true, false, false);
    // acme: 100 × (0.4×20/25 + 0.3×5/5 + 0.2×1 + 0.1×365/730) = 100 × (0.32+0.3+0.2+0.05) = 87.0
    assertThat(ranking.get(0).score()).isEqualByComparingTo("87.0");
    assertThat(ranking.get(2).reasons()).contains("no risk profile yet: counted as medium", "never reviewed");
  }

  @Test
  void anActionClosesOnlyWithTheServiceOwnersJudgementAndTheMtsAcceptance() {
    Instant t = Instant.parse("2026-05-01T09:00:00Z");
    MitigationAction a = MitigationAction.agreed("exit-plan", "acme", "Write an exit plan", "carl",
        List.of("dirk", "ann"), LocalDate.of(2026, 6, 30));
    assertThat(a.judgeDone(t, "dirk").rejection().orElseThrow().message()).contains("from status updates", "none yet");
    a = a.update(t, "carl", "draft ready").action().orElseThrow();
    assertThat(a.acceptByMt(t, "mia").rejection().orElseThrow().message())
        .contains("only after the service owner judged it done");
    a = a.judgeDone(t, "dirk").action().orElseThrow();
    assertThat(a.isClosed()).isFalse();
    a = a.acceptByMt(t, "mia").action().orElseThrow();
    assertThat(a.isClosed()).isTrue();
    assertThat(a.isOverdue(LocalDate.of(2026, 7, 1))).isFalse();
    assertThat(MitigationAction.agreed("x", "acme", "d", "carl", List.of(), LocalDate.of(2026, 6, 30))
        .isOverdue(LocalDate.of(2026, 7, 1))).isTrue();
  }

  @Test
  void theMandaatlijstDecidesWhoSignsAndNamesTheMissingMandate() {
    Mandaatlijst list = new Mandaatlijst(List.of(
        new Mandaatlijst.Version(LocalDate.of(2025, 1, 1), List.of()),
        new Mandaatlijst.Version(LocalDate.of(2026, 1, 1), List.of(
            new Mandaatlijst.Mandate("PM", "sla", Optional.of(Money.euro("50000"))),
            new Mandaatlijst.Mandate("MT", "sla", Optional.empty())))));
    var lev = new Mandaatlijst.Signature("lars", "LEV");
    var de = new Mandaatlijst.Signature("dirk", "DE");
    var pm = new Mandaatlijst.Signature("pim", "PM");
    LocalDate in2025 = LocalDate.of(2025, 6, 1);
    LocalDate in2026 = LocalDate.of(2026, 6, 1);
    assertThat(list.check("dap", Money.euro("0"), in2026, List.of(lev, de))).as("default signers").isEmpty();
    assertThat(list.check("dap", Money.euro("0"), in2026, List.of(de)).orElseThrow().message())
        .isEqualTo("the dap lacks a signature: the supplier (LEV) must sign");
    assertThat(list.check("sla", Money.euro("10000"), in2025, List.of(lev, de))).as("old version").isEmpty();
    assertThat(list.check("sla", Money.euro("10000"), in2026, List.of(lev, pm))).isEmpty();
    assertThat(list.check("sla", Money.euro("80000"), in2026, List.of(lev, pm)).orElseThrow().message())
        .isEqualTo("the sla lacks a signature: a mandate of MT for EUR 80000.00");
    assertThat(list.check("sla", Money.euro("10000"), in2026, List.of(lev, de)).orElseThrow().message())
        .contains("a mandate of PM (up to EUR 50000.00)");
  }

  @Test
  void theDapPlansTheContractualMeetingsAndGivesTheEscalationLevel() {
    Dap dap = new Dap("acme", List.of(new Dap.Party("Acme", "supplier")),
        List.of(new Dap.Contact("service desk", "Acme", "Desk", "phone", "24x7")),
        List.of(new Dap.MeetingAgreement(Dap.Level.OPERATIONAL, Period.ofMonths(1), List.of("SLM", "Acme SDM")),
            new Dap.MeetingAgreement(Dap.Level.TACTICAL, Period.ofMonths(3), List.of("SLM", "DE", "Acme AM"))),
        Map.of("incident", "tickets via the portal; P1 by phone"),
        List.of(new Dap.EscalationLevel(1, "SLA breach", Duration.ofDays(2), List.of("Acme SDM")),
            new Dap.EscalationLevel(2, "no improvement", Duration.ofDays(10), List.of("Acme director"))),
        new Dap.ReportingAgreement(List.of("availability"), 10, "PDF + CSV"),
        List.of(new Dap.DapVersion(1, LocalDate.of(2026, 1, 20), List.of("lars (LEV)", "dirk (DE)"))));
    var meetings = dap.contractualMeetings(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1));
    assertThat(meetings).hasSize(8);
    assertThat(meetings.get(0).level()).isEqualTo(Dap.Level.OPERATIONAL);
    assertThat(meetings.get(1).level()).isEqualTo(Dap.Level.TACTICAL);
    assertThat(dap.nextEscalation(0).orElseThrow().level()).isEqualTo(1);
    assertThat(dap.nextEscalation(5).orElseThrow().level()).isEqualTo(2);
  }
}
