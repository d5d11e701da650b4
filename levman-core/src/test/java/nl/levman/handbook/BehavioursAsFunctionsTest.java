package nl.levman.handbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.levman.api.DocumentInput;
import nl.levman.behaviour.Decision;
import nl.levman.behaviour.Decoded;
import nl.levman.behaviour.Effect;
import nl.levman.behaviour.StepBehaviour;
import nl.levman.behaviour.StepContext;
import nl.levman.behaviour.StepInput;
import nl.levman.domain.credit.PenaltyDecided;
import nl.levman.domain.mandate.Mandaatlijst;
import nl.levman.domain.mandate.SignaturesChecked;
import nl.levman.domain.mitigation.MitigationActionsAgreed;
import nl.levman.domain.mitigation.MitigationRejection;
import nl.levman.domain.report.ReportRejection;
import nl.levman.domain.report.SlrEvaluated;
import nl.levman.domain.risk.RiskProfileRejection;
import nl.levman.domain.risk.RiskProfileScored;
import nl.levman.domain.risk.RiskProfileTemplate;
import nl.levman.domain.sla.Money;
import nl.levman.domain.steering.SteeringDecided;
import nl.levman.fixtures.HandbookKit;
import nl.levman.model.DomainEvent;
import nl.levman.model.InputRejection;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Rejection;
import nl.levman.model.Term;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every handbook behaviour's decoder and decision, as plain functions, table by table. */
class BehavioursAsFunctionsTest {
  static final HandbookKit KIT = new HandbookKit();
  static final ProcessContext SLA_CONTEXT = new ProcessContext(Optional.of("acme"), Optional.of("sla-acme"),
      Optional.of("hosting"), Map.of(), Map.of(), Optional.of(new Term(LocalDate.of(2026, 1, 1),
          LocalDate.of(2027, 1, 1), Period.ofMonths(1), 10, LocalDate.of(2026, 9, 1))), Map.of());

  static {
    KIT.register(SLA_CONTEXT);
  }

  static StepInput input(int step, Map<String, String> fields, DocumentInput... documents) {
    return new StepInput(step, Optional.empty(), List.of(documents), Map.of(), fields);
  }

  static StepContext context(int period, Map<String, String> subjects, List<DomainEvent> earlier) {
    return new StepContext(InstanceId.of("i"), SLA_CONTEXT, subjects, period, PersonId.of("ann"),
        Instant.parse("2026-02-02T09:00:00Z"), ZoneId.of("Europe/Amsterdam"),
        Map.of("mitigation-action", List.of("exit-plan")), earlier);
  }

  static <I> Rejection refusedDecoding(StepBehaviour<I> b, StepInput in) {
    Decoded<I> d = b.decode(in);
    assertThat(d).as("refused").isInstanceOf(Decoded.Refused.class);
    return ((Decoded.Refused<I>) d).rejection();
  }

  static <I> Decision decided(StepBehaviour<I> b, StepInput in, StepContext c) {
    Decoded<I> d = b.decode(in);
    assertThat(d).as("decoded").isInstanceOf(Decoded.Value.class);
    return b.decide(((Decoded.Value<I>) d).value(), c);
  }

  static DocumentInput slr(String text) {
    return DocumentInput.of("slr", "slr.json", text);
  }

  static Stream<Arguments> undecodableSlrs() {
    return Stream.of(
        Arguments.of("", "DocumentUnreadable"),
        Arguments.of("not json", "DocumentUnreadable"),
        Arguments.of("[1]", "DocumentUnreadable"),
        Arguments.of("{\"sla\":\"sla-acme\",\"period\":1}", "DocumentUnreadable"),
        Arguments.of("{\"sla\":\"sla-acme\",\"period\":0,\"from\":\"2026-01-01\",\"to\":\"2026-02-01\",\"kpis\":{}}",
            "DocumentUnreadable"),
        Arguments.of("{\"sla\":\"sla-acme\",\"period\":1,\"from\":\"first\",\"to\":\"2026-02-01\",\"kpis\":{}}",
            "DocumentUnreadable"),
        Arguments.of("{\"sla\":\"sla-acme\",\"period\":1,\"from\":\"2026-01-01\",\"to\":\"2026-02-01\","
            + "\"kpis\":{\"availability\":{\"value\":\"high\",\"unit\":\"%\"}}}", "DocumentUnreadable"),
        Arguments.of("{\"sla\":\"sla-acme\",\"period\":1,\"from\":\"2026-01-01\",\"to\":\"2026-02-01\","
            + "\"kpis\":{\"availability\":{\"value\":1e9999999,\"unit\":\"%\"}}}", "DocumentUnreadable"),
        Arguments.of("{\"sla\":\"sla-acme\",\"period\":4294967297,\"from\":\"2026-01-01\",\"to\":\"2026-02-01\","
            + "\"kpis\":{}}", "DocumentUnreadable"),
        Arguments.of("[".repeat(100_000), "DocumentUnreadable"));
  }

  @ParameterizedTest
  @MethodSource("undecodableSlrs")
  void anSlrThatCannotBeReadIsATypedRejectionNamingTheField(String text, String code) {
    Rejection r = refusedDecoding(new SlrDelivery(KIT), input(12, Map.of(), slr(text)));
    assertThat(r.code()).isEqualTo(code);
  }

  @Test
  void aCorrectionFlagThatIsNeitherTrueNorFalseIsRefused() {
    assertThat(refusedDecoding(new SlrDelivery(KIT), input(12, Map.of("correction", "yes"),
        slr(KIT.slr("sla-acme", 1, "99.95"))))).isEqualTo(new InputRejection.FieldMalformed(12, "correction",
            "must be true or false, not 'yes'"));
  }

  static Stream<Arguments> refusedSlrs() {
    String first = KIT.slr("sla-acme", 1, "99.95");
    SlrEvaluated earlier = (SlrEvaluated) ((Decision.Accepted) decided(new SlrDelivery(KIT),
        input(12, Map.of(), slr(first)), context(1, Map.of(), List.of()))).events().get(0);
    return Stream.of(
        Arguments.of(first, 2, List.of(), new ReportRejection.WrongPeriod(1, 2)),
        Arguments.of(first, 1, List.of(earlier), new ReportRejection.ReportExists(1, 1)),
        Arguments.of(first.replace("\"%\"", "\"h\""), 1, List.of(),
            new ReportRejection.WrongUnit("availability", "h", "%")),
        Arguments.of(first.replace("availability", "uptime"), 1, List.of(),
            new ReportRejection.KpiValueMissing("availability", 1)),
        Arguments.of(first.replace("99.95", "-5"), 1, List.of(),
            new ReportRejection.ValueOutOfRange("availability", "-5", "0 to 100 %")),
        Arguments.of(first.replace("99.95", "250"), 1, List.of(),
            new ReportRejection.ValueOutOfRange("availability", "250", "0 to 100 %")),
        Arguments.of(first.replace("2026-02-01", "2026-02-03"), 1, List.of(),
            new ReportRejection.DatesDoNotMatchPeriod(1, "2026-01-01", "2026-02-01", "2026-01-01", "2026-02-03")));
  }

  @ParameterizedTest
  @MethodSource("refusedSlrs")
  void anSlrThatDoesNotFitItsSlaOrPeriodIsRefused(String text, int period, List<DomainEvent> earlier,
      Rejection expected) {
    Decision d = decided(new SlrDelivery(KIT), input(12, Map.of(), slr(text)), context(period, Map.of(), earlier));
    assertThat(d).isEqualTo(Decision.refuse(expected));
  }

  @Test
  void anSlrOfAnSlaNotInTheRegisterIsRefused() {
    Decision d = decided(new SlrDelivery(new nl.levman.memory.InMemoryAgreements()),
        input(12, Map.of(), slr(KIT.slr("sla-acme", 1, "99.95"))), context(1, Map.of(), List.of()));
    assertThat(d).isEqualTo(Decision.refuse(new ReportRejection.AgreementUnknown("sla-acme")));
  }

  @Test
  void aBreachedSlrIsEvaluatedWithTheProposalAndCallsTheAdHocMeeting() {
    Decision.Accepted d = (Decision.Accepted) decided(new SlrDelivery(KIT),
        input(12, Map.of(), slr(KIT.slr("sla-acme", 1, "98.50"))), context(1, Map.of(), List.of()));
    SlrEvaluated e = (SlrEvaluated) d.events().get(0);
    assertThat(e.proposal()).isEqualTo("nee");
    assertThat(d.effects()).hasAtLeastOneElementOfType(Effect.PlanMeeting.class)
        .anySatisfy(x -> assertThat(x).isInstanceOfSatisfying(Effect.Signal.class,
            s -> assertThat(s.name()).isEqualTo("ad-hoc-meeting")));
  }

  static Stream<Arguments> badSignatures() {
    return Stream.of(
        Arguments.of(Map.of(), "FieldMissing"),
        Arguments.of(Map.of("signatures", "dirk:DE,lars:LEV"), "FieldMalformed"),
        Arguments.of(Map.of("signatures", "[{\"person\":\"dirk\"}]"), "FieldMalformed"),
        Arguments.of(Map.of("signatures", HandbookKit.signatures("dirk", "lars"), "value", "lots"), "FieldMalformed"),
        Arguments.of(Map.of("signatures", HandbookKit.signatures("dirk", "lars"), "value", "-5"), "FieldMalformed"));
  }

  @ParameterizedTest
  @MethodSource("badSignatures")
  void signaturesThatCannotBeReadAreTypedRejections(Map<String, String> fields, String code) {
    assertThat(refusedDecoding(new DapSigned(KIT.mandates), input(6, fields)).code()).isEqualTo(code);
  }

  @Test
  void signaturesAreCheckedAgainstTheMandaatlijstAndRecorded() {
    Decision refused = decided(new DapSigned(KIT.mandates),
        input(6, Map.of("signatures", "[{\"person\":\"dirk\",\"role\":\"DE\"}]")), context(0, Map.of(), List.of()));
    assertThat(refused).isEqualTo(Decision.refuse(new Mandaatlijst.MandateMissing("dap", "the supplier (LEV) must sign")));
    Decision.Accepted ok = (Decision.Accepted) decided(new DapSigned(KIT.mandates),
        input(6, Map.of("signatures", HandbookKit.signatures("dirk", "lars"))), context(0, Map.of(), List.of()));
    assertThat(ok.events()).containsExactly(new SignaturesChecked("dap", Money.euro("0"), LocalDate.of(2026, 2, 2),
        List.of(new Mandaatlijst.Signature("dirk", "DE"), new Mandaatlijst.Signature("lars", "LEV"))));
  }

  static Stream<Arguments> badChanges() {
    String signed = HandbookKit.signatures("dirk", "lars");
    return Stream.of(
        Arguments.of(Map.of("changed", "contract", "signatures", signed), List.of(), "FieldMalformed"),
        Arguments.of(Map.of("changed", "dap", "signatures", signed), List.of(DocumentInput.of("sla", "s.pdf", "x")),
            "DocumentMissing"),
        Arguments.of(Map.of("changed", "sla"), List.of(DocumentInput.of("sla", "s.pdf", "x")), "FieldMissing"));
  }

  @ParameterizedTest
  @MethodSource("badChanges")
  void aChangeNeedsItsChangedDocumentAndItsSignatures(Map<String, String> fields, List<DocumentInput> docs,
      String code) {
    assertThat(refusedDecoding(new ChangeSigned(KIT.mandates), input(17, fields, docs.toArray(DocumentInput[]::new)))
        .code()).isEqualTo(code);
  }

  static Stream<Arguments> badDecisions() {
    return Stream.of(Arguments.of("{}"), Arguments.of("[{\"type\":\"bonus\"}]"),
        Arguments.of("[{\"type\":\"escalation\",\"level\":99,\"reason\":\"x\"}]"),
        Arguments.of("[{\"type\":\"extra-meeting\",\"date\":\"soon\",\"topic\":\"x\"}]"),
        Arguments.of("[{\"type\":\"sip\",\"actions\":[{\"description\":\"x\"}]}]"));
  }

  @ParameterizedTest
  @MethodSource("badDecisions")
  void decisionsThatCannotBeReadAreRefused(String text) {
    assertThat(refusedDecoding(new Steering(KIT), input(15, Map.of(), DocumentInput.of("besluiten", "b.json", text)))
        .code()).isEqualTo("DocumentUnreadable");
  }

  @Test
  void aPenaltyIsComputedFromThePeriodsSlrAndAnSlaChangeRaisesByTrigger() {
    StepInput decisions = input(15, Map.of(), DocumentInput.of("besluiten", "b.json",
        "[{\"type\":\"penalty\"},{\"type\":\"sla-change\",\"what\":\"target\"}]"));
    assertThat(decided(new Steering(KIT), decisions, context(1, Map.of(), List.of())))
        .isEqualTo(Decision.refuse(new ReportRejection.NoReportForPeriod(1)));
    SlrEvaluated evaluated = (SlrEvaluated) ((Decision.Accepted) decided(new SlrDelivery(KIT),
        input(12, Map.of(), slr(KIT.slr("sla-acme", 1, "98.50"))), context(1, Map.of(), List.of()))).events().get(0);
    Decision.Accepted d = (Decision.Accepted) decided(new Steering(KIT), decisions,
        context(1, Map.of(), List.of(evaluated)));
    assertThat(d.events()).hasSize(2).first().isInstanceOf(SteeringDecided.class);
    assertThat(((PenaltyDecided) d.events().get(1)).amount()).isEqualTo(Money.euro("3000.00"));
    assertThat(d.effects()).contains(new Effect.Raise(ServiceLevelBehaviours.SLA_CHANGE,
        "SLA change decided at step 15: target"));
  }

  @Test
  void aRiskProfileIsOfTheWorkItemsSupplierAndFillsTheTemplate() {
    ProfileCheck check = new ProfileCheck(SupplierRiskBehaviours.RISK_PROFILE, RiskProfileTemplate.standard(), false);
    StepInput acme = input(3, Map.of(), DocumentInput.of("risicoprofiel", "p.json", HandbookKit.profile("acme")));
    assertThat(decided(check, acme, context(0, Map.of("supplier", "globex"), List.of())))
        .isEqualTo(Decision.refuse(new RiskProfileRejection.ProfileOfOtherSupplier("acme", "globex")));
    assertThat(((Decision.Accepted) decided(check, acme, context(0, Map.of("supplier", "acme"), List.of())))
        .events()).singleElement().isInstanceOf(RiskProfileScored.class);
    assertThat(refusedDecoding(check, input(3, Map.of(), DocumentInput.of("risicoprofiel", "p.json",
        "{\"supplier\":\"acme\",\"review\":\"r\",\"scores\":[{\"criterion\":\"x\",\"likelihood\":500}]}"))).code())
        .isEqualTo("DocumentUnreadable");
  }

  @Test
  void mitigationActionsMustBeDeclaredAndGetTheirDueDates() {
    MitigationDeadlines b = new MitigationDeadlines();
    assertThat(decided(b, input(8, Map.of()), context(0, Map.of("supplier", "acme"), List.of())))
        .isEqualTo(Decision.nothing());
    StepInput unknown = input(8, Map.of(), DocumentInput.of("mitigatie-acties", "a.json",
        "[{\"id\":\"iso\",\"description\":\"certify\",\"due\":\"2026-05-01\"}]"));
    assertThat(decided(b, unknown, context(0, Map.of("supplier", "acme"), List.of())))
        .isEqualTo(Decision.refuse(new MitigationRejection.UnknownAction("iso", List.of("exit-plan"))));
    Decision.Accepted d = (Decision.Accepted) decided(b, input(8, Map.of(), DocumentInput.of("mitigatie-acties",
        "a.json", "[{\"id\":\"exit-plan\",\"description\":\"write it\",\"due\":\"2026-05-01\"}]")),
        context(0, Map.of("supplier", "acme"), List.of()));
    assertThat(d.events()).singleElement().isInstanceOf(MitigationActionsAgreed.class);
    assertThat(d.effects()).containsExactly(new Effect.ItemDue("mitigation-action", "exit-plan", LocalDate.of(2026, 5, 1)));
  }
}
