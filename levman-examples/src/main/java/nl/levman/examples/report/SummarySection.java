package nl.levman.examples.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.levman.domain.report.KpiVerdict;
import nl.levman.domain.report.Verdict;
import nl.levman.model.Language;

/** The report at a glance: key figures, the instances per process, and the signals raised. */
final class SummarySection {
  private final Formats f;
  private final Language language;
  private final Report report;

  SummarySection(Formats formats, Report report) {
    this.f = formats;
    this.language = formats.labels().language();
    this.report = report;
  }

  String html() {
    return Html.keyFigures(figures())
        + Html.paragraph(f.word("report.asOf", f.day(report.asOf()), report.zone().getId()))
        + processes() + signals();
  }

  private List<Html.KeyFigure> figures() {
    long breaches = verdicts(Verdict.BREACHED);
    long warnings = verdicts(Verdict.WARNING);
    BigDecimal credits = report.suppliers().stream().flatMap(s -> s.credits().stream()).map(nl.levman.domain.sla.Money::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    int overdue = report.overdue().size();
    return List.of(
        new Html.KeyFigure(Integer.toString(report.suppliers().size()), f.word("report.figure.suppliers"), false),
        new Html.KeyFigure(Integer.toString(report.work().size()), f.word("report.figure.open"), false),
        new Html.KeyFigure(Integer.toString(overdue), f.word("report.figure.overdue"), overdue > 0),
        new Html.KeyFigure(Long.toString(breaches), f.word("report.figure.breaches"), breaches > 0),
        new Html.KeyFigure(Long.toString(warnings), f.word("report.figure.warnings"), false),
        new Html.KeyFigure(Money.euros(credits, language), f.word("report.figure.credits"), false));
  }

  private long verdicts(Verdict verdict) {
    return report.suppliers().stream().flatMap(s -> s.periods().stream()).flatMap(p -> p.verdicts().stream())
        .map(KpiVerdict::verdict).filter(verdict::equals).count();
  }

  private String processes() {
    List<List<String>> rows = new ArrayList<>();
    for (Report.ProcessCount c : report.processes()) {
      rows.add(List.of(c.name().in(language), Integer.toString(c.running()), Integer.toString(c.finished())));
    }
    return Html.table(List.of(f.word("report.process"), f.word("report.running"), f.word("report.finished")), rows);
  }

  private String signals() {
    Map<String, Integer> counts = new TreeMap<>();
    report.suppliers().forEach(s -> s.signals().forEach(signal -> counts.merge(signal.kind(), 1, Integer::sum)));
    report.reviews().forEach(r -> r.actions().stream().filter(a -> a.signalledOverdue().isPresent())
        .forEach(a -> counts.merge("mitigation-action-overdue", 1, Integer::sum)));
    if (counts.isEmpty()) {
      return "";
    }
    List<List<String>> rows = new ArrayList<>();
    counts.forEach((kind, n) -> rows.add(List.of(f.labels().getOrDefault("signal." + kind, kind), Integer.toString(n))));
    return Html.minorHeading(f.word("report.signals"))
        + Html.table(List.of(f.word("report.signal"), f.word("report.count")), rows);
  }
}
