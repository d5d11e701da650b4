package nl.levman.examples.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.levman.domain.report.ServiceLevelReport;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.model.Language;
import nl.levman.render.MermaidRendering;

/**
 * The demo as an HTML page for people who would rather look than read: the process diagrams
 * (Mermaid, rendered in the browser) and each supplier's availability per month as a small chart.
 */
final class HtmlReport {
  private HtmlReport() {}

  static Path write(Path data, Stats stats, Summary summary) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Levman demo</title>")
        .append("<style>body{font-family:sans-serif;margin:2em;max-width:1100px}table{border-collapse:collapse}")
        .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}svg{background:#fafafa}</style>")
        .append("<script type=\"module\">import mermaid from 'https://cdn.jsdelivr.net/npm/mermaid@10/dist/mermaid.esm.min.mjs';")
        .append("mermaid.initialize({startOnLoad:true});</script></head><body>");
    h.append("<h1>Levman demo</h1>");
    h.append("<h2>Samenvatting</h2><table><tr><th>process</th><th>instances</th><th>finished</th><th>steps</th></tr>");
    summary.instances.forEach((p, n) -> h.append("<tr><td>").append(p).append("</td><td>").append(n)
        .append("</td><td>").append(summary.finished.getOrDefault(p, 0)).append("</td><td>")
        .append(summary.steps.getOrDefault(p, 0)).append("</td></tr>"));
    h.append("</table><p>Penalties: ").append(esc(summary.penalties.toString())).append("<br>Archive: ")
        .append(esc(summary.archive.toString())).append(", ").append(summary.meetings).append(" invitations</p>");
    h.append("<h2>KPI-trend: beschikbaarheid per maand</h2><table><tr><th>leverancier</th><th>beschikbaarheid (%)</th><th>proces 8</th></tr>");
    for (Map.Entry<String, List<ServiceLevelReport>> e : stats.reports.entrySet()) {
      h.append("<tr><td>").append(esc(e.getKey())).append("</td><td>").append(sparkline(e.getValue()))
          .append("</td><td>").append(esc(stats.renewals.getOrDefault(e.getKey(), "-"))).append("</td></tr>");
    }
    h.append("</table>");
    h.append("<h2>Service Level Management</h2><pre class=\"mermaid\">")
        .append(esc(MermaidRendering.of(ServiceLevelManagement.definition(), Language.NL))).append("</pre>");
    h.append("<h2>Periodieke review leveranciersrisico's</h2><pre class=\"mermaid\">")
        .append(esc(MermaidRendering.of(SupplierRiskReview.definition(), Language.NL))).append("</pre>");
    h.append("</body></html>\n");
    Path file = data.resolve("report.html");
    try {
      Files.writeString(file, h.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }

  /** Availability from 97% (bottom) to 100% (top); the target line at 99.8%. */
  private static String sparkline(List<ServiceLevelReport> reports) {
    int width = Math.max(120, reports.size() * 12);
    StringBuilder points = new StringBuilder();
    for (int i = 0; i < reports.size(); i++) {
      BigDecimal v = reports.get(i).value("availability");
      double y = 60 - (Math.max(97, Math.min(100, v.doubleValue())) - 97) * 20;
      points.append(i * 12 + 4).append(',').append(String.format(java.util.Locale.ROOT, "%.1f", y)).append(' ');
    }
    double target = 60 - (99.8 - 97) * 20;
    return "<svg width=\"" + width + "\" height=\"64\"><line x1=\"0\" x2=\"" + width + "\" y1=\"" + target
        + "\" y2=\"" + target + "\" stroke=\"#6a6\" stroke-dasharray=\"4\"/><polyline fill=\"none\" stroke=\"#36c\""
        + " stroke-width=\"2\" points=\"" + points.toString().trim() + "\"/></svg>";
  }

  private static String esc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
