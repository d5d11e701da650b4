package nl.levman.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.levman.model.Language;
import org.junit.jupiter.api.Test;

/** Euros as Dutch and English readers write them. */
class MoneyTest {
  private static final String NBSP = "\u00a0";

  @Test
  void dutchPutsTheSignFirstWithANoBreakSpaceAndWritesDecimalCommas() {
    assertThat(Money.euros(new BigDecimal("19950"), Language.NL)).isEqualTo("€" + NBSP + "19.950,00");
    assertThat(Money.euros(new BigDecimal("1234567.891"), Language.NL)).isEqualTo("€" + NBSP + "1.234.567,89");
    assertThat(Money.euros(new BigDecimal("0.5"), Language.NL)).isEqualTo("€" + NBSP + "0,50");
    assertThat(Money.euros(new BigDecimal("-1234.5"), Language.NL)).contains("1.234,50").contains("-").startsWith("€");
  }

  @Test
  void englishWritesTheSignAgainstTheNumberAndDecimalPoints() {
    assertThat(Money.euros(new BigDecimal("19950"), Language.EN)).isEqualTo("€19,950.00");
    assertThat(Money.euros(new BigDecimal("0.125"), Language.EN)).isEqualTo("€0.12");
    assertThat(Money.euros(new BigDecimal("0.135"), Language.EN)).as("half-even").isEqualTo("€0.14");
  }

  @Test
  void formatsTheDomainsMoney() {
    assertThat(Money.format(nl.levman.domain.sla.Money.euro("19950"), Language.NL)).isEqualTo("€" + NBSP + "19.950,00");
    assertThat(Money.format(nl.levman.domain.sla.Money.euro("19950"), Language.EN)).isEqualTo("€19,950.00");
  }
}
