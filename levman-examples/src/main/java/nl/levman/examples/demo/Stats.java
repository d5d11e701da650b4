package nl.levman.examples.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.levman.api.WorkItem;
import nl.levman.domain.report.ReportEvaluation;
import nl.levman.domain.report.Reports;
import nl.levman.domain.report.ServiceLevelReport;
import nl.levman.domain.risk.PerformanceTrend;
import nl.levman.domain.risk.RiskProfile;
import nl.levman.examples.demo.Suppliers.Supplier;

/** What the simulation remembers while it runs: the SLRs per supplier, profiles, decisions. */
final class Stats {
  final Map<String, Supplier> suppliers = new TreeMap<>();
  final Map<String, List<ServiceLevelReport>> reports = new TreeMap<>();
  final Map<String, List<ReportEvaluation>> evaluations = new TreeMap<>();
  final Map<String, RiskProfile> profiles = new TreeMap<>();
  final Map<String, String> renewals = new TreeMap<>();
  final Map<String, Integer> stepsByProcess = new TreeMap<>();
  final Map<String, Integer> steering = new TreeMap<>();

  Stats(List<Supplier> all) {
    all.forEach(s -> suppliers.put(s.id(), s));
  }

  void completed(WorkItem w) {
    stepsByProcess.merge(w.processKey(), 1, Integer::sum);
  }

  void report(String supplier, ServiceLevelReport report) {
    reports.computeIfAbsent(supplier, k -> new ArrayList<>()).add(report);
    evaluations.computeIfAbsent(supplier, k -> new ArrayList<>())
        .add(Reports.evaluate(suppliers.get(supplier).sla(), report));
  }

  int insufficientInRow(String supplier) {
    int n = 0;
    List<ReportEvaluation> list = evaluations.getOrDefault(supplier, List.of());
    for (int i = list.size() - 1; i >= 0 && !list.get(i).sufficient(); i--) {
      n++;
    }
    return n;
  }

  int insufficientTotal(String supplier) {
    return (int) evaluations.getOrDefault(supplier, List.of()).stream().filter(e -> !e.sufficient()).count();
  }

  int trendLikelihood(String supplier) {
    return PerformanceTrend.likelihood(evaluations.getOrDefault(supplier, List.of()),
        List.of("availability", "p1-resolution", "satisfaction"));
  }

  void profile(String supplier, RiskProfile profile) {
    profiles.put(supplier, profile);
  }

  String profileJson(String supplier) {
    return profiles.containsKey(supplier) ? profiles.get(supplier).toJson() : "{}";
  }

  void decided(int insufficientInRow, boolean slaChange) {
    steering.merge("penalty", 1, Integer::sum);
    steering.merge("extra meeting", 1, Integer::sum);
    if (insufficientInRow >= 2) {
      steering.merge("SIP", 1, Integer::sum);
    }
    if (slaChange) {
      steering.merge("SLA change (step 17)", 1, Integer::sum);
      steering.merge("escalation", 1, Integer::sum);
    }
  }

  void renewal(String supplier, String decision) {
    renewals.put(supplier, decision);
  }

  Map<String, Integer> verdicts() {
    Map<String, Integer> counts = new TreeMap<>();
    evaluations.values().forEach(list -> list.forEach(e -> e.verdicts()
        .forEach(v -> counts.merge(v.verdict().name(), 1, Integer::sum))));
    return counts;
  }

  Map<String, Integer> proposals() {
    Map<String, Integer> counts = new HashMap<>();
    evaluations.values().forEach(list -> list.forEach(e -> counts.merge(e.sufficient() ? "sufficient" : "insufficient", 1, Integer::sum)));
    return counts;
  }
}
