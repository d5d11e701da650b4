package nl.levman.domain.credit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.levman.domain.sla.Money;
import nl.levman.model.LevmanException;

/**
 * How a missed service level turns into a service credit (boete). Each rule has limits: a cap, a
 * minimum below which no credit is issued, and an optional earn-back.
 */
public sealed interface PenaltyRule {

  Limits limits();

  /**
   * Limits of a rule. {@code cap}: at most this much per period; {@code minimum}: a smaller credit
   * is not issued; {@code earnBack}: the credit is waived when the KPI reaches the earn-back level
   * in each of the next periods.
   */
  record Limits(Optional<Money> cap, Money minimum, Optional<EarnBack> earnBack) {
    public Limits {
      Objects.requireNonNull(cap, "cap");
      Objects.requireNonNull(minimum, "minimum");
      Objects.requireNonNull(earnBack, "earnBack");
    }

    public static Limits none(String currency) {
      return new Limits(Optional.empty(), Money.zero(currency), Optional.empty());
    }
  }

  /** Earn-back: reach {@code level} in each of the next {@code periods} periods to waive the credit. */
  record EarnBack(BigDecimal level, int periods) {
    public EarnBack {
      if (periods < 1) {
        throw new LevmanException("an earn-back needs at least one period");
      }
    }
  }

  /** A step of a tiered rule: a value on the bad side of {@code bound} costs {@code percent} of the fee. */
  record Tier(BigDecimal bound, BigDecimal percent) {}

  /**
   * A percentage of the monthly fee by band: the worst tier the value falls in applies (AWS-style
   * 10/30/100%). Tiers are listed from the mildest to the worst.
   */
  record TieredPercent(String kpi, List<Tier> tiers, Limits limits) implements PenaltyRule {
    public TieredPercent {
      tiers = List.copyOf(tiers);
      if (tiers.isEmpty()) {
        throw new LevmanException("a tiered rule for " + kpi + " needs at least one tier");
      }
    }
  }

  /** A fixed amount for each period in which the KPI is breached. */
  record FixedPerBreach(String kpi, Money amount, Limits limits) implements PenaltyRule {}

  /**
   * An amount per started unit on the bad side of the target (such as € 250 per started hour of
   * resolution time above the target).
   */
  record PerUnitOverTarget(String kpi, Money perUnit, Limits limits) implements PenaltyRule {}

  /**
   * An at-risk amount (a percentage of the monthly fee) spread over KPIs by allocation percentages:
   * each breached KPI costs its allocation of the at-risk amount; together never more than the
   * at-risk amount, even when the allocations add up to more than 100%.
   */
  record AtRiskPool(BigDecimal atRiskPercent, Map<String, BigDecimal> allocation, Limits limits)
      implements PenaltyRule {
    public AtRiskPool {
      allocation = Map.copyOf(allocation);
    }
  }
}
