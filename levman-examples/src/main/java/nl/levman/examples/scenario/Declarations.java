package nl.levman.examples.scenario;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.levman.domain.credit.PenaltyRule;
import nl.levman.domain.mandate.Mandaatlijst;
import nl.levman.domain.risk.Area;
import nl.levman.domain.risk.Candidate;
import nl.levman.domain.risk.RiskProfileTemplate;
import nl.levman.domain.sla.Consequence;
import nl.levman.domain.sla.Direction;
import nl.levman.domain.sla.Kpi;
import nl.levman.domain.sla.Money;
import nl.levman.domain.sla.RenewalKind;
import nl.levman.domain.sla.ReportingPeriod;
import nl.levman.domain.sla.ServiceLevelAgreement;
import nl.levman.model.LevmanException;
import nl.levman.model.Term;
import nl.levman.spi.Jaarkalender;

/**
 * Reads what a scenario declares for the handbook's rules: the SLA (KPIs with target and warning
 * band, penalty rules, term), the Mandaatlijst, the risk profile template, the ranking's candidates,
 * and the Jaarkalender's entries. The domain's own checks apply; their message is given the path.
 */
final class Declarations {
  private static final Set<String> RULES = Set.of("sla", "mandaatlijst", "riskTemplate", "ranking");
  private final int format;

  Declarations(int format) {
    this.format = format;
  }

  Scenario.Declared read(Node root, Optional<Scenario.Start> start) {
    if (format < 2) {
      for (String key : RULES) {
        if (root.has(key)) {
          throw root.at(key).fail("declares the handbook's rules, which a scenario of format 1 does not bind;"
              + " write \"format\": 2");
        }
      }
    }
    List<ServiceLevelAgreement> slas = root.has("sla") ? List.of(sla(root.at("sla"), start)) : List.of();
    List<Mandaatlijst.Version> mandaatlijst = root.has("mandaatlijst")
        ? root.list("mandaatlijst").stream().map(Declarations::version).toList()
        : List.of(new Mandaatlijst.Version(LocalDate.of(2000, 1, 1), List.of()));
    RiskProfileTemplate template = root.has("riskTemplate") ? template(root.at("riskTemplate"))
        : RiskProfileTemplate.standard();
    int selected = 5;
    List<Candidate> candidates = List.of();
    if (root.has("ranking")) {
      Node r = root.at("ranking").object("the ranking", Set.of("select", "candidates"));
      selected = r.optWhole("select", 1).orElse(selected);
      candidates = r.list("candidates").stream().map(Declarations::candidate).toList();
    }
    List<Jaarkalender.Entry> entries = root.list("jaarkalender").stream().map(Declarations::entry).toList();
    return new Scenario.Declared(slas, mandaatlijst, template, selected, candidates, entries);
  }

  private static ServiceLevelAgreement sla(Node s, Optional<Scenario.Start> start) {
    s.object("an SLA", Set.of("id", "supplier", "service", "start", "end", "noticePeriod", "renewal",
        "reportingPeriod", "deliveryDays", "monthlyFee", "kpis", "penaltyRules"));
    Optional<Term> term = start.flatMap(x -> x.context().term());
    String id = s.optText("id").or(() -> start.flatMap(x -> x.context().contract()))
        .orElseThrow(() -> s.fail("'id' is missing (or give start.contract)"));
    String supplier = s.optText("supplier").or(() -> start.flatMap(x -> x.context().supplier()))
        .orElseThrow(() -> s.fail("'supplier' is missing (or give start.supplier)"));
    String service = s.optText("service").or(() -> start.flatMap(x -> x.context().service())).orElse("service");
    LocalDate from = ScenarioReader.optDate(s, "start").or(() -> term.map(Term::start))
        .orElseThrow(() -> s.fail("'start' is missing (or give start.term)"));
    LocalDate to = ScenarioReader.optDate(s, "end").or(() -> term.map(Term::end))
        .orElseThrow(() -> s.fail("'end' is missing (or give start.term)"));
    if (!to.isAfter(from)) {
      throw s.fail("the SLA ends (" + to + ") before or when it starts (" + from + ")");
    }
    Period notice = s.has("noticePeriod") ? ScenarioReader.period(s.at("noticePeriod")) : Period.ofMonths(1);
    List<Kpi> kpis = s.list("kpis").stream().map(Declarations::kpi).toList();
    if (kpis.isEmpty()) {
      throw s.fail("an SLA needs at least one KPI in 'kpis'");
    }
    List<PenaltyRule> rules = s.list("penaltyRules").stream().map(r -> rule(r, kpis)).toList();
    return domain(s, () -> ServiceLevelAgreement.builder().id(id).supplier(supplier).service(service)
        .start(from).end(to).noticePeriod(notice)
        .renewal(word(s, "renewal", RenewalKind.values(), RenewalKind.TACIT))
        .reportingPeriod(word(s, "reportingPeriod", ReportingPeriod.values(), ReportingPeriod.MONTHLY))
        .deliveryDays(s.optWhole("deliveryDays", 0).orElse(10))
        .monthlyFee(new Money(s.decimal("monthlyFee"), "EUR"))
        .addAllKpis(kpis).addAllPenaltyRules(rules).build());
  }

  private static Kpi kpi(Node k) {
    k.object("a KPI", Set.of("id", "nameNl", "nameEn", "unit", "precision", "direction", "target", "warning",
        "measurement", "weight", "consequence"));
    String id = k.text("id");
    return domain(k, () -> new Kpi(id, k.optText("nameNl").orElse(id), k.optText("nameEn").orElse(id),
        k.text("unit"), k.optWhole("precision", 0).orElse(2),
        word(k, "direction", Direction.values(), null), k.decimal("target"), k.decimal("warning"),
        k.optText("measurement").orElse("period"), k.has("weight") ? k.decimal("weight") : BigDecimal.ONE,
        word(k, "consequence", Consequence.values(), Consequence.SERVICE_CREDIT)));
  }

  private static PenaltyRule rule(Node r, List<Kpi> kpis) {
    r.object("a penalty rule", Set.of("kind", "kpi", "tiers", "amount", "perUnit", "atRiskPercent",
        "allocation", "cap", "minimum", "earnBack"));
    String kind = r.text("kind");
    PenaltyRule.Limits limits = limits(r);
    return switch (kind) {
      case "tiered-percent" -> domain(r, () -> new PenaltyRule.TieredPercent(kpi(r, kpis),
          r.list("tiers").stream().map(t -> {
            t.object("a tier", Set.of("bound", "percent"));
            return new PenaltyRule.Tier(t.decimal("bound"), t.decimal("percent"));
          }).toList(), limits));
      case "fixed-per-breach" -> new PenaltyRule.FixedPerBreach(kpi(r, kpis), euro(r, "amount"), limits);
      case "per-unit-over-target" -> new PenaltyRule.PerUnitOverTarget(kpi(r, kpis), euro(r, "perUnit"), limits);
      case "at-risk-pool" -> {
        Map<String, BigDecimal> allocation = new LinkedHashMap<>();
        r.members("allocation").forEach((kpi, pct) -> {
          if (kpis.stream().noneMatch(x -> x.id().equals(kpi))) {
            throw pct.fail("no KPI of the SLA is called '" + kpi + "'");
          }
          allocation.put(kpi, pct.decimal());
        });
        yield new PenaltyRule.AtRiskPool(r.decimal("atRiskPercent"), allocation, limits);
      }
      default -> throw r.at("kind").fail("a penalty rule is tiered-percent, fixed-per-breach, "
          + "per-unit-over-target or at-risk-pool, not '" + kind + "'");
    };
  }

  private static String kpi(Node r, List<Kpi> kpis) {
    String id = r.text("kpi");
    if (kpis.stream().noneMatch(k -> k.id().equals(id))) {
      throw r.at("kpi").fail("no KPI of the SLA is called '" + id + "'");
    }
    return id;
  }

  private static PenaltyRule.Limits limits(Node r) {
    Optional<PenaltyRule.EarnBack> earnBack = Optional.empty();
    if (r.has("earnBack")) {
      Node e = r.at("earnBack").object("an earn-back", Set.of("level", "periods"));
      earnBack = Optional.of(new PenaltyRule.EarnBack(e.decimal("level"), e.whole("periods", 1)));
    }
    return new PenaltyRule.Limits(r.has("cap") ? Optional.of(euro(r, "cap")) : Optional.empty(),
        r.has("minimum") ? euro(r, "minimum") : Money.zero("EUR"), earnBack);
  }

  private static Money euro(Node n, String key) {
    BigDecimal amount = n.decimal(key);
    if (amount.signum() < 0) {
      throw n.at(key).fail("an amount cannot be negative");
    }
    return new Money(amount, "EUR");
  }

  private static Mandaatlijst.Version version(Node v) {
    v.object("a version of the Mandaatlijst", Set.of("validFrom", "mandates"));
    return new Mandaatlijst.Version(ScenarioReader.date(v, "validFrom"), v.list("mandates").stream().map(m -> {
      m.object("a mandate", Set.of("role", "documentType", "upTo"));
      return new Mandaatlijst.Mandate(m.text("role"), m.text("documentType"),
          m.has("upTo") ? Optional.of(euro(m, "upTo")) : Optional.empty());
    }).toList());
  }

  private static RiskProfileTemplate template(Node t) {
    if (t.json().isTextual()) {
      if (!t.text().equals("standard")) {
        throw t.fail("a risk template is \"standard\" or an object with name, version and criteria, not '"
            + t.text() + "'");
      }
      return RiskProfileTemplate.standard();
    }
    t.object("a risk profile template", Set.of("name", "version", "criteria"));
    List<RiskProfileTemplate.Criterion> criteria = t.list("criteria").stream().map(c -> {
      c.object("a criterion", Set.of("id", "area", "questionNl", "questionEn"));
      String id = c.text("id");
      return new RiskProfileTemplate.Criterion(id, word(c, "area", Area.values(), null),
          c.optText("questionNl").orElse(id), c.optText("questionEn").orElse(id));
    }).toList();
    if (criteria.isEmpty()) {
      throw t.fail("a risk template needs at least one criterion");
    }
    return new RiskProfileTemplate(t.text("name"), t.optWhole("version", 1).orElse(1), criteria);
  }

  private static Candidate candidate(Node c) {
    c.object("a candidate", Set.of("supplier", "profileScore", "criticality", "contractValue", "lastReview"));
    return new Candidate(c.text("supplier"), c.optWhole("profileScore", 1), c.whole("criticality", 1),
        euro(c, "contractValue"), ScenarioReader.optDate(c, "lastReview"));
  }

  private static Jaarkalender.Entry entry(Node e) {
    e.object("a Jaarkalender entry", Set.of("id", "process", "date", "title", "by", "attributes"));
    Map<String, String> attributes = new LinkedHashMap<>();
    e.members("attributes").forEach((k, v) -> attributes.put(k, v.text()));
    return new Jaarkalender.Entry(ScenarioReader.instance(e, "id"), e.text("process"),
        ScenarioReader.date(e, "date"), e.optText("title").orElse(e.text("process")), e.text("by"), attributes);
  }

  /** A word of the enum, written in lower case with hyphens (higher-is-better); the default when absent. */
  private static <E extends Enum<E>> E word(Node n, String key, E[] values, E absent) {
    if (!n.has(key)) {
      if (absent == null) {
        throw n.fail("'" + key + "' is missing");
      }
      return absent;
    }
    String text = n.text(key);
    List<String> words = new ArrayList<>();
    for (E v : values) {
      String word = v.name().toLowerCase(Locale.ROOT).replace('_', '-');
      words.add(word);
      if (word.equalsIgnoreCase(text) || v.name().equalsIgnoreCase(text)) {
        return v;
      }
    }
    throw n.at(key).fail("one of " + String.join(", ", words) + ", not '" + text + "'");
  }

  private static <T> T domain(Node at, Supplier<T> make) {
    try {
      return make.get();
    } catch (LevmanException | IllegalStateException e) {
      throw at.fail(e.getMessage());
    }
  }
}
