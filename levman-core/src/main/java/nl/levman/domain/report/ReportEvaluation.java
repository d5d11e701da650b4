package nl.levman.domain.report;

import java.util.List;

/**
 * An SLR evaluated against its SLA: a verdict per KPI and the proposal for SLM step 14 (is the
 * performance sufficient?) with its reasons. The SLM decides; this is what is shown to them. Any
 * breach calls for the handbook's ad hoc meeting at once.
 */
public record ReportEvaluation(int period, List<KpiVerdict> verdicts, boolean sufficient, List<String> reasons) {
  public ReportEvaluation {
    verdicts = List.copyOf(verdicts);
    reasons = List.copyOf(reasons);
  }

  public boolean adHocMeetingNeeded() {
    return verdicts.stream().anyMatch(v -> v.verdict() == Verdict.BREACHED);
  }

  public Verdict verdictOf(String kpi) {
    return verdicts.stream().filter(v -> v.kpi().equals(kpi)).map(KpiVerdict::verdict).findFirst()
        .orElseThrow();
  }

  /** The step-14 outcome this proposes, as the handbook words it: "ja" (sufficient) or "nee". */
  public String proposedOutcome() {
    return sufficient ? "ja" : "nee";
  }
}
