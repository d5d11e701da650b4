package org.example.host;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import nl.levman.behaviour.Behaviours;
import nl.levman.domain.sla.Consequence;
import nl.levman.domain.sla.Direction;
import nl.levman.domain.sla.Kpi;
import nl.levman.domain.mandate.Mandaatlijst;
import nl.levman.domain.sla.Money;
import nl.levman.domain.sla.RenewalKind;
import nl.levman.domain.sla.ReportingPeriod;
import nl.levman.domain.sla.ServiceLevelAgreement;
import nl.levman.handbook.ServiceLevelBehaviours;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.memory.InMemoryAgreements;
import nl.levman.memory.InMemoryDirectory;
import nl.levman.memory.InMemoryMandates;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Scope;
import nl.levman.spi.Directory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the host tells Levman: the process it runs and its behaviours, and who holds which role.
 * In production the directory, the contract register and the Mandaatlijst are the host's own
 * systems; here they are in memory, with one SLA.
 */
@Configuration(proxyBeanMethods = false)
class HostLevman {

  @Bean
  ProcessDefinition serviceLevelManagement() {
    return ServiceLevelManagement.definition();
  }

  @Bean
  InMemoryAgreements contractRegister() {
    ServiceLevelAgreement sla = ServiceLevelAgreement.builder()
        .id("sla-acme-hosting").supplier("acme").service("hosting")
        .start(LocalDate.of(2026, 1, 1)).end(LocalDate.of(2028, 1, 1))
        .noticePeriod(Period.ofMonths(6)).renewal(RenewalKind.TACIT)
        .reportingPeriod(ReportingPeriod.MONTHLY).monthlyFee(Money.euro("20000"))
        .addKpis(new Kpi("availability", "Beschikbaarheid", "Availability", "%", 2,
            Direction.HIGHER_IS_BETTER, new BigDecimal("99.9"), new BigDecimal("99.0"),
            "calendar month", BigDecimal.ONE, Consequence.SERVICE_CREDIT))
        .build();
    return new InMemoryAgreements().add(sla);
  }

  @Bean
  Behaviours serviceLevelBehaviours(InMemoryAgreements contractRegister) {
    return ServiceLevelBehaviours.with(contractRegister,
        new InMemoryMandates().add(new Mandaatlijst.Version(LocalDate.of(2026, 1, 1), List.of())));
  }

  @Bean
  Directory directory() {
    return new InMemoryDirectory()
        .grant("ann", "SLM", Scope.service("hosting"))
        .grant("lars", "LEV", Scope.supplier("acme"))
        .grant("dirk", "DE", Scope.service("hosting"));
  }
}
