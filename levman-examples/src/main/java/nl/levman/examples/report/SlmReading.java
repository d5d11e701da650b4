package nl.levman.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.levman.api.HistoryEntry;
import nl.levman.domain.credit.PenaltyDecided;
import nl.levman.domain.report.Measurement;
import nl.levman.domain.report.SlrEvaluated;
import nl.levman.domain.sla.Kpi;
import nl.levman.domain.sla.ServiceLevelAgreement;
import nl.levman.domain.steering.SteeringDecided;
import nl.levman.domain.steering.SteeringDecision;
import nl.levman.model.Event;
import nl.levman.model.InstanceStatus;
import nl.levman.model.ProcessContext;
import nl.levman.spi.Agreements;
import nl.levman.spi.InstanceSummary;

/**
 * Reads one Service Level Management instance's history into a {@link SupplierReport}: the last
 * SLR evaluated per period (a correction replaces the first), the outcome chosen in the period (the
 * step-14 gate), the steering and service credit of the period, and every signal. The KPIs' targets
 * come from the SLA in the contract register.
 */
final class SlmReading {
  private final Opened opened = new Opened();
  private final Map<Integer, SlrEvaluated> evaluated = new TreeMap<>();
  private final Map<Integer, String> decided = new TreeMap<>();
  private final Map<Integer, List<SteeringDecision>> steering = new TreeMap<>();
  private final Map<Integer, PenaltyDecided> credits = new TreeMap<>();
  private final List<SupplierReport.Signal> signals = new ArrayList<>();
  private ProcessContext context = ProcessContext.empty();

  static SupplierReport read(InstanceSummary instance, List<HistoryEntry> history, Agreements agreements) {
    SlmReading reading = new SlmReading();
    history.forEach(reading::add);
    return reading.report(instance, agreements);
  }

  private void add(HistoryEntry entry) {
    Event e = entry.event();
    if (e instanceof Event.ProcessStarted started) {
      context = started.context();
    } else if (e instanceof Event.StepOpened o) {
      opened.add(o);
    } else if (e instanceof Event.StepCompleted c && c.outcome().isPresent() && opened.period(c.item()) > 0) {
      decided.put(opened.period(c.item()), c.outcome().get());
    } else if (e instanceof SlrEvaluated slr) {
      evaluated.put(slr.period(), slr);
    } else if (e instanceof SteeringDecided s) {
      steering.put(s.period(), s.decisions());
    } else if (e instanceof PenaltyDecided p) {
      credits.put(p.period(), p);
    } else if (e instanceof Event.SignalRaised s) {
      int period = s.details().containsKey("period") ? Integer.parseInt(s.details().get("period"))
          : opened.period(s.about());
      signals.add(new SupplierReport.Signal(entry.at(), s.signal(), period, s.details(), s.message()));
    }
  }

  private SupplierReport report(InstanceSummary instance, Agreements agreements) {
    Optional<ServiceLevelAgreement> sla = context.contract().flatMap(agreements::sla);
    List<SupplierReport.Period> periods = new ArrayList<>();
    evaluated.forEach((n, e) -> periods.add(new SupplierReport.Period(n, e.report().from(), e.report().to(),
        e.report().version(), e.verdicts(), e.proposal(), Optional.ofNullable(decided.get(n)),
        steering.getOrDefault(n, List.of()), Optional.ofNullable(credits.get(n)))));
    List<SupplierReport.KpiSeries> kpis = new ArrayList<>();
    sla.ifPresent(s -> s.kpis().forEach(k -> kpis.add(series(k))));
    String supplier = instance.supplier().or(context::supplier).orElse(instance.id().value());
    return new SupplierReport(supplier, instance.id(), context.contract(), context.service(), context.term(),
        sla.map(ServiceLevelAgreement::monthlyFee), instance.status() == InstanceStatus.RUNNING, kpis, periods,
        signals);
  }

  private SupplierReport.KpiSeries series(Kpi kpi) {
    List<SupplierReport.Value> values = new ArrayList<>();
    evaluated.forEach((n, e) -> {
      Measurement m = e.report().values().get(kpi.id());
      if (m != null) {
        values.add(new SupplierReport.Value(n, e.report().from(), m.value()));
      }
    });
    return new SupplierReport.KpiSeries(kpi.id(), new Words(orId(kpi.nameNl(), kpi), orId(kpi.nameEn(), kpi)),
        kpi.unit(), kpi.precision(), kpi.direction(), kpi.target(), kpi.warning(), values);
  }

  private static String orId(String name, Kpi kpi) {
    return name == null || name.isBlank() ? kpi.id() : name;
  }
}
