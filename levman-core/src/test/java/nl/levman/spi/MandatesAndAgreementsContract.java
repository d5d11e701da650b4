package nl.levman.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the contract-register ports must do. An adapter's test extends this and returns: a Mandates
 * holding versions valid from 2025-01-01 (no mandates) and 2026-01-01 (MT may sign "sla"), and an
 * Agreements holding SLA "sla-acme-hosting" and a DAP for supplier "acme".
 */
public abstract class MandatesAndAgreementsContract {

  protected abstract Mandates mandates();

  protected abstract Agreements agreements();

  @Test
  void theVersionInForceIsTheLatestStartedOnTheDay() {
    var list = mandates().mandaatlijst();
    assertThat(list.inForce(LocalDate.of(2025, 12, 31)).mandates()).isEmpty();
    assertThat(list.inForce(LocalDate.of(2026, 1, 1)).mandates()).extracting(m -> m.role()).containsExactly("MT");
  }

  @Test
  void findsSlasByIdAndDapsBySupplier() {
    assertThat(agreements().sla("sla-acme-hosting")).isPresent();
    assertThat(agreements().sla("nope")).isEmpty();
    assertThat(agreements().dap("acme")).isPresent();
    assertThat(agreements().dap("globex")).isEmpty();
  }

  @Test
  void aSignatureIsCheckedAgainstTheVersionOfItsDay() {
    var list = mandates().mandaatlijst();
    var lev = new nl.levman.domain.mandate.Mandaatlijst.Signature("lars", "LEV");
    var de = new nl.levman.domain.mandate.Mandaatlijst.Signature("dirk", "DE");
    assertThat(list.check("sla", nl.levman.domain.sla.Money.euro("1"), LocalDate.of(2025, 6, 1), List.of(lev, de))).isEmpty();
    assertThat(list.check("sla", nl.levman.domain.sla.Money.euro("1"), LocalDate.of(2026, 6, 1), List.of(lev, de))).isPresent();
  }
}
