package nl.levman.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import nl.levman.domain.credit.PenaltyRule;
import nl.levman.domain.report.Measurement;
import nl.levman.domain.report.ServiceLevelReport;
import nl.levman.domain.sla.Consequence;
import nl.levman.domain.sla.Direction;
import nl.levman.domain.sla.Kpi;
import nl.levman.domain.sla.Money;
import nl.levman.domain.sla.RenewalKind;
import nl.levman.domain.sla.ReportingPeriod;
import nl.levman.domain.sla.ServiceLevelAgreement;

/** Test fixtures: an SLA for hosting with availability, resolution time and satisfaction. */
public final class Agreements {
  private Agreements() {}

  public static Kpi availability() {
    return new Kpi("availability", "Beschikbaarheid", "Availability", "%", 2, Direction.HIGHER_IS_BETTER,
        new BigDecimal("99.9"), new BigDecimal("99.0"), "calendar month", new BigDecimal("3"),
        Consequence.SERVICE_CREDIT);
  }

  public static Kpi resolution() {
    return new Kpi("p1-resolution", "Oplostijd P1", "P1 resolution time", "h", 1, Direction.LOWER_IS_BETTER,
        new BigDecimal("4"), new BigDecimal("8"), "per incident, worst in month", new BigDecimal("2"),
        Consequence.SERVICE_CREDIT);
  }

  public static Kpi satisfaction() {
    return new Kpi("satisfaction", "Klanttevredenheid", "Satisfaction", "score", 1, Direction.HIGHER_IS_BETTER,
        new BigDecimal("7.5"), new BigDecimal("6.0"), "survey", new BigDecimal("1"), Consequence.REPORT_ONLY);
  }

  public static ServiceLevelAgreement sla(PenaltyRule... rules) {
    return ServiceLevelAgreement.builder()
        .id("sla-acme-hosting").supplier("acme").service("hosting")
        .start(LocalDate.of(2026, 1, 1)).end(LocalDate.of(2029, 1, 1))
        .noticePeriod(Period.ofMonths(6)).renewal(RenewalKind.TACIT)
        .reportingPeriod(ReportingPeriod.MONTHLY).monthlyFee(Money.euro("20000"))
        .addAllKpis(List.of(availability(), resolution(), satisfaction()))
        .addAllPenaltyRules(List.of(rules))
        .build();
  }

  public static ServiceLevelReport report(int period, String availability, String resolution, String satisfaction) {
    LocalDate from = LocalDate.of(2026, 1, 1).plusMonths(period - 1);
    return new ServiceLevelReport("sla-acme-hosting", period, from, from.plusMonths(1), 1, Map.of(
        "availability", Measurement.of(availability, "%"),
        "p1-resolution", Measurement.of(resolution, "h"),
        "satisfaction", Measurement.of(satisfaction, "score")));
  }
}
