package nl.levman.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Optional;
import nl.levman.api.CommandResult;
import nl.levman.api.HistoryEntry;
import nl.levman.fixtures.Desk;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.memory.InMemoryJaarkalender;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Scope;
import nl.levman.model.Term;
import nl.levman.spi.Jaarkalender;
import org.junit.jupiter.api.Test;

/**
 * Starting a process needs the role of its start step in the directory, for the scope the start
 * context names; the context's people are an assignee hint and grant nothing. The Jaarkalender and
 * links start as the system.
 */
class StartAuthorisationTest {
  final InMemoryJaarkalender calendar = new InMemoryJaarkalender().add(new Jaarkalender.Entry(
      "review-2026", Handbook.SUPPLIER_RISK_REVIEW, LocalDate.of(2026, 3, 1), "Periodic review", "carla",
      Map.of()));
  final Desk desk = new Desk(b -> b.jaarkalender(calendar), ServiceLevelManagement.definition(),
      SupplierRiskReview.definition());

  StartAuthorisationTest() {
    desk.directory.grant("ann", "SLM", Scope.service("hosting"))
        .grant("gina", "SLM", Scope.service("globex-mail")).grant("gina", "LEV", Scope.supplier("globex"))
        .grant("carla", "CCM", Scope.organisation()).grant("carl", "CM", Scope.supplier("acme"));
  }

  static ProcessContext acme(Map<String, PersonId> people) {
    return new ProcessContext(Optional.of("acme"), Optional.of("sla-acme"), Optional.of("hosting"),
        Map.of(Handbook.DAP_WANTED, true), people, Optional.of(new Term(LocalDate.of(2026, 2, 1),
            LocalDate.of(2027, 2, 1), Period.ofMonths(1), 10, LocalDate.of(2026, 11, 1))), Map.of());
  }

  private static String code(CommandResult r) {
    return ((CommandResult.Rejected) r).rejection().code();
  }

  @Test
  void aUserOfAnotherSupplierCannotStartAcmesServiceLevelManagement() {
    CommandResult r = desk.start("sla", Handbook.SERVICE_LEVEL_MANAGEMENT, "gina", acme(Map.of()));
    assertThat(code(r)).isEqualTo("RoleNotHeld");
    assertThat(r.toString()).contains("gina", "SLM", "hosting");
    assertThat(desk.engine.instance(InstanceId.of("sla"))).isEmpty();
  }

  @Test
  void theStartContextsPeopleGrantNoRole() {
    Map<String, PersonId> gina = Map.of("SLM", PersonId.of("gina"), "LEV", PersonId.of("gina"),
        "DE", PersonId.of("gina"));
    assertThat(code(desk.start("sla", Handbook.SERVICE_LEVEL_MANAGEMENT, "gina", acme(gina))))
        .isEqualTo("RoleNotHeld");
    assertThat(desk.start("sla", Handbook.SERVICE_LEVEL_MANAGEMENT, "ann", acme(gina)).accepted()).isTrue();
    assertThat(desk.only("sla", 1).assignee()).as("a hint, shown").contains(PersonId.of("gina"));
    assertThat(code(desk.complete("sla", 1, "gina"))).isEqualTo("RoleNotHeld");
    assertThat(desk.complete("sla", 1, "ann").accepted()).isTrue();
  }

  @Test
  void aReviewStartedByHandNeedsTheCoordinatingContractManager() {
    assertThat(code(desk.start("review", Handbook.SUPPLIER_RISK_REVIEW, "carl", ProcessContext.empty())))
        .isEqualTo("RoleNotHeld");
    assertThat(desk.start("review", Handbook.SUPPLIER_RISK_REVIEW, "carla", ProcessContext.empty())
        .accepted()).isTrue();
  }

  @Test
  void theJaarkalenderStartsItsReviewAsTheSystemAndSaysSo() {
    desk.clock.set(LocalDate.of(2026, 3, 1).atStartOfDay(desk.clock.getZone()).toInstant());
    assertThat(desk.engine.runDue()).isEqualTo(1);
    HistoryEntry first = desk.engine.history(InstanceId.of("review-2026")).get(0);
    assertThat(first.actor()).isEqualTo("levman");
    assertThat(first.command()).contains(nl.levman.model.CommandId.of("jaarkalender:review-2026"));
  }
}
