package nl.levman.examples.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Random;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import nl.levman.api.LevmanEngine;
import nl.levman.api.WorkItem;
import nl.levman.domain.report.SlrEvaluated;
import nl.levman.domain.risk.RankingMade;
import nl.levman.domain.risk.Ranked;
import nl.levman.domain.risk.RiskLevel;
import nl.levman.domain.risk.RiskProfileScored;
import nl.levman.api.WorkQuery;
import nl.levman.domain.risk.RiskProfile;
import nl.levman.domain.risk.RiskProfileTemplate;
import nl.levman.examples.demo.Suppliers.Supplier;
import nl.levman.handbook.Handbook;
import nl.levman.model.CommandId;
import nl.levman.model.PersonId;

/**
 * The department at work: each round, everybody completes the open work items of their roles the
 * way the handbook describes, through the engine's public API. What they decide follows the data:
 * the SLM follows the SLR's proposal at step 14, the MT mitigates risky suppliers, and so on. Some
 * work waits for its time: a mitigation action is judged near its due date (one of them late), the
 * exit plan of process 8 is carried out when the term ends, and one supplier's SLR can be held back.
 */
final class Office {
  private final LevmanEngine engine;
  private final Map<String, Supplier> suppliers = new HashMap<>();
  private final Random random;
  private final Stats stats;
  private final Clock clock;
  private final Map<String, Integer> seen = new HashMap<>();
  private final Map<String, List<String>> declaredActions = new HashMap<>();
  private final Map<String, LocalDate> actionsDue = new HashMap<>();
  private String late;
  private String heldBack = "";
  private int commands;

  Office(LevmanEngine engine, List<Supplier> suppliers, Random random, Stats stats, Clock clock) {
    this.engine = engine;
    suppliers.forEach(s -> this.suppliers.put(s.id(), s));
    this.random = random;
    this.stats = stats;
    this.clock = clock;
  }

  /** The supplier will not deliver the SLR of this period (it becomes overdue). */
  void holdBack(String supplier, int period) {
    this.heldBack = supplier + "/" + period;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), clock.getZone());
  }

  /** Works until nothing more can be done today; returns the number of steps completed. */
  int workOff() {
    int total = 0;
    while (true) {
      int done = 0;
      for (WorkItem w : engine.workList(WorkQuery.all().limit(10_000))) {
        if (waits(w)) {
          continue;
        }
        CompleteStep command = act(w);
        CommandResult r = engine.complete(command);
        if (r.accepted()) {
          done++;
          stats.completed(w);
          if (w.processKey().equals(Handbook.SERVICE_LEVEL_MANAGEMENT) && w.step() == 12) {
            stats.report(w.supplier().orElseThrow(), nl.levman.domain.report.ServiceLevelReport.fromJson(
                new String(command.documents().get(0).content(), java.nio.charset.StandardCharsets.UTF_8)));
          }
        } else if (!r.toString().contains("NotYetDue")) {
          throw new IllegalStateException("the demo's " + w.role() + " was refused at " + w.processKey()
              + " step " + w.step() + ": " + r);
        }
      }
      total += done;
      if (done == 0) {
        return total;
      }
    }
  }

  /** Work that is not done yet today: a held-back SLR, a mitigation action not yet judged, an exit plan. */
  private boolean waits(WorkItem w) {
    String supplier = w.supplier().orElse("");
    return switch (w.processKey()) {
      case Handbook.SERVICE_LEVEL_MANAGEMENT -> w.step() == 12 && heldBack.equals(supplier + "/" + w.period());
      case Handbook.SUPPLIER_RISK_REVIEW -> w.step() == 9 && today().isBefore(judgedOn(w));
      default -> w.step() == 8 && today().isBefore(suppliers.get(supplier).sla().end());
    };
  }

  /** The service owner judges an action a week before its due date; the late one a month after it. */
  private LocalDate judgedOn(WorkItem w) {
    String action = w.instance() + "/" + w.subjects().getOrDefault(Handbook.MITIGATION_ACTION, "");
    LocalDate due = actionsDue.getOrDefault(action, today());
    return (action + "@" + due).equals(late) ? due.plusMonths(1) : due.minusDays(7);
  }

  private int times(WorkItem w, String what) {
    return seen.merge(w.instance() + "/" + what, 1, Integer::sum);
  }

  /** The work item as the instance view shows it: with the recorded domain events (proposal, ranking). */
  private WorkItem withFacts(WorkItem w) {
    return engine.instance(w.instance()).orElseThrow().open().stream()
        .filter(o -> o.id().equals(w.id())).findFirst().orElse(w);
  }

  private CompleteStep act(WorkItem listed) {
    boolean needsFacts = (listed.processKey().equals(Handbook.SERVICE_LEVEL_MANAGEMENT)
        && (listed.step() == 14 || listed.step() == 15 || listed.step() == 16))
        || (listed.processKey().equals(Handbook.SUPPLIER_RISK_REVIEW) && (listed.step() == 2 || listed.step() == 6));
    WorkItem w = needsFacts ? withFacts(listed) : listed;
    Supplier s = suppliers.get(w.supplier().orElse(""));
    CompleteStep.Builder b = CompleteStep.of(CommandId.of("demo-" + (++commands) + "-" + w.id()), w.instance(),
        w.id(), PersonId.of(People.holder(w.role(), w.supplier().orElse(""), w.step(), w.processKey())));
    switch (w.processKey()) {
      case Handbook.SERVICE_LEVEL_MANAGEMENT -> slm(w, s, b);
      case Handbook.SUPPLIER_RISK_REVIEW -> review(w, b);
      default -> renewal(w, b);
    }
    return b.build();
  }

  private void slm(WorkItem w, Supplier s, CompleteStep.Builder b) {
    switch (w.step()) {
      case 5 -> b.outcome(times(w, "dap") == 1 ? "niet akkoord" : "akkoord");
      case 6 -> b.document(DocumentInput.of("handleiding", "levman-handleiding.pdf", "Levman handleiding contract documentatie v3"))
          .document(DocumentInput.of("dap", "dap-" + s.id() + "-v1.txt", s.dap().toString()))
          .field("signatures", signatures(s));
      case 9, 10 -> b.outcome("akkoord");
      case 12 -> {
        var report = Suppliers.report(s, w.period(), random);
        b.document(DocumentInput.of("slr", "slr-" + report.from() + ".json", report.toJsonText()));
      }
      case 14 -> {
        Optional<SlrEvaluated> evaluated = evaluation(w);
        b.outcome(evaluated.map(SlrEvaluated::proposal).orElse("ja"))
            .note("proposal: " + evaluated.map(e -> String.join("; ", e.reasons())).orElse(""));
      }
      case 15 -> b.document(DocumentInput.of("besluiten", "besluiten-periode-" + w.period() + ".json", decisions(w, s)))
          .document(DocumentInput.of("slr", "slr-periode-" + w.period() + ".json", slrOf(w)));
      case 16 -> b.document(DocumentInput.of("handleiding", "levman-handleiding.pdf", "Levman handleiding contract documentatie v3"))
          .document(DocumentInput.of("slr", "slr-periode-" + w.period() + ".json", slrOf(w)));
      case 17 -> b.document(DocumentInput.of("mandaatlijst", "mandaatlijst-2026.pdf", "Mandaatlijst 2026"))
          .document(DocumentInput.of("handleiding", "levman-handleiding.pdf", "Levman handleiding contract documentatie v3"))
          .document(DocumentInput.of("sla", "sla-" + s.id() + "-wijziging.txt", "changed KPI targets"))
          .field("changed", "sla").field("signatures", signatures(s));
      default -> { }
    }
  }

  private static String signatures(Supplier s) {
    return "[{\"person\":\"" + People.serviceOwner(s.id()) + "\",\"role\":\"DE\"},"
        + "{\"person\":\"lev-" + s.id() + "\",\"role\":\"LEV\"}]";
  }

  /** The evaluation of the work item's period, as the instance recorded it at step 12. */
  private static Optional<SlrEvaluated> evaluation(WorkItem w) {
    return w.recorded().stream().filter(SlrEvaluated.class::isInstance).map(SlrEvaluated.class::cast)
        .filter(e -> e.period() == w.period()).reduce((a, b) -> b);
  }

  private static String slrOf(WorkItem w) {
    return evaluation(w).map(e -> e.report().toJsonText()).orElse("{}");
  }

  /** Step 15: a penalty on a breach, a SIP when it repeats, an SLA change and escalation when chronic. */
  private String decisions(WorkItem w, Supplier s) {
    int misses = stats.insufficientInRow(s.id());
    List<String> d = new ArrayList<>();
    d.add("{\"type\":\"penalty\"}");
    d.add("{\"type\":\"extra-meeting\",\"date\":\"" + s.sla().start().plusMonths(w.period()).plusDays(7) + "\",\"topic\":\"performance\"}");
    if (misses >= 2) {
      d.add("{\"type\":\"sip\",\"actions\":[{\"description\":\"stabilise storage\",\"owner\":\"" + s.id()
          + "\",\"due\":\"" + s.sla().start().plusMonths(w.period() + 2) + "\",\"criterion\":\"availability >= 99.8%\"}]}");
    }
    boolean change = misses >= 3 && times(w, "sla-change") == 1;
    if (change) {
      d.add("{\"type\":\"sla-change\",\"what\":\"add a KPI for storage incidents\"}");
      d.add("{\"type\":\"escalation\",\"level\":1,\"reason\":\"three insufficient months\"}");
    }
    stats.decided(misses, change);
    return "[" + String.join(",", d) + "]";
  }

  private void review(WorkItem w, CompleteStep.Builder b) {
    String supplier = w.subjects().getOrDefault("supplier", "");
    switch (w.step()) {
      case 1 -> b.document(DocumentInput.of("jaarkalender", "jaarkalender.ics", "Periodieke review leveranciersrisico's"));
      case 2 -> {
        List<String> proposed = w.recorded().stream().filter(RankingMade.class::isInstance)
            .map(RankingMade.class::cast).reduce((x, y) -> y).map(RankingMade::ranking).orElse(List.of())
            .stream().filter(Ranked::proposed).map(Ranked::supplier).toList();
        b.declares("supplier", proposed);
      }
      case 3 -> {
        RiskProfile profile = profile(supplier, w);
        List<String> actions = profile.level().ordinal() >= 1
            ? List.of(supplier + "-exit-plan", supplier + "-iso27001") : List.of();
        declaredActions.put(supplier, actions);
        b.document(DocumentInput.of("risicoprofiel-template", "template-risicoprofiel.docx", "template v1"))
            .document(DocumentInput.of("risicoprofiel", "risicoprofiel-" + supplier + ".json", profile.toJson()))
            .declares("mitigation-action", actions);
        stats.profile(supplier, profile);
      }
      case 6 -> b.outcome(w.recorded().stream().filter(RiskProfileScored.class::isInstance)
          .map(RiskProfileScored.class::cast).filter(p -> p.supplier().equals(supplier))
          .reduce((x, y) -> y).map(p -> p.level() == RiskLevel.LOW).orElse(true) ? "nee" : "ja");
      case 8 -> b.note("status update for " + supplier + ": actions in progress")
          .document(DocumentInput.of("mitigatie-acties", "mitigatie-acties-" + supplier + ".json", agree(w)));
      case 9 -> b.outcome(times(w, "judge-" + supplier) == 1 ? "nee" : "ja");
      case 11 -> b.outcome(times(w, "mt-" + supplier) == 1 && random.nextBoolean() ? "nee" : "ja");
      case 13 -> b.document(DocumentInput.of("risicoprofiel", "risicoprofiel-" + supplier + "-definitief.json",
          stats.profileJson(supplier)))
          .document(DocumentInput.of("mitigatie-acties", "mitigatie-acties-" + supplier + ".txt",
              "agreed and closed actions with status updates"));
      default -> { }
    }
  }

  /**
   * Step 8: the supplier's mitigation actions with their due dates, two and four months ahead. The
   * first supplier's last action, the first time it is agreed, will be judged late.
   */
  private String agree(WorkItem w) {
    List<String> actions = declaredActions.getOrDefault(w.subjects().getOrDefault("supplier", ""), List.of());
    List<String> json = new ArrayList<>();
    for (int i = 0; i < actions.size(); i++) {
      String id = actions.get(i);
      LocalDate due = today().plusMonths(2 + 2L * i);
      actionsDue.put(w.instance() + "/" + id, due);
      if (late == null && i == actions.size() - 1) {
        late = w.instance() + "/" + id + "@" + due;
      }
      json.add("{\"id\":\"" + id + "\",\"description\":\"" + (id.endsWith("exit-plan")
          ? "exit plan drawn up and tested" : "ISO 27001 certificate covers the service") + "\",\"due\":\"" + due + "\"}");
    }
    return "[" + String.join(",", json) + "]";
  }

  private RiskProfile profile(String supplier, WorkItem w) {
    int trend = stats.trendLikelihood(supplier);
    List<RiskProfile.Score> scores = new ArrayList<>();
    for (RiskProfileTemplate.Criterion c : RiskProfileTemplate.standard().criteria()) {
      int likelihood = c.id().equals("performance-trend") ? trend : 1 + random.nextInt(3);
      int impact = 2 + random.nextInt(3);
      scores.add(new RiskProfile.Score(c.id(), likelihood, impact, Math.max(1, likelihood - 1), impact,
          "assessed with the service owner and the SLM"));
    }
    return new RiskProfile(supplier, w.instance().value(), scores, List.of("exit plan", "certification scope"));
  }

  private void renewal(WorkItem w, CompleteStep.Builder b) {
    String supplier = w.supplier().orElse("");
    switch (w.step()) {
      case 1 -> b.document(DocumentInput.of("evaluatie", "evaluatie-" + supplier + ".txt",
          "insufficient months: " + stats.insufficientTotal(supplier)));
      case 3 -> {
        int bad = stats.insufficientTotal(supplier);
        String decision = bad <= 1 ? "verlengen" : bad <= 4 ? "opnieuw aanbesteden" : "beëindigen";
        b.outcome(decision);
        stats.renewal(supplier, decision);
      }
      case 5 -> b.outcome("akkoord");
      case 7 -> b.document(DocumentInput.of("opzegging", "opzegbrief-" + supplier + ".txt", "notice given"));
      case 8 -> b.document(DocumentInput.of("exitplan", "exitplan-" + supplier + ".txt", "exit carried out"));
      case 9 -> b.document(DocumentInput.of("verlenging", "verlenging-" + supplier + ".txt", "renewal signed"));
      default -> { }
    }
  }
}
