package nl.levman.examples.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.levman.domain.mandate.Mandaatlijst;
import nl.levman.domain.mitigation.MitigationRejection;
import nl.levman.domain.report.ReportRejection;
import nl.levman.domain.risk.RiskProfileRejection;
import nl.levman.model.AccessRejection;
import nl.levman.model.FlowRejection;
import nl.levman.model.InputRejection;

/**
 * The rejection codes a scenario may expect: every code the engine's rejection families list, so
 * that a code added to a family is accepted at once, and a misspelt one is refused.
 */
final class Rejections {
  private final Set<String> known;

  Rejections(List<String> codes) {
    this.known = Set.copyOf(codes);
  }

  static Rejections ofEngine() {
    List<String> all = new ArrayList<>();
    all.addAll(FlowRejection.codes());
    all.addAll(AccessRejection.codes());
    all.addAll(InputRejection.codes());
    all.addAll(ReportRejection.codes());
    all.addAll(RiskProfileRejection.codes());
    all.addAll(MitigationRejection.codes());
    all.addAll(Mandaatlijst.MandateRejection.codes());
    return new Rejections(all);
  }

  boolean knows(String code) {
    return known.contains(code);
  }

  void check(Node at, String code) {
    if (!known.contains(code)) {
      throw at.fail("unknown rejection code '" + code + "' (known: " + String.join(", ", new TreeSet<>(known)) + ")");
    }
  }
}
