package nl.levman.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.Levman;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import nl.levman.api.LevmanEngine;
import nl.levman.api.StartProcess;
import nl.levman.api.VirtualClock;
import nl.levman.api.WorkItem;
import nl.levman.api.WorkQuery;
import nl.levman.domain.report.SlrEvaluated;
import nl.levman.fixtures.Desk;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.memory.InMemoryStore;
import nl.levman.model.Behaviour;
import nl.levman.model.CommandId;
import nl.levman.model.DomainEvent;
import nl.levman.model.Event;
import nl.levman.model.InputRejection;
import nl.levman.model.InstanceId;
import nl.levman.model.LevmanException;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Role;
import nl.levman.model.RoleScope;
import nl.levman.model.Scope;
import nl.levman.model.Term;
import org.junit.jupiter.api.Test;

/** What a person hands in and what Levman computes are kept apart; definitions version. */
class TypedRecordTest {
  static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");

  private Desk slmAtPeriod1() {
    Desk desk = new Desk(ServiceLevelManagement.definition());
    desk.directory.grant("ann", "SLM", Scope.service("hosting")).grant("lars", "LEV", Scope.supplier("acme"))
        .grant("dirk", "DE", Scope.service("hosting"));
    ok(desk.start("sla", Handbook.SERVICE_LEVEL_MANAGEMENT, "ann", new ProcessContext(Optional.of("acme"),
        Optional.of("sla-acme"), Optional.of("hosting"), Map.of(Handbook.DAP_WANTED, false), Map.of(),
        Optional.of(new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1), Period.ofMonths(1), 10,
            LocalDate.of(2026, 5, 1))), Map.of())));
    for (int step : List.of(1, 2, 3, 7)) {
      ok(desk.complete("sla", step, "ann"));
    }
    ok(desk.complete("sla", 8, "lars"));
    ok(desk.decide("sla", 9, "ann", "akkoord"));
    ok(desk.decide("sla", 10, "dirk", "akkoord"));
    ok(desk.complete("sla", 11, "ann"));
    desk.clock.set(LocalDate.of(2026, 2, 2).atTime(9, 0).atZone(AMS).toInstant());
    return desk;
  }

  private static void ok(CommandResult r) {
    assertThat(r.accepted()).as(r.toString()).isTrue();
  }

  private static List<SlrEvaluated> evaluations(Desk desk) {
    return desk.engine.history(InstanceId.of("sla")).stream().map(h -> h.event())
        .filter(SlrEvaluated.class::isInstance).map(SlrEvaluated.class::cast).toList();
  }

  @Test
  void aSupplierCannotSetOrOverwriteAComputedValueWithAField() {
    Desk desk = slmAtPeriod1();
    long before = desk.events("sla");
    for (String field : List.of("slr.2", "slr.1", "verdicts.1", "penalty.1", "proposal")) {
      WorkItem slr = desk.only("sla", 12);
      CommandResult r = desk.engine.complete(desk.completion("sla", slr, "lars")
          .document(DocumentInput.of("slr", "slr-1.json", desk.kit.slr("sla-acme", 1, "99.95")))
          .field(field, "garbage").build());
      assertThat(((CommandResult.Rejected) r).rejection())
          .isEqualTo(new InputRejection.UnknownField(12, field, List.of("correction")));
    }
    assertThat(desk.events("sla")).as("nothing was written").isEqualTo(before);
    ok(desk.complete("sla", 12, "lars"));
    ok(desk.complete("sla", 13, "ann"));
    ok(desk.decide("sla", 14, "ann", "ja"));
    ok(desk.complete("sla", 16, "ann"));
    desk.clock.set(LocalDate.of(2026, 3, 2).atTime(9, 0).atZone(AMS).toInstant());
    ok(desk.complete("sla", 12, "lars"));
    assertThat(evaluations(desk)).extracting(SlrEvaluated::period).containsExactly(1, 2);
  }

  @Test
  void whatAPersonHandsInIsRecordedAsInputAndNeverAsADomainEvent() {
    Desk desk = slmAtPeriod1();
    ok(desk.engine.complete(desk.completion("sla", desk.only("sla", 12), "lars")
        .document(DocumentInput.of("slr", "slr-1.json", desk.kit.slr("sla-acme", 1, "98.50")))
        .field("correction", "false").build()));
    List<Event> events = desk.engine.history(InstanceId.of("sla")).stream().map(h -> h.event()).toList();
    Event.StepCompleted delivered = events.stream().filter(Event.StepCompleted.class::isInstance)
        .map(Event.StepCompleted.class::cast).filter(c -> c.step() == 12).findFirst().orElseThrow();
    assertThat(delivered.fields()).containsExactly(Map.entry("correction", "false"));
    SlrEvaluated evaluated = evaluations(desk).get(0);
    assertThat(evaluated.proposal()).isEqualTo("nee");
    assertThat(events.stream().filter(DomainEvent.class::isInstance)).containsExactly(evaluated);
  }

  @Test
  void aMalformedSlrIsATypedRejectionThatChangesNothing() {
    Desk desk = slmAtPeriod1();
    long before = desk.events("sla");
    for (String text : List.of("{", "[]", "{\"sla\":\"sla-acme\"}", "{\"sla\":1,\"period\":1}",
        "{\"sla\":\"sla-acme\",\"period\":\"one\",\"from\":\"2026-01-01\",\"to\":\"2026-02-01\",\"kpis\":{}}")) {
      CommandResult r = desk.engine.complete(desk.completion("sla", desk.only("sla", 12), "lars")
          .document(DocumentInput.of("slr", "slr.json", text)).build());
      assertThat(((CommandResult.Rejected) r).rejection()).as(text)
          .isInstanceOf(InputRejection.DocumentUnreadable.class);
    }
    assertThat(desk.events("sla")).isEqualTo(before);
  }

  static final Role DOER = new Role("DO", "Doener", "Doer", RoleScope.ORGANISATION);

  static ProcessDefinition version(int v, boolean withStep2) {
    ProcessDefinition.ProcessBuilder b = ProcessDefinition.builder("versioned", v).roles(DOER)
        .step(1).by(DOER).nl("Een v" + v).next(withStep2 ? 2 : 3);
    if (withStep2) {
      b = b.step(2).by(DOER).nl("Twee v" + v).next(3);
    }
    return b.step(3).by(DOER).nl("Drie v" + v).end().build();
  }

  private static LevmanEngine engine(InMemoryStore store, VirtualClock clock, ProcessDefinition... ds) {
    Levman.Builder b = Levman.builder().store(store).clock(clock)
        .directory(new InMemoryDirectory().grant("dora", "DO", Scope.organisation()));
    for (ProcessDefinition d : ds) {
      b.process(d);
    }
    return b.build();
  }

  @Test
  void registeringANewVersionChangesOnlyNewInstances() {
    InMemoryStore store = new InMemoryStore();
    VirtualClock clock = VirtualClock.at(Instant.parse("2026-01-05T08:00:00Z"));
    LevmanEngine v1 = engine(store, clock, version(1, true));
    ok(v1.start(new StartProcess(CommandId.of("s1"), InstanceId.of("old"), "versioned", PersonId.of("dora"),
        ProcessContext.empty())));
    WorkItem first = v1.instance(InstanceId.of("old")).orElseThrow().open().get(0);
    ok(v1.complete(CompleteStep.of(CommandId.of("c1"), InstanceId.of("old"), first.id(), PersonId.of("dora")).build()));

    LevmanEngine both = engine(store, clock, version(1, true), version(2, false));
    List<WorkItem> work = both.workList(WorkQuery.all());
    assertThat(work).singleElement().satisfies(w -> {
      assertThat(w.definitionVersion()).isEqualTo(1);
      assertThat(w.step()).isEqualTo(2);
      assertThat(w.labelNl()).isEqualTo("Twee v1");
    });
    ok(both.complete(CompleteStep.of(CommandId.of("c2"), InstanceId.of("old"), work.get(0).id(),
        PersonId.of("dora")).build()));
    assertThat(both.instance(InstanceId.of("old")).orElseThrow().open()).singleElement()
        .satisfies(w -> assertThat(w.labelNl()).isEqualTo("Drie v1"));

    ok(both.start(new StartProcess(CommandId.of("s2"), InstanceId.of("new"), "versioned", PersonId.of("dora"),
        ProcessContext.empty())));
    WorkItem fresh = both.instance(InstanceId.of("new")).orElseThrow().open().get(0);
    assertThat(fresh.definitionVersion()).isEqualTo(2);
    ok(both.complete(CompleteStep.of(CommandId.of("c3"), InstanceId.of("new"), fresh.id(), PersonId.of("dora")).build()));
    assertThat(both.instance(InstanceId.of("new")).orElseThrow().open()).singleElement()
        .satisfies(w -> assertThat(w.step()).as("v2 has no step 2").isEqualTo(3));
  }

  @Test
  void anEngineRefusesToBuildWhenADeclaredBehaviourIsNotBound() {
    ProcessDefinition checked = ProcessDefinition.builder("checked", 1).roles(DOER)
        .step(1).by(DOER).nl("Een").behaviour(Behaviour.named("x.check")).end().build();
    assertThatThrownBy(() -> Levman.builder().process(checked).build())
        .isInstanceOf(LevmanException.class)
        .hasMessage("step 1 of checked v1 runs behaviour 'x.check', which is not bound:"
            + " add it with Levman.builder().behaviours(...)");
  }
}
