package nl.levman.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.domain.credit.PenaltyDecided;
import nl.levman.domain.report.KpiVerdict;
import nl.levman.domain.report.Verdict;
import nl.levman.domain.sla.Direction;
import nl.levman.domain.steering.SteeringDecision;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.model.InstanceId;
import nl.levman.model.Term;
import org.junit.jupiter.api.Test;

/** The report page from a report made by hand: what each part says, in each language. */
class ReportPageTest {
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final Instant AS_OF = Instant.parse("2026-12-15T08:00:00Z");

  @Test
  void anEmptyStoreGivesAPageThatSaysThereIsNothingYet() {
    Report empty = new Report(AS_OF, ZONE, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    String html = ReportPage.html(empty, Labels.dutch(), "leeg");
    assertThat(html).contains("Er staat geen werk open.", "Er is nog geen risicoreview gestart.",
        "Er is nog geen proces 8 gestart.", "Stand per 15 dec. 2026", "€\u00a00,00");
  }

  @Test
  void showsASuppliersChartsDeviationsCreditsAndSignalsWithItsNameEscaped() {
    String html = ReportPage.html(report(), Labels.dutch(), "hand");
    assertThat(html).contains("Leverancier Bolt &amp; Co &lt;IT&gt;", "Beschikbaarheid \u2014 Bolt &amp; Co &lt;IT&gt;",
        "1 jan. 2026 \u2013 31 dec. 2026", "€\u00a010.000,00",
        "<td>2026-02</td><td>Beschikbaarheid</td><td class=\"num\">98,50%</td>", "overschreden", "onvoldoende",
        "€\u00a01.500,00", "tiered availability: value 98.50 %", "extra overleg op 8 mrt. 2026 over performance",
        "escalatie op niveau 1: three insufficient months", "structureel tekortschieten",
        "periode 2, Beschikbaarheid");
    assertThat(html).containsPattern("<tr class=\"alert\"><td>2026-02</td>");
  }

  @Test
  void marksOverdueWorkAndGivesTheLastDayToDoIt() {
    String html = ReportPage.html(report(), Labels.english(), "hand");
    assertThat(html).contains("1 open work item(s), 1 of them overdue", "<td>overdue</td>", "10 Dec 2026",
        "period 11", "Supplier");
    assertThat(html).containsPattern("<tr class=\"alert\"><td>Service Level Management</td><td>sla-bolt</td>");
  }

  @Test
  void saysSoWhenTheSlaIsNotInTheContractRegister() {
    SupplierReport noSla = new SupplierReport("acme", InstanceId.of("sla-acme"), Optional.of("sla-acme"),
        Optional.empty(), Optional.empty(), Optional.empty(), true, List.of(), List.of(period()), List.of());
    Report r = new Report(AS_OF, ZONE, List.of(), List.of(noSla), List.of(), List.of(), List.of(), List.of());
    assertThat(ReportPage.html(r, Labels.english(), "x")).contains("SLA sla-acme is not in the contract register")
        .doesNotContain("<svg");
  }

  private static Report report() {
    SupplierReport.KpiSeries availability = new SupplierReport.KpiSeries("availability",
        new Words("Beschikbaarheid", "Availability"), "%", 2, Direction.HIGHER_IS_BETTER, new BigDecimal("99.80"),
        new BigDecimal("99.00"), List.of(new SupplierReport.Value(1, LocalDate.of(2026, 1, 1), new BigDecimal("99.91")),
            new SupplierReport.Value(2, LocalDate.of(2026, 2, 1), new BigDecimal("98.50"))));
    SupplierReport bolt = new SupplierReport("Bolt & Co <IT>", InstanceId.of("sla-bolt"), Optional.of("sla-bolt"),
        Optional.of("hosting"), Optional.of(new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1),
            Period.ofMonths(1), 10, LocalDate.of(2026, 9, 1))), Optional.of(nl.levman.domain.sla.Money.euro("10000")),
        true, List.of(availability), List.of(period()),
        List.of(new SupplierReport.Signal(Instant.parse("2026-03-02T08:00:00Z"), "chronic-failure", 2,
            Map.of("kpi", "availability"), "KPI availability fails chronically")));
    OpenWork late = new OpenWork(InstanceId.of("sla-bolt"), "service-level-management",
        new Words("Service Level Management", "Service Level Management"), 12, "LEV",
        new Words("De Leverancier levert de SLR.", "The supplier delivers the SLR."), Optional.of("Bolt & Co <IT>"),
        Map.of(), 11, Instant.parse("2026-11-02T08:00:00Z"), Optional.of(Instant.parse("2026-12-10T23:00:00Z")), true);
    return new Report(AS_OF, ZONE, List.of(), List.of(bolt), List.of(late), List.of(), List.of(),
        List.of(ServiceLevelManagement.definition()));
  }

  private static SupplierReport.Period period() {
    return new SupplierReport.Period(2, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), 1,
        List.of(new KpiVerdict("availability", new BigDecimal("98.50"), Verdict.BREACHED, "beyond 99.00")), "nee",
        Optional.of("nee"), List.of(new SteeringDecision.ExtraMeeting(LocalDate.of(2026, 3, 8), "performance"),
            new SteeringDecision.Escalation(1, "three insufficient months"), new SteeringDecision.Penalty()),
        Optional.of(new PenaltyDecided(2, nl.levman.domain.sla.Money.euro("1500"),
            List.of("tiered availability: value 98.50 % \u2192 band < 99.00 % \u2192 15% of fee"))));
  }
}
