package nl.levman.examples.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.levman.domain.risk.Ranked;
import nl.levman.domain.risk.RiskProfileScored;
import nl.levman.model.Language;
import nl.levman.model.ProcessDefinition;

/**
 * Each risk review: the ranking and selection, the risk profiles (the last filled in and the final
 * one per supplier), the MT's decisions, and the mitigation actions with where they stand.
 */
final class ReviewSection {
  private final Formats f;
  private final Language language;
  private final Report report;

  ReviewSection(Formats formats, Report report) {
    this.f = formats;
    this.language = formats.labels().language();
    this.report = report;
  }

  String html() {
    if (report.reviews().isEmpty()) {
      return Html.paragraph(f.word("review.none"));
    }
    StringBuilder h = new StringBuilder();
    for (RiskReview r : report.reviews()) {
      h.append(Html.subheading(f.word("review.title", r.instance().value(), f.day(r.started()),
          f.word(r.running() ? "state.running" : "state.finished"))));
      h.append(ranking(r)).append(profiles(r)).append(decisions(r)).append(actions(r));
    }
    return h.toString();
  }

  private String ranking(RiskReview r) {
    if (r.ranking().isEmpty()) {
      return "";
    }
    List<List<String>> rows = new ArrayList<>();
    int place = 1;
    for (Ranked k : r.ranking()) {
      rows.add(List.of(Integer.toString(place++), k.supplier(), f.value(k.score(), 1, ""), f.yesNo(k.proposed()),
          f.yesNo(r.selected().contains(k.supplier())), String.join("\n", k.reasons())));
    }
    return Html.minorHeading(f.word("review.ranking")) + Html.table(List.of("#", f.word("report.supplier"),
        f.word("review.score"), f.word("review.proposed"), f.word("review.selected"), f.word("review.reasons")), rows);
  }

  /** Per supplier, in the order they were first scored: the last profile filled in, then the final one. */
  private String profiles(RiskReview r) {
    Map<String, RiskProfileScored[]> last = new LinkedHashMap<>();
    r.profiles().forEach(p -> last.computeIfAbsent(p.supplier(), k -> new RiskProfileScored[2])[p.finalProfile() ? 1 : 0] = p);
    if (last.isEmpty()) {
      return "";
    }
    List<List<String>> rows = new ArrayList<>();
    for (RiskProfileScored[] both : last.values()) {
      for (RiskProfileScored p : both) {
        if (p != null) {
          rows.add(List.of(p.supplier(), f.word(p.finalProfile() ? "review.profileFinal" : "review.profileFilled"),
              p.inherentScore() + " / 25", p.residualScore() + " / 25", f.word("level." + p.level().name())));
        }
      }
    }
    return Html.minorHeading(f.word("review.profiles")) + Html.table(List.of(f.word("report.supplier"),
        f.word("review.profile"), f.word("review.inherent"), f.word("review.residual"), f.word("review.level")), rows);
  }

  private String decisions(RiskReview r) {
    if (r.decisions().isEmpty()) {
      return "";
    }
    List<List<String>> rows = new ArrayList<>();
    for (RiskReview.MtDecision d : r.decisions()) {
      rows.add(List.of(f.day(d.at()), d.supplier(), f.word("col.step") + " " + d.step() + ": " + label(d.step()),
          f.labels().getOrDefault("outcome." + d.outcome(), d.outcome())));
    }
    return Html.minorHeading(f.word("review.decisions")) + Html.table(List.of(f.word("col.date"),
        f.word("report.supplier"), f.word("col.what"), f.word("renewal.decision")), rows);
  }

  private String actions(RiskReview r) {
    if (r.actions().isEmpty()) {
      return Html.minorHeading(f.word("review.actions")) + Html.paragraph(f.word("review.noActions"));
    }
    List<List<String>> rows = new ArrayList<>();
    List<String> classes = new ArrayList<>();
    for (RiskReview.Mitigation a : r.actions()) {
      String state = f.word("mitigation." + a.state().name());
      if (a.overdue()) {
        state = f.word("mitigation.overdue") + "; " + state;
      }
      if (a.signalledOverdue().isPresent()) {
        state = state + "\n" + f.word("mitigation.signalled", f.day(a.signalledOverdue().get()));
      }
      rows.add(List.of(a.supplier(), a.id(), a.description().orElse(""),
          a.due().map(f::day).orElse("\u2014"), state, f.day(a.since())));
      classes.add(a.overdue() ? "alert" : "");
    }
    return Html.minorHeading(f.word("review.actions")) + Html.table(List.of(f.word("report.supplier"),
        f.word("col.action"), f.word("col.description"), f.word("col.due"), f.word("col.state"), f.word("col.since")),
        rows, classes);
  }

  private String label(int step) {
    return report.definitions().stream().filter(d -> d.key().equals(nl.levman.handbook.Handbook.SUPPLIER_RISK_REVIEW))
        .findFirst().flatMap((ProcessDefinition d) -> d.findStep(step))
        .map(s -> new Words(s.labelNl(), s.labelEn()).firstLine().in(language)).orElse("");
  }
}
