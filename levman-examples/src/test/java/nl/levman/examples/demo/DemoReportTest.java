package nl.levman.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.levman.api.HistoryEntry;
import nl.levman.domain.credit.PenaltyDecided;
import nl.levman.domain.report.Verdict;
import nl.levman.examples.cli.Wiring;
import nl.levman.examples.report.Labels;
import nl.levman.examples.report.OpenWork;
import nl.levman.examples.report.Renewal;
import nl.levman.examples.report.Report;
import nl.levman.examples.report.ReportPage;
import nl.levman.examples.report.ReportReader;
import nl.levman.examples.report.RiskReview;
import nl.levman.examples.report.SupplierReport;
import nl.levman.model.Event;
import nl.levman.model.InstanceId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's report is what the histories say: read back through the engine after a simulated
 * year of two suppliers, stopped a little before their SLAs end.
 */
class DemoReportTest {
  @TempDir static Path data;
  static Wiring wiring;
  static Simulation simulation;
  static Report report;

  @BeforeAll
  static void simulateAYear() {
    wiring = new Wiring(data, null);
    simulation = new Simulation(wiring, 2, 1, 42, new PrintWriter(new StringWriter()));
    simulation.run();
    report = ReportReader.read(simulation.engine, wiring.store, simulation.register, simulation.clock);
  }

  @AfterAll
  static void close() {
    wiring.close();
  }

  @Test
  void isAsOfTheDayTheSimulationStopped() {
    assertThat(report.today()).isEqualTo(simulation.stop()).isBefore(simulation.end());
    assertThat(report.processes()).extracting(Report.ProcessCount::key)
        .containsExactly("service-level-management", "supplier-risk-review", "verlenging-einde-contract");
    assertThat(report.processes()).allSatisfy(c -> assertThat(c.finished()).isZero());
  }

  @Test
  void hasEveryKpiOfTheSlaWithTheValueOfEachPeriodDelivered() {
    SupplierReport acme = supplier("acme");
    assertThat(acme.kpis()).extracting(SupplierReport.KpiSeries::id)
        .containsExactly("availability", "p1-resolution", "satisfaction");
    SupplierReport.KpiSeries availability = acme.kpis().get(0);
    assertThat(availability.target()).isEqualByComparingTo("99.80");
    assertThat(availability.warning()).isEqualByComparingTo("99.00");
    assertThat(availability.name().nl()).isEqualTo("Beschikbaarheid");
    assertThat(availability.values()).extracting(SupplierReport.Value::period)
        .as("acme holds back the SLR of period 11").containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(supplier("globex").kpis().get(0).values()).hasSize(11);
  }

  @Test
  void everyPeriodWithABreachHasTheSlmsDecisionAndItsServiceCredit() {
    for (SupplierReport s : report.suppliers()) {
      for (SupplierReport.Period p : s.periods()) {
        boolean breached = p.verdicts().stream().anyMatch(v -> v.verdict() == Verdict.BREACHED);
        if (breached) {
          assertThat(p.proposal()).isEqualTo("nee");
          assertThat(p.decision()).contains("nee");
          assertThat(p.credit()).as("period " + p.number() + " of " + s.supplier()).isPresent();
          assertThat(p.credit().get().trace()).isNotEmpty();
        }
      }
    }
  }

  @Test
  void theCreditsAddUpToThePenaltiesInTheHistory() {
    for (SupplierReport s : report.suppliers()) {
      BigDecimal recorded = simulation.engine.history(s.instance()).stream().map(HistoryEntry::event)
          .filter(PenaltyDecided.class::isInstance).map(e -> ((PenaltyDecided) e).amount().amount())
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(s.credits().map(m -> m.amount()).orElse(BigDecimal.ZERO)).isEqualByComparingTo(recorded);
      assertThat(recorded).isPositive();
    }
  }

  @Test
  void theLateSlrIsOverdueOpenWorkAndWasSignalled() {
    List<OpenWork> overdue = report.overdue();
    assertThat(overdue).singleElement().satisfies(w -> {
      assertThat(w.instance()).isEqualTo(InstanceId.of("sla-acme"));
      assertThat(w.step()).isEqualTo(12);
      assertThat(w.period()).isEqualTo(11);
    });
    assertThat(report.work().get(0)).as("overdue first").isEqualTo(overdue.get(0));
    assertThat(supplier("acme").signals()).anySatisfy(s -> {
      assertThat(s.kind()).isEqualTo("slr-overdue");
      assertThat(s.period()).isEqualTo(11);
    });
    assertThat(report.work()).anySatisfy(w -> {
      assertThat(w.instance()).isEqualTo(InstanceId.of("sla-globex"));
      assertThat(w.period()).isEqualTo(12);
      assertThat(w.overdue()).isFalse();
    });
  }

  @Test
  void theRiskReviewHasItsRankingProfilesAndMitigationActionsWithTheirState() {
    RiskReview review = report.reviews().get(0);
    assertThat(review.instance()).isEqualTo(InstanceId.of("risk-review-2026"));
    assertThat(review.ranking()).isNotEmpty();
    assertThat(review.selected()).isNotEmpty().isSubsetOf(review.ranking().stream().map(r -> r.supplier()).toList());
    assertThat(review.profiles()).isNotEmpty();
    assertThat(review.actions()).isNotEmpty().allSatisfy(a -> {
      assertThat(a.due()).isPresent();
      assertThat(a.description()).isPresent();
    });
    assertThat(review.actions()).as("the late action was signalled")
        .anySatisfy(a -> assertThat(a.signalledOverdue()).isPresent());
    List<RiskReview.State> states = review.actions().stream().map(RiskReview.Mitigation::state).toList();
    List<Event.StepCompleted> judged = simulation.engine.history(review.instance()).stream().map(HistoryEntry::event)
        .filter(Event.StepCompleted.class::isInstance).map(Event.StepCompleted.class::cast)
        .filter(c -> c.step() == 9).toList();
    assertThat(judged).isNotEmpty();
    assertThat(states).doesNotContain(RiskReview.State.DECLARED);
  }

  @Test
  void process8IsReadWithTheServiceOwnersDecisionAndWhereItCameFrom() {
    assertThat(report.renewals()).hasSize(2).allSatisfy(r -> {
      assertThat(r.startedFrom()).contains(InstanceId.of("sla-" + r.supplier().orElseThrow()));
      assertThat(r.decisions()).first().extracting(Renewal.Decision::step).isEqualTo(3);
      assertThat(r.decisions().get(0).outcome()).isIn("verlengen", "opnieuw aanbesteden", "beëindigen");
    });
  }

  @Test
  void thePageSaysItInOneLanguage() {
    String nl = ReportPage.html(report, Labels.dutch(), "demo");
    String en = ReportPage.html(report, Labels.english(), "demo");
    assertThat(nl).contains("<html lang=\"nl\">", "Leverancier acme", "Beschikbaarheid \u2014 acme", "te laat",
        "Servicecredits per periode", "Verlenging/Einde Contract", "Rangorde (stap 1)", "€\u00a0");
    assertThat(en).contains("<html lang=\"en\">", "Supplier acme", "Availability \u2014 acme", "overdue",
        "Service credits per period", "Renewal/End of contract", "Ranking (step 1)", "tender anew");
    assertThat(en).doesNotContain("Leverancier acme", "Servicecredits", "Beschikbaarheid");
    assertThat(nl.toLowerCase(Locale.ROOT)).doesNotContain("<script", "https://", "src=");
    assertThat(nl.split("<svg", -1).length - 1).as("six KPI charts and three diagrams").isEqualTo(9);
  }

  @Test
  void theDemoWritesTheReportInTheLanguageAsked(@TempDir Path other) throws Exception {
    DemoRun r = DemoRun.run("demo", "--suppliers", "1", "--years", "1", "--lang", "en", "--data",
        other.resolve("en").toString());
    assertThat(r.exit()).as(r.toString()).isZero();
    String html = java.nio.file.Files.readString(other.resolve("en/report.html"));
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("<title>Levman report</title>",
        "Demo with 1 supplier(s) over 1 year(s) \u00b7 as of 15 December 2026", "Supplier acme");
  }

  private static SupplierReport supplier(String id) {
    return report.suppliers().stream().filter(s -> s.supplier().equals(id)).findFirst().orElseThrow();
  }
}
