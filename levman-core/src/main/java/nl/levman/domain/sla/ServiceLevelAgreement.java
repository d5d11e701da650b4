package nl.levman.domain.sla;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import nl.levman.domain.credit.PenaltyRule;
import nl.levman.model.LevmanException;
import nl.levman.model.Term;
import nl.levman.style.ValueStyle;
import org.immutables.value.Value;

/**
 * A signed service level agreement: who and what it is about, its term, notice period and renewal,
 * how often the supplier reports, the KPIs and the penalty rules. Build with {@link #builder()}.
 */
@Value.Immutable
@ValueStyle
public abstract class ServiceLevelAgreement {

  public abstract String id();

  public abstract String supplier();

  public abstract String service();

  /** The first day of the term. */
  public abstract LocalDate start();

  /** The day after the last day of the term. */
  public abstract LocalDate end();

  /** The opzegtermijn: how long before the end notice must be given. */
  public abstract Period noticePeriod();

  public abstract RenewalKind renewal();

  public abstract ReportingPeriod reportingPeriod();

  /** Working days after a period's end within which the supplier delivers its SLR. */
  @Value.Default
  public int deliveryDays() {
    return 10;
  }

  public abstract Money monthlyFee();

  public abstract List<Kpi> kpis();

  public abstract List<PenaltyRule> penaltyRules();

  public static ImmutableServiceLevelAgreement.Builder builder() {
    return ImmutableServiceLevelAgreement.builder();
  }

  @Value.Check
  protected void check() {
    if (!end().isAfter(start())) {
      throw new LevmanException("SLA " + id() + ": the term must end after it starts");
    }
    if (kpis().stream().map(Kpi::id).distinct().count() != kpis().size()) {
      throw new LevmanException("SLA " + id() + ": KPI ids must be distinct");
    }
    if (start().plus(noticePeriod()).isAfter(end())) {
      throw new LevmanException("SLA " + id() + ": the notice period is longer than the term");
    }
  }

  public Optional<Kpi> kpi(String id) {
    return kpis().stream().filter(k -> k.id().equals(id)).findFirst();
  }

  /**
   * The date by which process 8 (renewal or end) must start so that notice can be given in time:
   * the end of the term, less the notice period, less one reporting period to prepare the decision.
   * Never the end date itself.
   */
  public LocalDate renewalDecisionDue() {
    return end().minus(noticePeriod()).minus(reportingPeriod().length());
  }

  /** The date by which notice must have been given. */
  public LocalDate noticeDeadline() {
    return end().minus(noticePeriod());
  }

  /** The term as the engine's periodic cycle needs it. */
  public Term term() {
    LocalDate due = renewalDecisionDue().isBefore(start()) ? start() : renewalDecisionDue();
    return new Term(start(), end(), reportingPeriod().length(), deliveryDays(), due);
  }
}
