package nl.levman.examples.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import nl.levman.domain.credit.PenaltyRule;
import nl.levman.domain.dap.Dap;
import nl.levman.domain.report.Measurement;
import nl.levman.domain.report.ServiceLevelReport;
import nl.levman.domain.sla.Consequence;
import nl.levman.domain.sla.Direction;
import nl.levman.domain.sla.Kpi;
import nl.levman.domain.sla.Money;
import nl.levman.domain.sla.RenewalKind;
import nl.levman.domain.sla.ReportingPeriod;
import nl.levman.domain.sla.ServiceLevelAgreement;

/** The simulated suppliers: their SLAs, DAPs, and how they perform month by month (seeded). */
final class Suppliers {
  static final List<String> NAMES = List.of("acme", "globex", "initech", "umbrella", "hooli", "stark",
      "wayne", "tyrell", "cyberdyne", "soylent", "wonka", "oscorp", "aperture", "massive", "vandelay", "gekko");

  /** One supplier of the simulation and its behaviour. */
  record Supplier(String id, String service, ServiceLevelAgreement sla, Dap dap, boolean degrades,
      int degradeFrom, int degradeMonths, boolean wantsDap, int criticality) {}

  static List<Supplier> create(int count, int years, Random random) {
    List<Supplier> suppliers = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = i < NAMES.size() ? NAMES.get(i) : "supplier-" + (i + 1);
      String service = "service-" + id;
      Money fee = Money.euro(Integer.toString(5_000 + random.nextInt(45) * 1_000));
      ServiceLevelAgreement sla = ServiceLevelAgreement.builder()
          .id("sla-" + id).supplier(id).service(service)
          .start(LocalDate.of(2026, 1, 1)).end(LocalDate.of(2026 + years, 1, 1))
          .noticePeriod(Period.ofMonths(3)).renewal(i % 2 == 0 ? RenewalKind.TACIT : RenewalKind.EXPRESS)
          .reportingPeriod(ReportingPeriod.MONTHLY).monthlyFee(fee)
          .addKpis(new Kpi("availability", "Beschikbaarheid", "Availability", "%", 2, Direction.HIGHER_IS_BETTER,
              new BigDecimal("99.80"), new BigDecimal("99.00"), "calendar month, 24x7", new BigDecimal("3"),
              Consequence.SERVICE_CREDIT))
          .addKpis(new Kpi("p1-resolution", "Oplostijd P1", "P1 resolution time", "h", 1, Direction.LOWER_IS_BETTER,
              new BigDecimal("4"), new BigDecimal("8"), "worst P1 incident of the month", new BigDecimal("2"),
              Consequence.SERVICE_CREDIT))
          .addKpis(new Kpi("satisfaction", "Klanttevredenheid", "Satisfaction", "score", 1, Direction.HIGHER_IS_BETTER,
              new BigDecimal("7.0"), new BigDecimal("6.0"), "quarterly survey", new BigDecimal("1"),
              Consequence.REPORT_ONLY))
          .addPenaltyRules(new PenaltyRule.TieredPercent("availability", List.of(
              new PenaltyRule.Tier(new BigDecimal("99.80"), new BigDecimal("5")),
              new PenaltyRule.Tier(new BigDecimal("99.00"), new BigDecimal("15")),
              new PenaltyRule.Tier(new BigDecimal("97.00"), new BigDecimal("30"))),
              new PenaltyRule.Limits(Optional.of(fee.times(new BigDecimal("0.25"))), Money.euro("100"), Optional.empty())))
          .addPenaltyRules(new PenaltyRule.PerUnitOverTarget("p1-resolution", Money.euro("150"),
              new PenaltyRule.Limits(Optional.of(Money.euro("3000")), Money.euro("0"), Optional.empty())))
          .build();
      Dap dap = new Dap(id, List.of(new Dap.Party("Organisatie", "afnemer"), new Dap.Party(id, "leverancier")),
          List.of(new Dap.Contact("servicedesk", id, "Servicedesk " + id, "telefoon", "24x7"),
              new Dap.Contact("service delivery manager", id, "SDM " + id, "e-mail", "kantooruren")),
          List.of(new Dap.MeetingAgreement(Dap.Level.OPERATIONAL, Period.ofMonths(1), List.of("SLM", "SDM")),
              new Dap.MeetingAgreement(Dap.Level.TACTICAL, Period.ofMonths(3), List.of("SLM", "DE", "AM"))),
          Map.of("incident", "via het portaal; P1 telefonisch", "change", "CAB maandelijks"),
          List.of(new Dap.EscalationLevel(1, "SLA-breuk", Duration.ofDays(2), List.of("SDM " + id)),
              new Dap.EscalationLevel(2, "geen verbetering na SIP", Duration.ofDays(10), List.of("directie " + id))),
          new Dap.ReportingAgreement(List.of("availability", "p1-resolution", "satisfaction"), 10, "PDF + CSV"),
          List.of());
      boolean degrades = random.nextDouble() < 0.4 || i == 1;
      suppliers.add(new Supplier(id, service, sla, dap, degrades, 2 + random.nextInt(Math.max(1, 12 * years - 6)),
          3 + random.nextInt(3), i % 3 != 2, 2 + random.nextInt(4)));
    }
    return suppliers;
  }

  /** The SLR the supplier delivers for a period: good, or worse while it degrades. */
  static ServiceLevelReport report(Supplier s, int period, Random random) {
    boolean bad = s.degrades() && period >= s.degradeFrom() && period < s.degradeFrom() + s.degradeMonths();
    double availability = bad ? 97.6 + random.nextDouble() * 1.9 : 99.79 + random.nextDouble() * 0.21;
    double resolution = bad ? 5 + random.nextDouble() * 6 : 1.5 + random.nextDouble() * 2.5;
    double satisfaction = bad ? 5.5 + random.nextDouble() * 1.5 : 7.0 + random.nextDouble() * 2;
    LocalDate from = s.sla().start().plusMonths(period - 1);
    return new ServiceLevelReport(s.sla().id(), period, from, from.plusMonths(1), 1, Map.of(
        "availability", new Measurement(scale(availability, 2), "%",
            bad ? Optional.of("storage cluster instability") : Optional.empty()),
        "p1-resolution", new Measurement(scale(resolution, 1), "h", Optional.empty()),
        "satisfaction", new Measurement(scale(satisfaction, 1), "score", Optional.empty())));
  }

  private static BigDecimal scale(double value, int digits) {
    return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_EVEN);
  }
}
