package nl.levman.domain.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.levman.domain.report.ServiceLevelReport;
import nl.levman.domain.sla.Direction;
import nl.levman.domain.sla.Kpi;
import nl.levman.domain.sla.Money;
import nl.levman.domain.sla.ServiceLevelAgreement;

/** Computes the service credit of one period from the SLA's penalty rules. Pure. */
public final class ServiceCredits {
  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private ServiceCredits() {}

  /**
   * The credit for {@code report}; {@code later} are the reports of the following periods, oldest
   * first, for earn-back.
   */
  public static ServiceCredit compute(ServiceLevelAgreement sla, ServiceLevelReport report,
      List<ServiceLevelReport> later) {
    Money total = Money.zero(sla.monthlyFee().currency());
    List<String> trace = new ArrayList<>();
    for (PenaltyRule rule : sla.penaltyRules()) {
      Money raw = raw(sla, rule, report, trace);
      Money limited = limit(rule.limits(), raw, trace);
      if (!limited.isZero() && earnedBack(sla, rule, later, trace)) {
        limited = Money.zero(limited.currency());
      }
      total = total.plus(limited);
    }
    trace.add("total credit for period " + report.period() + ": " + total);
    return new ServiceCredit(total, trace);
  }

  private static Money raw(ServiceLevelAgreement sla, PenaltyRule rule, ServiceLevelReport report,
      List<String> trace) {
    Money fee = sla.monthlyFee();
    if (rule instanceof PenaltyRule.TieredPercent t) {
      Kpi kpi = sla.kpi(t.kpi()).orElseThrow();
      BigDecimal value = report.value(t.kpi());
      BigDecimal percent = BigDecimal.ZERO;
      String band = "no tier";
      for (PenaltyRule.Tier tier : t.tiers()) {
        if (worse(kpi.direction(), value, tier.bound())) {
          percent = tier.percent();
          band = (kpi.direction() == Direction.HIGHER_IS_BETTER ? "< " : "> ") + tier.bound() + " " + kpi.unit();
        }
      }
      Money amount = fee.times(percent.divide(HUNDRED));
      trace.add("tiered " + kpi.id() + ": value " + value + " " + kpi.unit() + " → band " + band + " → "
          + percent + "% of fee " + fee + " = " + amount);
      return amount;
    }
    if (rule instanceof PenaltyRule.FixedPerBreach f) {
      Kpi kpi = sla.kpi(f.kpi()).orElseThrow();
      BigDecimal value = report.value(f.kpi());
      boolean breached = kpi.breachedBy(value);
      Money amount = breached ? f.amount() : Money.zero(fee.currency());
      trace.add("fixed per breach " + kpi.id() + ": value " + value + " vs breach threshold " + kpi.warning()
          + " → " + (breached ? "breached" : "not breached") + " → " + amount);
      return amount;
    }
    if (rule instanceof PenaltyRule.PerUnitOverTarget p) {
      Kpi kpi = sla.kpi(p.kpi()).orElseThrow();
      BigDecimal value = report.value(p.kpi());
      BigDecimal units = kpi.shortfall(value).setScale(0, RoundingMode.CEILING);
      Money amount = p.perUnit().times(units);
      trace.add("per unit " + kpi.id() + ": value " + value + " vs target " + kpi.target() + " → "
          + units + " started " + kpi.unit() + " × " + p.perUnit() + " = " + amount);
      return amount;
    }
    PenaltyRule.AtRiskPool pool = (PenaltyRule.AtRiskPool) rule;
    Money atRisk = fee.times(pool.atRiskPercent().divide(HUNDRED));
    Money sum = Money.zero(fee.currency());
    for (Map.Entry<String, BigDecimal> e : new java.util.TreeMap<>(pool.allocation()).entrySet()) {
      Kpi kpi = sla.kpi(e.getKey()).orElseThrow();
      if (kpi.breachedBy(report.value(e.getKey()))) {
        Money share = atRisk.times(e.getValue().divide(HUNDRED));
        sum = sum.plus(share);
        trace.add("at-risk pool " + kpi.id() + ": breached → " + e.getValue() + "% of at-risk " + atRisk + " = " + share);
      }
    }
    Money amount = sum.min(atRisk);
    trace.add("at-risk pool: " + sum + " capped at the at-risk amount " + atRisk + " = " + amount);
    return amount;
  }

  private static boolean worse(Direction direction, BigDecimal value, BigDecimal bound) {
    return direction == Direction.HIGHER_IS_BETTER ? value.compareTo(bound) < 0 : value.compareTo(bound) > 0;
  }

  private static Money limit(PenaltyRule.Limits limits, Money raw, List<String> trace) {
    Money amount = raw;
    if (limits.cap().isPresent() && amount.compareTo(limits.cap().get()) > 0) {
      trace.add("  capped at " + limits.cap().get());
      amount = limits.cap().get();
    }
    if (!amount.isZero() && amount.compareTo(limits.minimum()) < 0) {
      trace.add("  " + amount + " is below the minimum " + limits.minimum() + ": not issued");
      amount = Money.zero(amount.currency());
    }
    return amount;
  }

  private static boolean earnedBack(ServiceLevelAgreement sla, PenaltyRule rule,
      List<ServiceLevelReport> later, List<String> trace) {
    if (rule.limits().earnBack().isEmpty()) {
      return false;
    }
    PenaltyRule.EarnBack earnBack = rule.limits().earnBack().get();
    String kpiId = kpiOf(rule);
    if (kpiId == null || later.size() < earnBack.periods()) {
      return false;
    }
    Kpi kpi = sla.kpi(kpiId).orElseThrow();
    for (ServiceLevelReport next : later.subList(0, earnBack.periods())) {
      if (worse(kpi.direction(), next.value(kpiId), earnBack.level())) {
        return false;
      }
    }
    trace.add("  earned back: " + kpi.id() + " reached " + earnBack.level() + " in the next "
        + earnBack.periods() + " period(s): credit waived");
    return true;
  }

  private static String kpiOf(PenaltyRule rule) {
    if (rule instanceof PenaltyRule.TieredPercent t) {
      return t.kpi();
    }
    if (rule instanceof PenaltyRule.FixedPerBreach f) {
      return f.kpi();
    }
    if (rule instanceof PenaltyRule.PerUnitOverTarget p) {
      return p.kpi();
    }
    return null;
  }
}
