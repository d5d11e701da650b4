package nl.levman.domain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.levman.domain.sla.Kpi;
import nl.levman.domain.sla.ServiceLevelAgreement;
import nl.levman.model.Rejection;

/** Checks and evaluates SLRs against their SLA, and finds trends across periods. Pure. */
public final class Reports {
  /** Below this weighted share of met KPIs the performance is proposed insufficient. */
  static final BigDecimal SUFFICIENT_SCORE = new BigDecimal("0.80");

  private Reports() {}

  /**
   * The first reason to refuse an SLR, or empty: a KPI without value, an unknown KPI, a wrong unit,
   * a period outside the term, a second SLR for a period unless it is a correction.
   */
  public static Optional<Rejection> check(ServiceLevelAgreement sla, ServiceLevelReport report,
      List<ServiceLevelReport> received, boolean correction) {
    if (report.from().isBefore(sla.start()) || !report.to().isAfter(report.from())
        || report.to().isAfter(sla.end())) {
      return Optional.of(new ReportRejection.PeriodOutsideTerm(report.period(), report.from().toString(),
          report.to().toString()));
    }
    java.time.LocalDate from = sla.start().plus(sla.reportingPeriod().length().multipliedBy(report.period() - 1));
    java.time.LocalDate to = from.plus(sla.reportingPeriod().length());
    to = to.isAfter(sla.end()) ? sla.end() : to;
    if (!report.from().equals(from) || !report.to().equals(to)) {
      return Optional.of(new ReportRejection.DatesDoNotMatchPeriod(report.period(), from.toString(),
          to.toString(), report.from().toString(), report.to().toString()));
    }
    for (Kpi kpi : sla.kpis()) {
      Measurement m = report.values().get(kpi.id());
      if (m == null) {
        return Optional.of(new ReportRejection.KpiValueMissing(kpi.id(), report.period()));
      }
      if (!m.unit().equals(kpi.unit())) {
        return Optional.of(new ReportRejection.WrongUnit(kpi.id(), m.unit(), kpi.unit()));
      }
      boolean percent = kpi.unit().equals("%");
      if (m.value().signum() < 0 || (percent && m.value().compareTo(java.math.BigDecimal.valueOf(100)) > 0)) {
        return Optional.of(new ReportRejection.ValueOutOfRange(kpi.id(), m.value().toPlainString(),
            percent ? "0 to 100 %" : "0 or more " + kpi.unit()));
      }
    }
    for (String id : report.values().keySet()) {
      if (sla.kpi(id).isEmpty()) {
        return Optional.of(new ReportRejection.UnknownKpi(id));
      }
    }
    Optional<ServiceLevelReport> earlier = received.stream()
        .filter(r -> r.period() == report.period()).reduce((a, b) -> b);
    if (earlier.isPresent() && !correction) {
      return Optional.of(new ReportRejection.ReportExists(report.period(), earlier.get().version()));
    }
    return Optional.empty();
  }

  /** A verdict per KPI and the step-14 proposal with reasons. */
  public static ReportEvaluation evaluate(ServiceLevelAgreement sla, ServiceLevelReport report) {
    List<KpiVerdict> verdicts = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    BigDecimal weightMet = BigDecimal.ZERO;
    BigDecimal weightAll = BigDecimal.ZERO;
    for (Kpi kpi : sla.kpis()) {
      BigDecimal value = report.value(kpi.id()).setScale(kpi.precision(), RoundingMode.HALF_EVEN);
      KpiVerdict v = verdict(kpi, value);
      verdicts.add(v);
      weightAll = weightAll.add(kpi.weight());
      if (v.verdict() == Verdict.MET) {
        weightMet = weightMet.add(kpi.weight());
      } else {
        reasons.add(v.reason());
      }
    }
    BigDecimal score = weightAll.signum() == 0 ? BigDecimal.ONE
        : weightMet.divide(weightAll, 4, RoundingMode.HALF_EVEN);
    boolean breach = verdicts.stream().anyMatch(v -> v.verdict() == Verdict.BREACHED);
    boolean sufficient = !breach && score.compareTo(SUFFICIENT_SCORE) >= 0;
    if (breach) {
      reasons.add(0, "a KPI is breached: discuss it at once in an ad hoc meeting");
    } else if (!sufficient) {
      reasons.add(0, "only " + score.movePointRight(2).stripTrailingZeros().toPlainString()
          + "% of the KPI weight is met");
    } else {
      reasons.add(0, "every KPI is met or within its warning band");
    }
    return new ReportEvaluation(report.period(), verdicts, sufficient, reasons);
  }

  static KpiVerdict verdict(Kpi kpi, BigDecimal value) {
    if (kpi.shortfall(value).signum() == 0) {
      return new KpiVerdict(kpi.id(), value, Verdict.MET,
          kpi.id() + " " + value + " " + kpi.unit() + " meets the target " + kpi.target());
    }
    if (kpi.breachedBy(value)) {
      return new KpiVerdict(kpi.id(), value, Verdict.BREACHED, kpi.id() + " " + value + " " + kpi.unit()
          + " is beyond the breach threshold " + kpi.warning() + " (target " + kpi.target() + ")");
    }
    return new KpiVerdict(kpi.id(), value, Verdict.WARNING, kpi.id() + " " + value + " " + kpi.unit()
        + " misses the target " + kpi.target() + " but stays within the warning band to " + kpi.warning());
  }

  /** How many of the latest periods in a row the KPI was missed (warning or breached). */
  public static int consecutiveMisses(List<ReportEvaluation> history, String kpi) {
    int count = 0;
    for (int i = history.size() - 1; i >= 0 && history.get(i).verdictOf(kpi) != Verdict.MET; i--) {
      count++;
    }
    return count;
  }

  /**
   * Chronic failure of a KPI: breached in three periods in a row, or in three of the last six. It
   * feeds escalation (step 15) and the renewal decision (process 8).
   */
  public static boolean chronicFailure(List<ReportEvaluation> history, String kpi) {
    int inRow = 0;
    int best = 0;
    for (ReportEvaluation e : history) {
      inRow = e.verdictOf(kpi) == Verdict.BREACHED ? inRow + 1 : 0;
      best = Math.max(best, inRow);
    }
    long lastSix = history.subList(Math.max(0, history.size() - 6), history.size()).stream()
        .filter(e -> e.verdictOf(kpi) == Verdict.BREACHED).count();
    return best >= 3 || lastSix >= 3;
  }
}
