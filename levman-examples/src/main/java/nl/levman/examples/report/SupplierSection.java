package nl.levman.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.levman.domain.report.KpiVerdict;
import nl.levman.domain.report.Verdict;
import nl.levman.domain.sla.Direction;
import nl.levman.model.Language;

/**
 * One supplier in the report: its SLA in a few facts, a chart per KPI, the periods with a breach or
 * a warning, the steering and service credits per period, the signals and the open work.
 */
final class SupplierSection {
  private final Formats f;
  private final Language language;
  private final Report report;

  SupplierSection(Formats formats, Report report) {
    this.f = formats;
    this.language = formats.labels().language();
    this.report = report;
  }

  static String id(SupplierReport s) {
    return "leverancier-" + s.instance().value().replaceAll("[^A-Za-z0-9_-]", "-");
  }

  String html(SupplierReport s) {
    StringBuilder h = new StringBuilder();
    h.append(facts(s));
    h.append(Html.minorHeading(f.word("supplier.kpis")));
    h.append(charts(s));
    h.append(Html.minorHeading(f.word("supplier.deviations"))).append(deviations(s));
    h.append(Html.minorHeading(f.word("supplier.steering"))).append(new Steering(f).table(s));
    h.append(Html.minorHeading(f.word("supplier.credit"))).append(credits(s));
    h.append(Html.minorHeading(f.word("report.signals"))).append(signals(s));
    h.append(Html.minorHeading(f.word("supplier.open"))).append(open(s));
    return h.toString();
  }

  private String facts(SupplierReport s) {
    List<List<String>> rows = new ArrayList<>();
    s.contract().ifPresent(c -> rows.add(List.of(f.word("supplier.contract"), c)));
    s.service().ifPresent(c -> rows.add(List.of(f.word("supplier.service"), c)));
    s.term().ifPresent(t -> rows.add(List.of(f.word("supplier.term"), f.term(t))));
    s.monthlyFee().ifPresent(m -> rows.add(List.of(f.word("supplier.fee"), Money.format(m, language))));
    rows.add(List.of(f.word("supplier.state"), f.word(s.running() ? "state.running" : "state.finished")
        + " (" + s.instance().value() + ")"));
    rows.add(List.of(f.word("supplier.credits"), s.credits().map(m -> Money.format(m, language))
        .orElse(Money.euros(java.math.BigDecimal.ZERO, language))));
    report.renewals().stream().filter(r -> r.startedFrom().filter(s.instance()::equals).isPresent()).findFirst()
        .ifPresent(r -> rows.add(List.of(f.word("supplier.renewal"), RenewalSection.outcome(f, r))));
    return Html.facts(rows);
  }

  private String charts(SupplierReport s) {
    if (s.kpis().isEmpty()) {
      return Html.paragraph(s.periods().isEmpty() ? f.word("supplier.noReports")
          : f.word("supplier.noSla", s.contract().orElse(s.instance().value())));
    }
    StringBuilder h = new StringBuilder();
    for (SupplierReport.KpiSeries k : s.kpis()) {
      if (k.values().isEmpty()) {
        continue;
      }
      KpiChart.Builder chart = KpiChart.builder(k.name().in(language), s.supplier()).unit(k.unit())
          .better(k.direction() == Direction.HIGHER_IS_BETTER ? KpiChart.Better.HIGHER : KpiChart.Better.LOWER)
          .target(k.target()).warning(k.warning()).precision(Math.min(6, k.precision()));
      k.values().forEach(v -> chart.point(Formats.period(v.from()), v.value()));
      h.append(Html.figure(chart.build().svg(f.labels()), ""));
    }
    return h.length() == 0 ? Html.paragraph(f.word("supplier.noReports")) : h.toString();
  }

  private String deviations(SupplierReport s) {
    List<List<String>> rows = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    for (SupplierReport.Period p : s.periods()) {
      for (KpiVerdict v : p.verdicts()) {
        if (v.verdict() == Verdict.MET) {
          continue;
        }
        Optional<SupplierReport.KpiSeries> kpi = s.kpis().stream().filter(k -> k.id().equals(v.kpi())).findFirst();
        String unit = kpi.map(SupplierReport.KpiSeries::unit).orElse("");
        int precision = kpi.map(SupplierReport.KpiSeries::precision).orElse(v.value().scale());
        rows.add(List.of(Formats.period(p.from()), kpi.map(k -> k.name().in(language)).orElse(v.kpi()),
            f.value(v.value(), precision, unit),
            kpi.map(k -> f.value(k.target(), precision, unit)).orElse(""),
            kpi.map(k -> f.value(k.warning(), precision, unit)).orElse(""),
            f.word(v.verdict() == Verdict.BREACHED ? "chart.stateBreach" : "chart.stateWarning"),
            f.labels().getOrDefault("proposal." + p.proposal(), p.proposal()),
            p.decision().map(d -> f.labels().getOrDefault("outcome." + d, d)).orElse("\u2014")));
        classes.add(v.verdict() == Verdict.BREACHED ? "alert" : "");
      }
    }
    if (rows.isEmpty()) {
      return Html.paragraph(f.word(s.periods().isEmpty() ? "supplier.noReports" : "supplier.noDeviations"));
    }
    return Html.table(List.of(f.word("col.period"), f.word("col.kpi"), f.word("col.measured"), f.word("col.target"),
        f.word("col.warning"), f.word("col.verdict"), f.word("col.proposal"), f.word("col.decision")), rows, classes);
  }

  private String credits(SupplierReport s) {
    List<List<String>> rows = new ArrayList<>();
    for (SupplierReport.Period p : s.periods()) {
      p.credit().ifPresent(c -> rows.add(List.of(Formats.period(p.from()), Money.format(c.amount(), language),
          String.join("\n", c.trace()))));
    }
    if (rows.isEmpty()) {
      return Html.paragraph(f.word("supplier.noCredits"));
    }
    rows.add(List.of(f.word("report.total"), s.credits().map(m -> Money.format(m, language)).orElse(""), ""));
    return Html.table(List.of(f.word("col.period"), f.word("report.amount"), f.word("col.calculation")), rows)
        + Html.note(f.word("supplier.traceNote"));
  }

  private String signals(SupplierReport s) {
    if (s.signals().isEmpty()) {
      return Html.paragraph(f.word("supplier.noSignals"));
    }
    List<List<String>> rows = new ArrayList<>();
    for (SupplierReport.Signal signal : s.signals()) {
      rows.add(List.of(f.day(signal.at()), f.labels().getOrDefault("signal." + signal.kind(), signal.kind()),
          about(s, signal)));
    }
    return Html.table(List.of(f.word("col.date"), f.word("report.signal"), f.word("col.about")), rows);
  }

  /** What a signal concerns: its period, and any KPI (by name) or other detail it names. */
  private String about(SupplierReport s, SupplierReport.Signal signal) {
    List<String> about = new ArrayList<>();
    if (signal.period() > 0) {
      about.add(f.word("work.period", signal.period()));
    }
    new java.util.TreeMap<>(signal.details()).forEach((key, value) -> {
      if (key.equals("kpi")) {
        about.add(s.kpis().stream().filter(k -> k.id().equals(value)).findFirst()
            .map(k -> k.name().in(language)).orElse(value));
      } else if (key.equals("level")) {
        about.add(f.word("signal.level", value));
      } else if (!key.equals("period")) {
        about.add(value);
      }
    });
    return String.join(", ", about);
  }

  private String open(SupplierReport s) {
    List<OpenWork> open = report.work().stream().filter(w -> w.instance().equals(s.instance())).toList();
    if (open.isEmpty()) {
      return Html.paragraph(f.word("supplier.noOpen"));
    }
    return new WorkSection(f, report).table(open, false);
  }
}
