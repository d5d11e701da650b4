package nl.levman.examples.report;

import java.util.ArrayList;
import java.util.List;
import nl.levman.domain.steering.SteeringDecision;

/** The decisions of step 15 in words: one line per decision, one row per period. */
final class Steering {
  private final Formats f;

  Steering(Formats formats) {
    this.f = formats;
  }

  String table(SupplierReport s) {
    List<List<String>> rows = new ArrayList<>();
    for (SupplierReport.Period p : s.periods()) {
      if (!p.steering().isEmpty()) {
        rows.add(List.of(Formats.period(p.from()), String.join("\n", p.steering().stream().map(this::words).toList())));
      }
    }
    if (rows.isEmpty()) {
      return Html.paragraph(f.word("supplier.noSteering"));
    }
    return Html.table(List.of(f.word("col.period"), f.word("col.decisions")), rows);
  }

  String words(SteeringDecision d) {
    if (d instanceof SteeringDecision.ExtraMeeting m) {
      return f.word("steer.extraMeeting", f.day(m.date()), m.topic());
    }
    if (d instanceof SteeringDecision.ServiceImprovementPlan sip) {
      return f.word("steer.sip", String.join("; ", sip.actions().stream()
          .map(a -> f.word("steer.sipAction", a.description(), f.day(a.due()))).toList()));
    }
    if (d instanceof SteeringDecision.SlaChange change) {
      return f.word("steer.slaChange", change.what());
    }
    if (d instanceof SteeringDecision.Escalation e) {
      return f.word("steer.escalation", e.level(), e.reason());
    }
    return f.word("steer.penalty");
  }
}
