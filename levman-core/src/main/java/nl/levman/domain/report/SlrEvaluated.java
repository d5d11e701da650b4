package nl.levman.domain.report;

import java.util.List;
import nl.levman.model.DomainEvent;

/**
 * An SLR was received at SLM step 12 and evaluated against its SLA: the report as delivered, the
 * verdict per KPI with its reason, and the step-14 proposal ("ja" or "nee") with its reasons.
 * Stored as {@code slm.slr-evaluated}.
 */
public record SlrEvaluated(
    ServiceLevelReport report, List<KpiVerdict> verdicts, String proposal, List<String> reasons)
    implements DomainEvent {
  public SlrEvaluated {
    verdicts = List.copyOf(verdicts);
    reasons = List.copyOf(reasons);
  }

  public int period() {
    return report.period();
  }
}
