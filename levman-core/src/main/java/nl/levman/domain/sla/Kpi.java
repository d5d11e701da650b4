package nl.levman.domain.sla;

import java.math.BigDecimal;
import java.util.Objects;
import nl.levman.model.LevmanException;

/**
 * A key performance indicator of an SLA. A measured value is <em>met</em> when it reaches the target
 * (exactly on target is met), a <em>warning</em> when it misses the target but stays within the
 * warning band (the warning threshold itself still counts as warning), and <em>breached</em>
 * beyond it. For HIGHER_IS_BETTER: met ≥ target > warning ≥ … ; breached &lt; warning.
 *
 * @param warning the threshold beyond which a miss becomes a breach
 * @param measurement how the value is measured over the period, such as "calendar month"
 */
public record Kpi(
    String id,
    String nameNl,
    String nameEn,
    String unit,
    int precision,
    Direction direction,
    BigDecimal target,
    BigDecimal warning,
    String measurement,
    BigDecimal weight,
    Consequence consequence) {

  public Kpi {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(warning, "warning");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(consequence, "consequence");
    boolean ordered = direction == Direction.HIGHER_IS_BETTER
        ? warning.compareTo(target) <= 0 : warning.compareTo(target) >= 0;
    if (!ordered) {
      throw new LevmanException("KPI " + id + ": the warning threshold " + warning
          + " must lie on the bad side of the target " + target);
    }
    if (precision < 0 || weight.signum() < 0) {
      throw new LevmanException("KPI " + id + ": precision and weight cannot be negative");
    }
  }

  /** How far a value is on the bad side of the target, in the KPI's unit (0 when met). */
  public BigDecimal shortfall(BigDecimal value) {
    BigDecimal gap = direction == Direction.HIGHER_IS_BETTER ? target.subtract(value) : value.subtract(target);
    return gap.signum() > 0 ? gap : BigDecimal.ZERO;
  }

  /** Whether the value is beyond the warning threshold. */
  public boolean breachedBy(BigDecimal value) {
    return direction == Direction.HIGHER_IS_BETTER ? value.compareTo(warning) < 0 : value.compareTo(warning) > 0;
  }
}
