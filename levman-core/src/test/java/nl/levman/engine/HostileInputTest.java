package nl.levman.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import nl.levman.api.RaiseStep;
import nl.levman.api.StartProcess;
import nl.levman.api.WorkItem;
import nl.levman.domain.report.Measurement;
import nl.levman.domain.report.ServiceLevelReport;
import nl.levman.fixtures.Desk;
import nl.levman.fixtures.TestProcess;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Scope;
import nl.levman.model.Term;
import nl.levman.model.WorkItemId;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input through the public API: reused and forged command ids, ids that break the rule,
 * starts for another supplier, a context that tries to grant roles, malformed and oversized
 * documents, values out of range, the wrong period. Each ends in a typed rejection with its code,
 * and nothing is written: no history row, no instance, no side effect.
 */
class HostileInputTest {
  private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");
  private static final String CONTRACT = "sla-acme";
  private final Desk desk = new Desk(TestProcess.definition(), ServiceLevelManagement.definition(),
      SupplierRiskReview.definition());
  private WorkItem two;
  private WorkItem three;
  private WorkItem slr;

  /** A case: what is sent, the code it must be refused with, and the day it is sent on. */
  private record Case(String name, String code, LocalDate on, Supplier<CommandResult> send) {}

  private static final LocalDate EARLY = LocalDate.of(2026, 2, 20);
  private static final LocalDate DUE = LocalDate.of(2026, 3, 2);

  @TestFactory
  Stream<DynamicTest> everyHostileCommandIsRefusedWithItsCodeAndWritesNothing() {
    prepare();
    List<Case> cases = new ArrayList<>(cases());
    cases.sort(java.util.Comparator.comparing(Case::on));       // the virtual clock only moves forward
    assertThat(cases).hasSizeGreaterThanOrEqualTo(40);
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name() + " -> " + c.code(), () -> {
      desk.clock.set(c.on().atTime(9, 0).atZone(AMS).toInstant());
      long before = written();
      long pending = desk.engine.health().outboxPending();
      CommandResult r = c.send().get();
      assertThat(r).as(c.name()).isInstanceOf(CommandResult.Rejected.class);
      assertThat(((CommandResult.Rejected) r).rejection().code()).as(r.toString()).isEqualTo(c.code());
      assertThat(written()).as("history rows after " + c.name()).isEqualTo(before);
      assertThat(desk.engine.health().outboxPending()).isEqualTo(pending);
      assertThat(desk.store.list(null, 100)).extracting(s -> s.id().value())
          .containsExactlyInAnyOrder("i", "sla");
    }));
  }

  /** Instance i (test process) past step 1; instance sla (SLM) at its first SLR; commands to reuse. */
  private void prepare() {
    desk.directory.grant("cora", "CO", Scope.organisation()).grant("cleo", "CO", Scope.organisation())
        .grant("otto", "OW", Scope.service("svc"))
        .grant("ann", "SLM", Scope.service("hosting")).grant("lars", "LEV", Scope.supplier("acme"))
        .grant("dirk", "DE", Scope.service("hosting"))
        .grant("gina", "SLM", Scope.service("globex-mail")).grant("gina", "LEV", Scope.supplier("globex"))
        .grant("carla", "CCM", Scope.organisation()).grant("carl", "CM", Scope.supplier("acme"));
    desk.clock.set(LocalDate.of(2026, 1, 5).atTime(9, 0).atZone(AMS).toInstant());
    ok(desk.engine.start(startTest("s-1", "i", "cora")));
    ok(desk.engine.complete(complete("c-1", "i", desk.only("i", 1), "cora").build()));
    three = desk.only("i", 3);
    ok(desk.engine.complete(complete("c-3", "i", three, "otto")
        .document(DocumentInput.of("guide", "g.pdf", "v1")).build()));
    two = desk.only("i", 2);
    ok(desk.start("sla", Handbook.SERVICE_LEVEL_MANAGEMENT, "ann", sla(Map.of())));
    for (int step : new int[] {1, 2, 3, 4}) {
      ok(desk.complete("sla", step, "ann"));
    }
    ok(desk.decide("sla", 5, "lars", "akkoord"));
    ok(desk.complete("sla", 6, "ann"));
    ok(desk.complete("sla", 7, "ann"));
    ok(desk.complete("sla", 8, "lars"));
    ok(desk.decide("sla", 9, "ann", "akkoord"));
    ok(desk.decide("sla", 10, "dirk", "akkoord"));
    ok(desk.complete("sla", 11, "ann"));
    slr = desk.only("sla", 12);
  }

  private List<Case> cases() {
    List<Case> c = new ArrayList<>();
    // command ids reused
    c.add(new Case("a start's id reused for another instance", "CommandIdReused", DUE,
        () -> desk.engine.start(startTest("s-1", "j", "cora"))));
    c.add(new Case("a start's id reused by another person", "CommandIdReused", DUE,
        () -> desk.engine.start(startTest("s-1", "i", "cleo"))));
    c.add(new Case("a start's id reused for another process", "CommandIdReused", DUE,
        () -> desk.engine.start(new StartProcess(CommandId.of("s-1"), InstanceId.of("i"),
            Handbook.SERVICE_LEVEL_MANAGEMENT, PersonId.of("ann"), sla(Map.of())))));
    c.add(new Case("a completion's id reused for another step", "CommandIdReused", DUE,
        () -> desk.engine.complete(complete("c-1", "i", two, "cora").build())));
    c.add(new Case("a completion's id reused by another person", "CommandIdReused", DUE,
        () -> desk.engine.complete(CompleteStep.of(CommandId.of("c-1"), InstanceId.of("i"),
            WorkItemId.of("i.2"), PersonId.of("cleo")).build())));
    c.add(new Case("a completion's id reused with a note", "CommandIdReused", DUE,
        () -> desk.engine.complete(CompleteStep.of(CommandId.of("c-1"), InstanceId.of("i"),
            WorkItemId.of("i.2"), PersonId.of("cora")).note("again").build())));
    c.add(new Case("a completion's id reused with other document bytes", "CommandIdReused", DUE,
        () -> desk.engine.complete(complete("c-3", "i", three, "otto")
            .document(DocumentInput.of("guide", "g.pdf", "v2")).build())));
    c.add(new Case("a completion's id reused for another supplier's SLR", "CommandIdReused", DUE,
        () -> desk.engine.complete(complete("c-3", "sla", slr, "gina").build())));
    c.add(new Case("a completion's id reused to raise a step", "CommandIdReused", DUE,
        () -> desk.engine.raise(new RaiseStep(CommandId.of("c-1"), InstanceId.of("i"), 13,
            PersonId.of("cora"), "change"))));
    // ids in the engine's namespace or against the rule
    for (String id : List.of("timer:i.x.1", "jaarkalender:review-2026", "link:sla:18", "levman:anything",
        "id\u0000nul", "a/b", "x".repeat(81), "with space", ".dot-first", "café", "line\nbreak")) {
      c.add(new Case("command id '" + id.replace("\u0000", "\\0").replace("\n", "\\n") + "'",
          "CommandIdInvalid", DUE, () -> desk.engine.complete(complete(id, "sla", slr, "lars").build())));
    }
    c.add(new Case("a host command under a pending timer's own id", "CommandIdInvalid", DUE,
        () -> desk.engine.complete(complete("timer:" + desk.store.pending(InstanceId.of("sla")).get(0)
            .id().value(), "sla", slr, "lars").build())));
    c.add(new Case("a raise under an engine id", "CommandIdInvalid", DUE,
        () -> desk.engine.raise(new RaiseStep(CommandId.of("levman:r"), InstanceId.of("sla"), 17,
            PersonId.of("ann"), "change"))));
    c.add(new Case("a start under a link's id", "CommandIdInvalid", DUE,
        () -> desk.engine.start(startTest("link:i:11", "i.link11", "cora"))));
    // starts
    c.add(new Case("another supplier's user starts acme's SLM", "RoleNotHeld", DUE,
        () -> desk.start("sla-2", Handbook.SERVICE_LEVEL_MANAGEMENT, "gina", sla(Map.of()))));
    c.add(new Case("the start context names the starter for every role", "RoleNotHeld", DUE,
        () -> desk.start("sla-2", Handbook.SERVICE_LEVEL_MANAGEMENT, "gina", sla(Map.of(
            "SLM", PersonId.of("gina"), "LEV", PersonId.of("gina"), "DE", PersonId.of("gina"))))));
    c.add(new Case("another supplier's user probes a taken instance id", "RoleNotHeld", DUE,
        () -> desk.start("sla", Handbook.SERVICE_LEVEL_MANAGEMENT, "gina", sla(Map.of()))));
    c.add(new Case("a contract manager starts a review by hand", "RoleNotHeld", DUE,
        () -> desk.start("review", Handbook.SUPPLIER_RISK_REVIEW, "carl", ProcessContext.empty())));
    c.add(new Case("a supplier's user starts a review", "RoleNotHeld", DUE,
        () -> desk.start("review", Handbook.SUPPLIER_RISK_REVIEW, "lars", ProcessContext.empty())));
    c.add(new Case("an instance id with NUL", "InstanceIdInvalid", DUE,
        () -> desk.engine.start(startTest("s-nul", "i\u0000", "cora"))));
    c.add(new Case("an instance id of 81 characters", "InstanceIdInvalid", DUE,
        () -> desk.engine.start(startTest("s-81", "i".repeat(81), "cora"))));
    c.add(new Case("an instance id with a slash", "InstanceIdInvalid", DUE,
        () -> desk.engine.start(startTest("s-slash", "../i", "cora"))));
    c.add(new Case("an unknown process", "UnknownProcess", DUE,
        () -> desk.engine.start(new StartProcess(CommandId.of("s-x"), InstanceId.of("x"), "exfiltrate",
            PersonId.of("cora"), ProcessContext.empty()))));
    c.add(new Case("an instance id taken", "InstanceExists", DUE,
        () -> desk.engine.start(startTest("s-again", "i", "cora"))));
    c.add(new Case("an SLM start without its supplier", "SubjectMissing", DUE,
        () -> desk.start("sla-2", Handbook.SERVICE_LEVEL_MANAGEMENT, "ann", new ProcessContext(
            Optional.empty(), Optional.of(CONTRACT), Optional.of("hosting"), Map.of(Handbook.DAP_WANTED, true),
            Map.of(), sla(Map.of()).term(), Map.of()))));
    c.add(new Case("an SLM start without its DAP flag", "FlagMissing", DUE,
        () -> desk.start("sla-2", Handbook.SERVICE_LEVEL_MANAGEMENT, "ann", new ProcessContext(
            Optional.of("acme"), Optional.of(CONTRACT), Optional.of("hosting"), Map.of(), Map.of(),
            sla(Map.of()).term(), Map.of()))));
    c.add(new Case("an SLM start without its term", "TermMissing", DUE,
        () -> desk.start("sla-2", Handbook.SERVICE_LEVEL_MANAGEMENT, "ann", new ProcessContext(
            Optional.of("acme"), Optional.of(CONTRACT), Optional.of("hosting"),
            Map.of(Handbook.DAP_WANTED, true), Map.of(), Optional.empty(), Map.of()))));
    // completions and raises
    c.add(new Case("an unknown instance", "UnknownInstance", DUE,
        () -> desk.engine.complete(complete("x-1", "nope", slr, "lars").build())));
    c.add(new Case("a work item of another instance", "StepNotOpen", DUE,
        () -> desk.engine.complete(complete("x-2", "i", slr, "cora").build())));
    c.add(new Case("another supplier's user delivers acme's SLR", "RoleNotHeld", DUE,
        () -> desk.engine.complete(withSlr(complete("x-3", "sla", slr, "gina"), slrOf(1, "99.95")).build())));
    c.add(new Case("an outcome at a step without a gate", "UnknownOutcome", DUE,
        () -> desk.engine.complete(withSlr(complete("x-4", "sla", slr, "lars"), slrOf(1, "99.95"))
            .outcome("akkoord").build())));
    c.add(new Case("a field the step does not read", "UnknownField", DUE,
        () -> desk.engine.complete(withSlr(complete("x-5", "sla", slr, "lars"), slrOf(1, "99.95"))
            .field("penalty", "0").build())));
    c.add(new Case("a document type the process does not know", "UnknownDocumentType", DUE,
        () -> desk.engine.complete(withSlr(complete("x-6", "sla", slr, "lars"), slrOf(1, "99.95"))
            .document(DocumentInput.of("payload.exe", "x.exe", "MZ")).build())));
    c.add(new Case("no SLR at the SLR step", "DocumentMissing", DUE,
        () -> desk.engine.complete(complete("x-7", "sla", slr, "lars").build())));
    c.add(new Case("an item list naming an item twice", "ItemListInvalid", DUE,
        () -> desk.engine.complete(complete("x-8", "i", two, "cora")
            .declares("supplier", List.of("acme", "acme")).build())));
    c.add(new Case("an item list with a blank item", "ItemListInvalid", DUE,
        () -> desk.engine.complete(complete("x-9", "i", two, "cora")
            .declares("supplier", List.of(" ")).build())));
    c.add(new Case("an item kind the process does not have", "UnknownItemKind", DUE,
        () -> desk.engine.complete(complete("x-10", "i", two, "cora")
            .declares("everyone", List.of("a")).build())));
    c.add(new Case("raising a step that is not raisable", "NotRaisable", DUE,
        () -> desk.engine.raise(new RaiseStep(CommandId.of("x-11"), InstanceId.of("sla"), 12,
            PersonId.of("ann"), "now"))));
    c.add(new Case("raising a change without a reason", "ReasonMissing", DUE,
        () -> desk.engine.raise(new RaiseStep(CommandId.of("x-12"), InstanceId.of("sla"), 17,
            PersonId.of("ann"), " "))));
    c.add(new Case("raising a change as the supplier", "RoleNotHeld", DUE,
        () -> desk.engine.raise(new RaiseStep(CommandId.of("x-13"), InstanceId.of("sla"), 17,
            PersonId.of("lars"), "we want less"))));
    // the SLR's content
    c.add(new Case("an SLR before its period ended", "NotYetDue", EARLY,
        () -> desk.engine.complete(withSlr(complete("x-14", "sla", slr, "lars"), slrOf(1, "99.95")).build())));
    c.add(new Case("an SLR with an availability of 150 %", "ValueOutOfRange", DUE,
        () -> desk.engine.complete(withSlr(complete("x-15", "sla", slr, "lars"), slrOf(1, "150")).build())));
    c.add(new Case("an SLR with a negative availability", "ValueOutOfRange", DUE,
        () -> desk.engine.complete(withSlr(complete("x-16", "sla", slr, "lars"), slrOf(1, "-1")).build())));
    c.add(new Case("an SLR for the wrong period", "WrongPeriod", DUE,
        () -> desk.engine.complete(withSlr(complete("x-17", "sla", slr, "lars"), slrOf(2, "99.95")).build())));
    c.add(new Case("an SLR with a KPI the SLA does not have", "UnknownKpi", DUE,
        () -> desk.engine.complete(withSlr(complete("x-18", "sla", slr, "lars"),
            slr(1, Map.of("availability", Measurement.of("99.95", "%"), "profit", Measurement.of("1", "EUR"))))
            .build())));
    c.add(new Case("an SLR in the wrong unit", "WrongUnit", DUE,
        () -> desk.engine.complete(withSlr(complete("x-19", "sla", slr, "lars"),
            slr(1, Map.of("availability", Measurement.of("99.95", "ms")))).build())));
    c.add(new Case("an SLR without the KPI's value", "KpiValueMissing", DUE,
        () -> desk.engine.complete(withSlr(complete("x-20", "sla", slr, "lars"), slr(1, Map.of())).build())));
    c.add(new Case("an SLR that is not JSON", "DocumentUnreadable", DUE,
        () -> desk.engine.complete(withSlr(complete("x-21", "sla", slr, "lars"), "<slr/>").build())));
    c.add(new Case("an SLR nested 10,000 levels deep", "DocumentUnreadable", DUE,
        () -> desk.engine.complete(withSlr(complete("x-22", "sla", slr, "lars"),
            "[".repeat(10_000) + "]".repeat(10_000)).build())));
    c.add(new Case("an SLR with a number of 100,000 digits", "DocumentUnreadable", DUE,
        () -> desk.engine.complete(withSlr(complete("x-23", "sla", slr, "lars"),
            slrOf(1, "99.95").replace("99.95", "9".repeat(100_000))).build())));
    return c;
  }

  private long written() {
    return desk.events("i") + desk.events("sla");
  }

  private static void ok(CommandResult r) {
    assertThat(r.accepted()).as(r.toString()).isTrue();
  }

  private static StartProcess startTest(String command, String instance, String by) {
    return new StartProcess(CommandId.of(command), InstanceId.of(instance), TestProcess.KEY,
        PersonId.of(by), Desk.context("acme", "svc", Map.of("short", true),
            Optional.of(Desk.term(LocalDate.of(2026, 1, 1), 12))));
  }

  private ProcessContext sla(Map<String, PersonId> people) {
    return new ProcessContext(Optional.of("acme"), Optional.of(CONTRACT), Optional.of("hosting"),
        Map.of(Handbook.DAP_WANTED, true), people, Optional.of(new Term(LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 8, 1), Period.ofMonths(1), 10, LocalDate.of(2026, 4, 1))), Map.of());
  }

  private static CompleteStep.Builder complete(String command, String instance, WorkItem item, String by) {
    return CompleteStep.of(CommandId.of(command), InstanceId.of(instance), item.id(), PersonId.of(by));
  }

  private static CompleteStep.Builder withSlr(CompleteStep.Builder b, String content) {
    return b.document(DocumentInput.of("slr", "slr.json", content));
  }

  private String slrOf(int period, String availability) {
    return slr(period, Map.of("availability", Measurement.of(availability, "%")));
  }

  private static String slr(int period, Map<String, Measurement> values) {
    LocalDate from = LocalDate.of(2026, 2, 1).plusMonths(period - 1);
    return new ServiceLevelReport(CONTRACT, period, from, from.plusMonths(1), 1, values).toJsonText();
  }

}
