package nl.levman.examples.report;

import nl.levman.model.Language;
import nl.levman.model.ProcessDefinition;
import nl.levman.render.SvgRendering;

/**
 * A {@link Report} as one self-contained HTML page in one language: the summary, a section per
 * supplier (KPI charts, deviations, steering, service credits, signals, open work), all open work,
 * the risk reviews, process 8, and the process diagrams drawn by Levman. Nothing on the page refers
 * outside it (see {@link Page}).
 *
 * <pre>{@code
 * Report report = ReportReader.read(engine, store, contractRegister, clock);
 * String html = ReportPage.html(report, Labels.dutch(), "Stand per 15 december 2026");
 * }</pre>
 */
public final class ReportPage {
  private ReportPage() {}

  public static String html(Report report, Labels labels, String subtitle) {
    Language language = labels.language();
    Formats f = new Formats(labels, report.zone());
    Page page = Page.of(labels, labels.get("report.title")).subtitle(subtitle)
        .section("samenvatting", labels.get("report.summary"), new SummarySection(f, report).html());
    SupplierSection suppliers = new SupplierSection(f, report);
    for (SupplierReport s : report.suppliers()) {
      page.section(SupplierSection.id(s), labels.get("report.supplier") + " " + s.supplier(), suppliers.html(s));
    }
    page.section("werk", labels.get("work.heading"), new WorkSection(f, report).html())
        .section("risicoreview", labels.get("review.heading"), new ReviewSection(f, report).html())
        .section("proces-8", labels.get("renewal.heading"), new RenewalSection(f, report).html());
    StringBuilder diagrams = new StringBuilder(Html.paragraph(labels.get("processes.intro")));
    for (ProcessDefinition d : report.definitions()) {
      diagrams.append(Html.subheading(d.name(language)))
          .append(Html.figure(SvgRendering.svg(d, language), d.key() + " v" + d.version()));
    }
    return page.section("processen", labels.get("report.processes"), diagrams.toString()).render();
  }
}
