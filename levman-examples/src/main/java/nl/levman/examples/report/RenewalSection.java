package nl.levman.examples.report;

import java.util.ArrayList;
import java.util.List;
import nl.levman.model.Language;

/** Process 8 per supplier: when it started, from where, the decision taken at its first gate, and how far it is. */
final class RenewalSection {
  private final Formats f;
  private final Language language;
  private final Report report;

  RenewalSection(Formats formats, Report report) {
    this.f = formats;
    this.language = formats.labels().language();
    this.report = report;
  }

  String html() {
    if (report.renewals().isEmpty()) {
      return Html.paragraph(f.word("renewal.none"));
    }
    List<List<String>> rows = new ArrayList<>();
    for (Renewal r : report.renewals()) {
      String decisions = String.join("\n", r.decisions().stream().map(d -> f.word("col.step") + " " + d.step() + " ("
          + d.label().in(language) + "): " + outcome(d.outcome()) + ", " + by(d) + ", " + f.day(d.at())).toList());
      rows.add(List.of(r.supplier().orElse(""), r.instance().value(), r.startedFrom().map(i -> i.value()).orElse(""),
          f.day(r.started()), decisions.isEmpty() ? "\u2014" : decisions,
          f.word(r.running() ? "state.running" : "state.finished") + open(r)));
    }
    return Html.table(List.of(f.word("report.supplier"), f.word("col.instance"), f.word("renewal.from"),
        f.word("renewal.started"), f.word("col.decisions"), f.word("col.state")), rows);
  }

  /** The first decision of a renewal, as the supplier's facts show it: "opnieuw aanbesteden (2 sep 2026)". */
  static String outcome(Formats f, Renewal r) {
    return r.decisions().stream().findFirst()
        .map(d -> f.labels().getOrDefault("outcome." + d.outcome(), d.outcome()) + " (" + f.day(d.at()) + ")")
        .orElse(f.word(r.running() ? "state.running" : "state.finished"));
  }

  private String outcome(String outcome) {
    return f.labels().getOrDefault("outcome." + outcome, outcome);
  }

  private String by(Renewal.Decision d) {
    return d.onBehalfOf().map(o -> f.word("renewal.onBehalf", d.by(), o)).orElse(d.by());
  }

  /** The open steps of a running renewal: ", stap 8 open". */
  private String open(Renewal r) {
    List<String> steps = report.work().stream().filter(w -> w.instance().equals(r.instance()))
        .map(w -> f.word("col.step") + " " + w.step() + " (" + w.label().in(language) + ")").toList();
    return steps.isEmpty() ? "" : ": " + String.join("; ", steps);
  }
}
