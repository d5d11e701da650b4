package nl.levman.domain.risk;

import java.util.List;
import nl.levman.domain.report.ReportEvaluation;
import nl.levman.domain.report.Reports;

/** Feeds the SLRs into the continuity criterion 'performance-trend' of a risk profile. */
public final class PerformanceTrend {
  private PerformanceTrend() {}

  /**
   * A suggested likelihood (1–5) for the performance-trend criterion: 1 when every recent SLR was
   * sufficient, rising with the share of insufficient ones, 5 on chronic failure of any KPI.
   */
  public static int likelihood(List<ReportEvaluation> evaluations, List<String> kpis) {
    if (evaluations.isEmpty()) {
      return 3;
    }
    if (kpis.stream().anyMatch(k -> Reports.chronicFailure(evaluations, k))) {
      return 5;
    }
    List<ReportEvaluation> recent = evaluations.subList(Math.max(0, evaluations.size() - 6), evaluations.size());
    long insufficient = recent.stream().filter(e -> !e.sufficient()).count();
    return (int) Math.min(4, 1 + Math.round(insufficient * 4.0 / recent.size()));
  }
}
