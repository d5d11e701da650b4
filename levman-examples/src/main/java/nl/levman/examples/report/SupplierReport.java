package nl.levman.examples.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.domain.credit.PenaltyDecided;
import nl.levman.domain.report.KpiVerdict;
import nl.levman.domain.sla.Direction;
import nl.levman.domain.sla.Money;
import nl.levman.domain.steering.SteeringDecision;
import nl.levman.model.InstanceId;
import nl.levman.model.Term;

/**
 * One supplier's Service Level Management as its history tells it: the SLA's KPIs with the value of
 * each period, each period's verdicts, proposal and decision, the steering and service credits, and
 * the signals raised. {@code kpis} is empty when the SLA is not in the contract register.
 */
public record SupplierReport(
    String supplier,
    InstanceId instance,
    Optional<String> contract,
    Optional<String> service,
    Optional<Term> term,
    Optional<Money> monthlyFee,
    boolean running,
    List<KpiSeries> kpis,
    List<Period> periods,
    List<Signal> signals) {

  public SupplierReport {
    kpis = List.copyOf(kpis);
    periods = List.copyOf(periods);
    signals = List.copyOf(signals);
  }

  /** The service credits of every period, added up. */
  public Optional<Money> credits() {
    return periods.stream().flatMap(p -> p.credit().stream()).map(PenaltyDecided::amount).reduce(Money::plus);
  }

  /** A KPI of the SLA and its measured value per period, in period order. */
  public record KpiSeries(String id, Words name, String unit, int precision, Direction direction,
      BigDecimal target, BigDecimal warning, List<Value> values) {
    public KpiSeries {
      values = List.copyOf(values);
    }
  }

  /** A KPI's value in a period. */
  public record Value(int period, LocalDate from, BigDecimal value) {}

  /**
   * A reporting period with an SLR: the verdict per KPI, the step-14 proposal ("ja" or "nee") and
   * the SLM's decision there, the steering decided at step 15 and the service credit with its trace.
   */
  public record Period(int number, LocalDate from, LocalDate to, int version, List<KpiVerdict> verdicts,
      String proposal, Optional<String> decision, List<SteeringDecision> steering,
      Optional<PenaltyDecided> credit) {
    public Period {
      verdicts = List.copyOf(verdicts);
      steering = List.copyOf(steering);
    }
  }

  /** A signal raised for the host: its kind, when, the period it concerns (0 if none), its details. */
  public record Signal(Instant at, String kind, int period, Map<String, String> details, String message) {
    public Signal {
      details = Map.copyOf(details);
    }
  }
}
