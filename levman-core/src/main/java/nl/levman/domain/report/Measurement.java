package nl.levman.domain.report;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** One measured KPI value in an SLR, in the KPI's unit, with the supplier's explanation of a deviation. */
public record Measurement(BigDecimal value, String unit, Optional<String> explanation) {
  public Measurement {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(explanation, "explanation");
  }

  public static Measurement of(String value, String unit) {
    return new Measurement(new BigDecimal(value), unit, Optional.empty());
  }
}
