package nl.levman.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.api.CommandResult;
import nl.levman.api.DocumentInput;
import nl.levman.api.WorkItem;
import nl.levman.domain.Agreements;
import nl.levman.domain.credit.PenaltyRule;
import nl.levman.domain.dap.Dap;
import nl.levman.domain.mandate.Mandaatlijst;
import nl.levman.domain.credit.PenaltyDecided;
import nl.levman.domain.report.ReportRejection;
import nl.levman.domain.report.SlrEvaluated;
import nl.levman.domain.risk.RankingMade;
import nl.levman.domain.risk.RiskLevel;
import nl.levman.domain.risk.RiskProfileScored;
import nl.levman.domain.steering.SteeringDecided;
import nl.levman.domain.steering.SteeringDecision;
import nl.levman.domain.risk.Candidate;
import nl.levman.domain.risk.RiskProfile;
import nl.levman.domain.risk.RiskProfileTemplate;
import nl.levman.domain.risk.WeightedHandboekPolicy;
import nl.levman.domain.sla.Money;
import nl.levman.domain.sla.ServiceLevelAgreement;
import nl.levman.fixtures.Desk;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Rejection;
import nl.levman.model.Scope;
import nl.levman.spi.MeetingKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The domain at work in the handbook's steps, through the engine's public API. */
class HandbookBehavioursTest {
  static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
  static final ServiceLevelAgreement SLA = Agreements.sla(new PenaltyRule.TieredPercent("availability",
      List.of(new PenaltyRule.Tier(new BigDecimal("99.9"), new BigDecimal("10")),
          new PenaltyRule.Tier(new BigDecimal("99.0"), new BigDecimal("30"))), PenaltyRule.Limits.none("EUR")));
  static final Dap DAP = new Dap("acme", List.of(), List.of(),
      List.of(new Dap.MeetingAgreement(Dap.Level.TACTICAL, java.time.Period.ofMonths(3), List.of("SLM", "DE"))),
      Map.of(), List.of(), new Dap.ReportingAgreement(List.of("availability"), 10, "PDF"), List.of());
  Desk desk;

  @BeforeEach
  void desk() {
    nl.levman.spi.Agreements register = new nl.levman.spi.Agreements() {
      public Optional<ServiceLevelAgreement> sla(String id) {
        return id.equals(SLA.id()) ? Optional.of(SLA) : Optional.empty();
      }

      public Optional<Dap> dap(String supplier) {
        return Optional.of(DAP);
      }
    };
    var mandates = new nl.levman.memory.InMemoryMandates()
        .add(new Mandaatlijst.Version(LocalDate.of(2020, 1, 1), List.of()));
    desk = new Desk(b -> b.behaviours(ServiceLevelBehaviours.with(register, mandates))
        .behaviours(SupplierRiskBehaviours.with(new WeightedHandboekPolicy(1), day -> List.of(
            new Candidate("acme", Optional.of(16), 5, Money.euro("400000"), Optional.empty()),
            new Candidate("globex", Optional.of(4), 2, Money.euro("90000"), Optional.empty())),
            RiskProfileTemplate.standard())),
        ServiceLevelManagement.definition(), SupplierRiskReview.definition());
    desk.directory.grant("ann", "SLM", Scope.service("hosting")).grant("lars", "LEV", Scope.supplier("acme"))
        .grant("dirk", "DE", Scope.service("hosting")).grant("carla", "CCM", Scope.organisation())
        .grant("carl", "CM", Scope.supplier("acme"));
  }

  private void atPeriod1Delivery() {
    desk.start("sla", Handbook.SERVICE_LEVEL_MANAGEMENT, "ann", new ProcessContext(Optional.of("acme"),
        Optional.of(SLA.id()), Optional.of("hosting"), Map.of(Handbook.DAP_WANTED, false), Map.of(),
        Optional.of(SLA.term()), Map.of()));
    ok(desk.complete("sla", 1, "ann"));
    ok(desk.complete("sla", 2, "ann"));
    ok(desk.complete("sla", 3, "ann"));
    ok(desk.complete("sla", 7, "ann"));
    ok(desk.complete("sla", 8, "lars"));
    ok(desk.decide("sla", 9, "ann", "akkoord"));
    ok(desk.decide("sla", 10, "dirk", "akkoord"));
    ok(desk.complete("sla", 11, "ann"));
    desk.clock.set(LocalDate.of(2026, 2, 2).atTime(9, 0).atZone(AMS).toInstant());
  }

  private static void ok(CommandResult r) {
    assertThat(r.accepted()).as(r.toString()).isTrue();
  }

  private CommandResult deliver(String availability) {
    return desk.engine.complete(desk.completion("sla", desk.only("sla", 12), "lars")
        .document(DocumentInput.of("slr", "slr-2026-01.json",
            Agreements.report(1, availability, "3", "8").toJsonText())).build());
  }

  @Test
  void step2PlansTheDapsContractualMeetings() {
    atPeriod1Delivery();
    assertThat(desk.archive.planned("acme", SLA.id())).singleElement().satisfies(m -> {
      assertThat(m.request().kind()).isEqualTo(MeetingKind.CONTRACTUAL);
      assertThat(m.request().recurrence().orElseThrow()).startsWith("FREQ=MONTHLY;INTERVAL=3");
    });
  }

  @Test
  void aReportWithoutEveryKpiIsRefusedAndNothingChanges() {
    atPeriod1Delivery();
    long before = desk.events("sla");
    String partial = "{\"sla\":\"sla-acme-hosting\",\"period\":1,\"from\":\"2026-01-01\",\"to\":\"2026-02-01\","
        + "\"kpis\":{\"availability\":{\"value\":99.9,\"unit\":\"%\"}}}";
    CommandResult r = desk.engine.complete(desk.completion("sla", desk.only("sla", 12), "lars")
        .document(DocumentInput.of("slr", "slr.json", partial)).build());
    assertThat(((CommandResult.Rejected) r).rejection()).isEqualTo(new ReportRejection.KpiValueMissing("p1-resolution", 1));
    assertThat(desk.events("sla")).isEqualTo(before);
  }

  @Test
  void step14ShowsTheProposalComputedFromTheSlrAndABreachCallsAnAdHocMeeting() {
    atPeriod1Delivery();
    ok(deliver("98.50"));
    ok(desk.complete("sla", 13, "ann"));
    WorkItem assess = desk.only("sla", 14);
    SlrEvaluated evaluated = recorded(assess.recorded(), SlrEvaluated.class).get(0);
    assertThat(evaluated.proposal()).isEqualTo("nee");
    assertThat(evaluated.reasons()).anySatisfy(r -> assertThat(r).contains("availability 98.50 % is beyond the breach threshold 99.0"));
    assertThat(desk.published.ofKind("ad-hoc-meeting")).singleElement()
        .satisfies(n -> assertThat(n.message()).contains("ad hoc meeting"));
    assertThat(desk.archive.planned("acme", SLA.id())).anySatisfy(m ->
        assertThat(m.request().kind()).isEqualTo(MeetingKind.AD_HOC_PERFORMANCE));
  }

  @Test
  void step15ComputesThePenaltyWithItsTraceAndAnSlaChangeRaisesStep17() {
    atPeriod1Delivery();
    ok(deliver("98.50"));
    ok(desk.complete("sla", 13, "ann"));
    ok(desk.decide("sla", 14, "ann", "nee"));
    ok(desk.engine.complete(desk.completion("sla", desk.only("sla", 15), "ann")
        .document(DocumentInput.of("slr", "slr-2026-01.json", Agreements.report(1, "98.50", "3", "8").toJsonText()))
        .document(DocumentInput.of("besluiten", "besluiten-2026-01.json",
            "[{\"type\":\"penalty\"},{\"type\":\"sla-change\",\"what\":\"availability target 99.5\"},"
                + "{\"type\":\"escalation\",\"level\":1,\"reason\":\"repeated outages\"},"
                + "{\"type\":\"sip\",\"actions\":[{\"description\":\"redundant storage\",\"owner\":\"acme\","
                + "\"due\":\"2026-04-01\",\"criterion\":\"no outage > 1h\"}]}]")).build()));
    var recorded = desk.engine.instance(InstanceId.of("sla")).orElseThrow().open().get(0).recorded();
    // 98.50 < 99.0 → 30% of € 20,000 = € 6,000.00
    PenaltyDecided penalty = recorded(recorded, PenaltyDecided.class).get(0);
    assertThat(penalty.period()).isEqualTo(1);
    assertThat(penalty.amount()).isEqualTo(Money.euro("6000.00"));
    assertThat(String.join("\n", penalty.trace())).contains("band < 99.0 %");
    assertThat(recorded(recorded, SteeringDecided.class).get(0).decisions()).hasSize(4)
        .anySatisfy(d -> assertThat(d).isInstanceOf(SteeringDecision.Escalation.class));
    assertThat(desk.open("sla", 17)).singleElement().satisfies(w -> assertThat(w.step()).isEqualTo(17));
    assertThat(desk.open("sla", 12)).as("the cycle goes on").hasSize(1);
    assertThat(desk.published.ofKind("escalation")).hasSize(1);
  }

  @Test
  void aChangedDocumentWithoutTheSuppliersSignatureIsRefusedNamingTheMandate() {
    atPeriod1Delivery();
    desk.engine.raise(new nl.levman.api.RaiseStep(desk.nextCommand(), InstanceId.of("sla"), 17,
        PersonId.of("ann"), "KPI change"));
    CommandResult r = desk.engine.complete(desk.completion("sla", desk.only("sla", 17), "ann")
        .document(DocumentInput.of("mandaatlijst", "m.pdf", "x")).document(DocumentInput.of("handleiding", "h.pdf", "x"))
        .document(DocumentInput.of("sla", "sla-v2.pdf", "SLA v2"))
        .field("changed", "sla").field("signatures", "[{\"person\":\"dirk\",\"role\":\"DE\"}]").build());
    Rejection rejection = ((CommandResult.Rejected) r).rejection();
    assertThat(rejection.message()).isEqualTo("the sla lacks a signature: the supplier (LEV) must sign");
    ok(desk.engine.complete(desk.completion("sla", desk.only("sla", 17), "ann")
        .document(DocumentInput.of("mandaatlijst", "m.pdf", "x")).document(DocumentInput.of("handleiding", "h.pdf", "x"))
        .document(DocumentInput.of("sla", "sla-v2.pdf", "SLA v2"))
        .field("changed", "sla").field("signatures", nl.levman.fixtures.HandbookKit.signatures("dirk", "lars")).build()));
  }

  @Test
  void step2ShowsTheRankingAndStep3WantsAFilledTemplate() {
    desk.start("review", Handbook.SUPPLIER_RISK_REVIEW, "carla", ProcessContext.empty());
    ok(desk.engine.complete(desk.completion("review", desk.only("review", 1), "carla")
        .document(DocumentInput.of("jaarkalender", "k.ics", "x")).build()));
    WorkItem select = desk.only("review", 2);
    RankingMade ranking = recorded(select.recorded(), RankingMade.class).get(0);
    assertThat(ranking.ranking()).extracting(r -> r.supplier() + ":" + r.proposed())
        .containsExactly("acme:true", "globex:false");
    ok(desk.engine.complete(desk.completion("review", select, "carla").declares("supplier", List.of("acme")).build()));
    RiskProfile incomplete = new RiskProfile("acme", "review", List.of(
        new RiskProfile.Score("incidents", 3, 4, 2, 4, "two incidents")), List.of());
    CommandResult refused = desk.engine.complete(desk.completion("review", desk.only("review", 3), "carl")
        .document(DocumentInput.of("risicoprofiel-template", "t.docx", "t"))
        .document(DocumentInput.of("risicoprofiel", "p.json", incomplete.toJson())).build());
    assertThat(((CommandResult.Rejected) refused).rejection().message()).contains("criterion 'performance-trend' is scored 0 times");
    List<RiskProfile.Score> scores = new ArrayList<>();
    RiskProfileTemplate.standard().criteria().forEach(c -> scores.add(new RiskProfile.Score(c.id(), 3, 4, 2, 3, "assessed")));
    ok(desk.engine.complete(desk.completion("review", desk.only("review", 3), "carl")
        .document(DocumentInput.of("risicoprofiel-template", "t.docx", "t"))
        .document(DocumentInput.of("risicoprofiel", "p.json", new RiskProfile("acme", "review", scores, List.of()).toJson()))
        .build()));
    assertThat(recorded(desk.only("review", 4).recorded(), RiskProfileScored.class))
        .containsExactly(new RiskProfileScored("acme", 12, 6, RiskLevel.MEDIUM, false));
    ok(desk.complete("review", 4, "carla"));
    assertThat(desk.archive.planned("levman", "review")).singleElement()
        .satisfies(m -> assertThat(m.request().kind()).isEqualTo(MeetingKind.MT_REVIEW));
  }

  private static <E> List<E> recorded(List<nl.levman.model.DomainEvent> events, Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
