package nl.levman.examples.start;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.Levman;
import nl.levman.api.CommandResult;
import nl.levman.api.CompleteStep;
import nl.levman.api.DocumentInput;
import nl.levman.api.HistoryEntry;
import nl.levman.api.LevmanEngine;
import nl.levman.api.StartProcess;
import nl.levman.api.VirtualClock;
import nl.levman.api.WorkItem;
import nl.levman.api.WorkQuery;
import nl.levman.domain.mandate.Mandaatlijst;
import nl.levman.domain.risk.RiskProfileTemplate;
import nl.levman.domain.risk.WeightedHandboekPolicy;
import nl.levman.domain.sla.Consequence;
import nl.levman.domain.sla.Direction;
import nl.levman.domain.sla.Kpi;
import nl.levman.domain.sla.Money;
import nl.levman.domain.sla.RenewalKind;
import nl.levman.domain.sla.ReportingPeriod;
import nl.levman.domain.sla.ServiceLevelAgreement;
import nl.levman.handbook.Handbook;
import nl.levman.handbook.ServiceLevelBehaviours;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskBehaviours;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.memory.InMemoryAgreements;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.memory.InMemoryMandates;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;
import nl.levman.model.Scope;
import nl.levman.model.Term;

/**
 * The README's "Using it" as a program: wire an engine (in memory here; a host passes its JDBC
 * store and archive), start Service Level Management for a signed SLA, and complete its first
 * steps as the people who hold their roles. The README shows the part between the markers.
 */
public final class GettingStarted {
  private GettingStarted() {}

  /** Runs the steps and returns the history's stored event names, for the test. */
  public static List<String> run() {
    ServiceLevelAgreement sla = ServiceLevelAgreement.builder()
        .id("sla-acme-hosting").supplier("acme").service("hosting")
        .start(LocalDate.of(2026, 1, 1)).end(LocalDate.of(2028, 1, 1))
        .noticePeriod(Period.ofMonths(6)).renewal(RenewalKind.TACIT)
        .reportingPeriod(ReportingPeriod.MONTHLY).monthlyFee(Money.euro("20000"))
        .addKpis(new Kpi("availability", "Beschikbaarheid", "Availability", "%", 2,
            Direction.HIGHER_IS_BETTER, new BigDecimal("99.9"), new BigDecimal("99.0"),
            "calendar month", BigDecimal.ONE, Consequence.SERVICE_CREDIT))
        .build();
    InMemoryAgreements contractRegister = new InMemoryAgreements().add(sla);
    InMemoryMandates mandates = new InMemoryMandates()
        .add(new Mandaatlijst.Version(LocalDate.of(2026, 1, 1), List.of()));
    VirtualClock clock = VirtualClock.at(Instant.parse("2026-01-05T09:00:00Z"));

    // README:begin
    InMemoryDirectory directory = new InMemoryDirectory()          // the host's own directory in production
        .grant("ann", "SLM", Scope.service("hosting"))
        .grant("lars", "LEV", Scope.supplier("acme"))
        .grant("dirk", "DE", Scope.service("hosting"));
    LevmanEngine levman = Levman.builder()                          // store and archive: in memory by default
        .directory(directory)
        .process(ServiceLevelManagement.definition())
        .process(SupplierRiskReview.definition())
        .behaviours(ServiceLevelBehaviours.with(contractRegister, mandates))
        .behaviours(SupplierRiskBehaviours.with(new WeightedHandboekPolicy(5), day -> List.of(),
            RiskProfileTemplate.standard()))
        .clock(clock)
        .build();

    InstanceId instance = InstanceId.of("sla-acme-hosting");
    Term term = new Term(sla.start(), sla.end(), Period.ofMonths(1), 10, sla.renewalDecisionDue());
    ProcessContext context = new ProcessContext(Optional.of("acme"), Optional.of(sla.id()),
        Optional.of("hosting"), Map.of(Handbook.DAP_WANTED, true), Map.of(), Optional.of(term), Map.of());
    CommandResult started = levman.start(new StartProcess(CommandId.of("start-sla-acme-hosting"),
        instance, Handbook.SERVICE_LEVEL_MANAGEMENT, PersonId.of("ann"), context));

    WorkItem first = levman.workList(WorkQuery.all().person(PersonId.of("ann"))).get(0);   // step 1
    CommandResult done = levman.complete(CompleteStep.of(CommandId.of("complete-" + first.id().value()),
        instance, first.id(), PersonId.of("ann")).build());            // a command id of its own
    if (!started.accepted() || !done.accepted()) {
      throw new IllegalStateException(started + " " + done);      // a Rejected names what was wrong
    }
    // README:end
    for (int round = 0; round < 2; round++) {
      for (WorkItem item : levman.workList(WorkQuery.all().person(PersonId.of("ann")))) {
        CommandResult next = levman.complete(CompleteStep.of(CommandId.of("complete-" + item.id().value()),
            instance, item.id(), PersonId.of("ann")).build());
        if (!next.accepted()) {
          throw new IllegalStateException(next.toString());
        }
      }
    }
    WorkItem assess = levman.workList(WorkQuery.all().person(PersonId.of("lars"))).get(0);
    CommandResult refused = levman.complete(CompleteStep.of(CommandId.of("assess-dap"), instance,
        assess.id(), PersonId.of("lars")).build());                  // a gate needs its outcome
    CommandResult assessed = levman.complete(CompleteStep.of(CommandId.of("assess-dap-2"), instance,
        assess.id(), PersonId.of("lars")).outcome("akkoord").build());
    WorkItem sign = levman.workList(WorkQuery.all().person(PersonId.of("ann"))).get(0);
    CommandResult signed = levman.complete(CompleteStep.of(CommandId.of("sign-dap"), instance, sign.id(),
            PersonId.of("ann"))
        .document(DocumentInput.of("handleiding", "handleiding.pdf", "rules".getBytes(StandardCharsets.UTF_8)))
        .document(DocumentInput.of("dap", "dap-acme-signed.pdf", "DAP v1".getBytes(StandardCharsets.UTF_8)))
        .field("signatures", "[{\"person\":\"dirk\",\"role\":\"DE\"},{\"person\":\"lars\",\"role\":\"LEV\"}]")
        .build());
    if (refused.accepted() || !assessed.accepted() || !signed.accepted()) {
      throw new IllegalStateException(refused + " " + assessed + " " + signed);
    }
    return levman.history(instance).stream().map(HistoryEntry::type).toList();
  }

  public static void main(String[] args) {
    run().forEach(System.out::println);
  }
}
