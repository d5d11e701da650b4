package nl.levman.examples.report;

import java.math.BigDecimal;
import java.util.List;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.model.Language;
import nl.levman.render.SvgRendering;

/** A report page as the demo would make it: both process diagrams, KPI charts and a table of amounts. */
final class SamplePage {
  private SamplePage() {}

  static KpiChart availability() {
    double[] values = {99.91, 99.85, 99.62, 99.88, 99.31, 99.80, 99.95, 99.74, 99.49, 99.90, 99.86, 99.97};
    KpiChart.Builder chart = KpiChart.builder("Beschikbaarheid", "Acme BV").unit("%").higherIsBetter()
        .target(new BigDecimal("99.80")).warning(new BigDecimal("99.50")).precision(2);
    for (int month = 1; month <= values.length; month++) {
      chart.point(String.format("2026-%02d", month), values[month - 1]);
    }
    return chart.build();
  }

  static KpiChart resolution() {
    double[] values = {3.5, 4.0, 5.25, 3.75, 6.5, 4.5};
    KpiChart.Builder chart = KpiChart.builder("P1-oplostijd", "Acme BV").unit("uur").lowerIsBetter()
        .target(4).warning(6).precision(1);
    for (int month = 1; month <= values.length; month++) {
      chart.point(String.format("2026-%02d", month), values[month - 1]);
    }
    return chart.build();
  }

  static String html(Labels labels) {
    Language language = labels.language();
    String penalties = Html.table(
        List.of(labels.get("report.supplier"), labels.get("report.penalties"), labels.get("report.amount")),
        List.of(
            List.of("Acme BV", "2", Money.euros(new BigDecimal("19950"), language)),
            List.of("Bolt & Co <IT>", "0", Money.euros(BigDecimal.ZERO, language)),
            List.of(labels.get("report.total"), "2", Money.euros(new BigDecimal("19950"), language))));
    return Page.of(labels, labels.get("report.title"))
        .subtitle("Demo · 3 leveranciers · 2026")
        .section("samenvatting", labels.get("report.summary"), penalties)
        .section("kpis", labels.get("report.kpis"),
            Html.subheading("Acme BV")
                + Html.figure(availability().svg(labels), "")
                + Html.figure(resolution().svg(labels), ""))
        .section("processen", labels.get("report.processes"),
            Html.subheading(ServiceLevelManagement.definition().name(language))
                + Html.figure(SvgRendering.svg(ServiceLevelManagement.definition(), language), "")
                + Html.subheading(SupplierRiskReview.definition().name(language))
                + Html.figure(SvgRendering.svg(SupplierRiskReview.definition(), language), ""))
        .render();
  }
}
