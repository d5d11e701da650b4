package org.example.contractregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import nl.levman.api.DocumentInput;
import nl.levman.fixtures.Desk;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceStatus;
import nl.levman.model.ProcessContext;
import nl.levman.model.Scope;
import nl.levman.model.Term;
import org.junit.jupiter.api.Test;

/** Process 8, defined by the integrator, is started by SLM step 18 and runs each of its ways. */
class RenewalOrEndOfContractTest {

  @Test
  void step18OfServiceLevelManagementStartsTheRegisteredProcess8() {
    Desk desk = new Desk(ServiceLevelManagement.definition(), RenewalOrEndOfContract.definition());
    desk.directory.grant("ann", "SLM", Scope.service("hosting")).grant("lars", "LEV", Scope.supplier("acme"))
        .grant("dirk", "DE", Scope.service("hosting")).grant("carl", "CM", Scope.supplier("acme"));
    Term term = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1), Period.ofMonths(1), 10,
        LocalDate.of(2026, 1, 2));
    assertThat(desk.start("sla", Handbook.SERVICE_LEVEL_MANAGEMENT, "ann", new ProcessContext(
        Optional.of("acme"), Optional.of("sla-acme"), Optional.of("hosting"),
        Map.of(Handbook.DAP_WANTED, false), Map.of(), Optional.of(term), Map.of())).accepted()).isTrue();
    desk.complete("sla", 1, "ann");
    desk.complete("sla", 2, "ann");
    desk.complete("sla", 3, "ann");
    desk.complete("sla", 7, "ann");
    desk.complete("sla", 8, "lars");
    desk.decide("sla", 9, "ann", "akkoord");
    desk.decide("sla", 10, "dirk", "akkoord");
    desk.complete("sla", 11, "ann");
    desk.advance(java.time.Duration.ofDays(1));
    assertThat(desk.complete("sla", 18, "ann").accepted()).isTrue();

    InstanceId renewal = InstanceId.of("sla.link18");
    assertThat(desk.engine.instance(renewal).orElseThrow().processKey()).isEqualTo("verlenging-einde-contract");
    desk.engine.complete(desk.completion("sla.link18", desk.only("sla.link18", 1), "ann")
        .document(DocumentInput.of("evaluatie", "evaluatie.pdf", "goed")).build());
    desk.complete("sla.link18", 2, "carl");
    desk.decide("sla.link18", 3, "dirk", "verlengen");
    desk.complete("sla.link18", 4, "carl");
    desk.decide("sla.link18", 5, "lars", "akkoord");
    desk.engine.complete(desk.completion("sla.link18", desk.only("sla.link18", 9), "carl")
        .document(DocumentInput.of("verlenging", "verlenging-2027.pdf", "signed")).build());
    assertThat(desk.engine.instance(renewal).orElseThrow().status()).isEqualTo(InstanceStatus.COMPLETED);
  }

  @Test
  void process8StartsOnTheNextDispatchWhenTheNodeDiesRightAfterStep18() {
    Desk dying = new Desk(b -> b.delivery(nl.levman.api.Delivery.ON_DISPATCH),
        ServiceLevelManagement.definition(), RenewalOrEndOfContract.definition());
    dying.directory.grant("ann", "SLM", Scope.service("hosting")).grant("lars", "LEV", Scope.supplier("acme"))
        .grant("dirk", "DE", Scope.service("hosting"));
    Term term = new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1), Period.ofMonths(1), 10,
        LocalDate.of(2026, 1, 2));
    assertThat(dying.start("sla", Handbook.SERVICE_LEVEL_MANAGEMENT, "ann", new ProcessContext(
        Optional.of("acme"), Optional.of("sla-acme"), Optional.of("hosting"),
        Map.of(Handbook.DAP_WANTED, false), Map.of(), Optional.of(term), Map.of())).accepted()).isTrue();
    dying.complete("sla", 1, "ann");
    dying.complete("sla", 2, "ann");
    dying.complete("sla", 3, "ann");
    dying.complete("sla", 7, "ann");
    dying.complete("sla", 8, "lars");
    dying.decide("sla", 9, "ann", "akkoord");
    dying.decide("sla", 10, "dirk", "akkoord");
    dying.complete("sla", 11, "ann");
    dying.advance(java.time.Duration.ofDays(1));
    assertThat(dying.complete("sla", 18, "ann").accepted()).isTrue();
    InstanceId renewal = InstanceId.of("sla.link18");
    assertThat(dying.engine.instance(renewal)).as("the node died before delivering").isEmpty();

    nl.levman.api.LevmanEngine next = nl.levman.Levman.builder().store(dying.store).clock(dying.clock)
        .directory(dying.directory).archive(dying.archive).process(ServiceLevelManagement.definition())
        .process(RenewalOrEndOfContract.definition()).behaviours(dying.kit.behaviours()).build();
    next.dispatch();

    assertThat(next.instance(renewal).orElseThrow().processKey()).isEqualTo("verlenging-einde-contract");
    assertThat(next.history(renewal).get(0).actor()).isEqualTo("levman");
    assertThat(next.health().outboxPending()).isZero();
  }
}
