package nl.levman.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.domain.Agreements;
import nl.levman.domain.dap.Dap;
import nl.levman.domain.mandate.Mandaatlijst;
import nl.levman.spi.MandatesAndAgreementsContract;

/** The in-memory Mandaatlijst and contract register pass their contract. */
class InMemoryRegisterTest extends MandatesAndAgreementsContract {
  @Override
  protected nl.levman.spi.Mandates mandates() {
    return new InMemoryMandates()
        .add(new Mandaatlijst.Version(LocalDate.of(2025, 1, 1), List.of()))
        .add(new Mandaatlijst.Version(LocalDate.of(2026, 1, 1),
            List.of(new Mandaatlijst.Mandate("MT", "sla", Optional.empty()))));
  }

  @Override
  protected nl.levman.spi.Agreements agreements() {
    return new InMemoryAgreements().add(Agreements.sla()).add(new Dap("acme", List.of(), List.of(), List.of(),
        Map.of(), List.of(), new Dap.ReportingAgreement(List.of(), 10, "PDF"), List.of()));
  }
}
