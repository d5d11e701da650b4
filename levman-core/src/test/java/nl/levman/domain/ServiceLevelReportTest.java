package nl.levman.domain;

import static nl.levman.domain.Agreements.report;
import static nl.levman.domain.Agreements.sla;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.levman.domain.report.Measurement;
import nl.levman.domain.report.ReportEvaluation;
import nl.levman.domain.report.ReportRejection;
import nl.levman.domain.report.Reports;
import nl.levman.domain.report.ServiceLevelReport;
import nl.levman.domain.report.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Evaluating and checking SLRs against their SLA. */
class ServiceLevelReportTest {

  @ParameterizedTest(name = "availability {0}% → {1}")
  @CsvSource({
      "100.00, MET", "99.90, MET", "99.89, WARNING", "99.01, WARNING", "99.00, WARNING",
      "98.99, BREACHED", "90, BREACHED"})
  void higherIsBetterIsJudgedAgainstTargetAndBreachThreshold(String value, Verdict expected) {
    ReportEvaluation e = Reports.evaluate(sla(), report(1, value, "2", "8"));
    assertThat(e.verdictOf("availability")).isEqualTo(expected);
  }

  @ParameterizedTest(name = "P1 resolution {0} h → {1}")
  @CsvSource({"0, MET", "4.0, MET", "4.1, WARNING", "8.0, WARNING", "8.1, BREACHED", "30, BREACHED"})
  void lowerIsBetterIsJudgedTheOtherWayRound(String value, Verdict expected) {
    assertThat(Reports.evaluate(sla(), report(1, "99.95", value, "8")).verdictOf("p1-resolution"))
        .isEqualTo(expected);
  }

  @Test
  void valuesAreRoundedToTheKpisPrecisionBeforeJudging() {
    assertThat(Reports.evaluate(sla(), report(1, "99.895", "2", "8")).verdictOf("availability"))
        .as("99.895 rounds half-even to 99.90").isEqualTo(Verdict.MET);
  }

  @Test
  void proposesSufficientWhenEveryKpiIsMetWithReasons() {
    ReportEvaluation e = Reports.evaluate(sla(), report(1, "99.95", "3", "8"));
    assertThat(e.sufficient()).isTrue();
    assertThat(e.proposedOutcome()).isEqualTo("ja");
    assertThat(e.adHocMeetingNeeded()).isFalse();
    assertThat(e.reasons()).containsExactly("every KPI is met or within its warning band");
  }

  @Test
  void aBreachProposesInsufficientAndCallsAnAdHocMeetingAtOnce() {
    ReportEvaluation e = Reports.evaluate(sla(), report(1, "98.10", "3", "8"));
    assertThat(e.sufficient()).isFalse();
    assertThat(e.proposedOutcome()).isEqualTo("nee");
    assertThat(e.adHocMeetingNeeded()).isTrue();
    assertThat(e.reasons().get(0)).contains("ad hoc meeting");
    assertThat(e.reasons().get(1)).contains("availability 98.10 % is beyond the breach threshold 99.0");
  }

  @Test
  void warningsOnTooMuchWeightProposeInsufficientWithoutAdHocMeeting() {
    ReportEvaluation e = Reports.evaluate(sla(), report(1, "99.5", "3", "8"));
    assertThat(e.sufficient()).as("3 of 6 weight met").isFalse();
    assertThat(e.adHocMeetingNeeded()).isFalse();
    assertThat(e.reasons().get(0)).contains("only 50% of the KPI weight is met");
  }

  @Test
  void rejectsAReportWithoutAValueForEveryKpi() {
    ServiceLevelReport missing = new ServiceLevelReport("sla-acme-hosting", 1, LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 2, 1), 1, Map.of("availability", Measurement.of("99.9", "%")));
    assertThat(Reports.check(sla(), missing, List.of(), false))
        .contains(new ReportRejection.KpiValueMissing("p1-resolution", 1));
  }

  @Test
  void rejectsAValueInTheWrongUnit() {
    ServiceLevelReport minutes = new ServiceLevelReport("sla-acme-hosting", 1, LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 2, 1), 1, Map.of("availability", Measurement.of("99.9", "%"),
            "p1-resolution", Measurement.of("180", "min"), "satisfaction", Measurement.of("8", "score")));
    assertThat(Reports.check(sla(), minutes, List.of(), false).orElseThrow().message())
        .isEqualTo("KPI p1-resolution is measured in h, not in min");
  }

  @Test
  void rejectsAPeriodOutsideTheTerm() {
    assertThat(Reports.check(sla(), report(37, "99.9", "2", "8"), List.of(), false))
        .contains(new ReportRejection.PeriodOutsideTerm(37, "2029-01-01", "2029-02-01"));
  }

  @Test
  void rejectsASecondReportForAPeriodUnlessItIsACorrection() {
    ServiceLevelReport first = report(2, "99.9", "2", "8");
    assertThat(Reports.check(sla(), report(2, "99.5", "2", "8"), List.of(first), false))
        .contains(new ReportRejection.ReportExists(2, 1));
    assertThat(Reports.check(sla(), report(2, "99.5", "2", "8"), List.of(first), true)).isEmpty();
  }

  @Test
  void findsConsecutiveMissesAndChronicFailure() {
    List<ReportEvaluation> history = List.of(
        Reports.evaluate(sla(), report(1, "99.95", "2", "8")),
        Reports.evaluate(sla(), report(2, "98.00", "2", "8")),
        Reports.evaluate(sla(), report(3, "99.50", "2", "8")),
        Reports.evaluate(sla(), report(4, "97.00", "2", "8")));
    assertThat(Reports.consecutiveMisses(history, "availability")).isEqualTo(3);
    assertThat(Reports.chronicFailure(history, "availability")).as("2 breaches").isFalse();
    List<ReportEvaluation> worse = new java.util.ArrayList<>(history);
    worse.add(Reports.evaluate(sla(), report(5, "96.00", "2", "8")));
    assertThat(Reports.chronicFailure(worse, "availability")).as("3 breaches in the last 6").isTrue();
  }

  @Test
  void anSlrSurvivesItsJsonForm() {
    ServiceLevelReport r = report(3, "99.91", "3.5", "7.8");
    assertThat(ServiceLevelReport.fromJson(r.toJsonText())).isEqualTo(r);
    assertThat(ServiceLevelReport.fromJson(r.toJsonText()).value("availability"))
        .isEqualByComparingTo(new BigDecimal("99.91"));
  }
}
