package nl.levman.domain;

import static nl.levman.domain.Agreements.report;
import static nl.levman.domain.Agreements.sla;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.domain.credit.PenaltyRule;
import nl.levman.domain.credit.ServiceCredit;
import nl.levman.domain.credit.ServiceCredits;
import nl.levman.domain.sla.Money;
import org.junit.jupiter.api.Test;

/** Every penalty formula against amounts computed by hand. Monthly fee: € 20,000.00. */
class ServiceCreditTest {
  static final PenaltyRule.Limits NONE = PenaltyRule.Limits.none("EUR");

  static PenaltyRule tiered(PenaltyRule.Limits limits) {
    return new PenaltyRule.TieredPercent("availability", List.of(
        new PenaltyRule.Tier(new BigDecimal("99.9"), new BigDecimal("10")),
        new PenaltyRule.Tier(new BigDecimal("99.0"), new BigDecimal("30")),
        new PenaltyRule.Tier(new BigDecimal("95.0"), new BigDecimal("100"))), limits);
  }

  @Test
  void tieredPercentTakesTheWorstBandTheValueFallsIn() {
    // 99.5 < 99.9 → 10% of 20,000 = 2,000.00
    assertThat(credit(tiered(NONE), "99.5").amount()).isEqualTo(Money.euro("2000"));
    // 98.7 < 99.0 → 30% = 6,000.00
    assertThat(credit(tiered(NONE), "98.7").amount()).isEqualTo(Money.euro("6000"));
    // 94.0 < 95.0 → 100% = 20,000.00
    assertThat(credit(tiered(NONE), "94.0").amount()).isEqualTo(Money.euro("20000"));
    // exactly 99.9 is no tier → 0
    assertThat(credit(tiered(NONE), "99.9").amount()).isEqualTo(Money.euro("0"));
  }

  @Test
  void aCapLimitsTheCreditAndTheTraceSaysSo() {
    // 30% = 6,000.00, capped at 5,000.00
    ServiceCredit c = credit(tiered(new PenaltyRule.Limits(Optional.of(Money.euro("5000")), Money.euro("0"),
        Optional.empty())), "98.7");
    assertThat(c.amount()).isEqualTo(Money.euro("5000"));
    assertThat(c.trace()).anySatisfy(l -> assertThat(l).contains("band < 99.0 %", "30% of fee EUR 20000.00 = EUR 6000.00"))
        .anySatisfy(l -> assertThat(l).contains("capped at EUR 5000.00"));
  }

  @Test
  void fixedPerBreachOnlyWhenBreached() {
    PenaltyRule fixed = new PenaltyRule.FixedPerBreach("p1-resolution", Money.euro("750"), NONE);
    assertThat(credit(fixed, "99.95", "9").amount()).isEqualTo(Money.euro("750"));   // 9 h > 8 h
    assertThat(credit(fixed, "99.95", "8").amount()).isEqualTo(Money.euro("0"));     // on the threshold: warning
  }

  @Test
  void perUnitOverTargetCountsStartedUnitsAndHonoursTheMinimum() {
    PenaltyRule perHour = new PenaltyRule.PerUnitOverTarget("p1-resolution", Money.euro("250"),
        new PenaltyRule.Limits(Optional.empty(), Money.euro("300"), Optional.empty()));
    // 6.2 h − 4 h target = 2.2 → 3 started hours × 250 = 750.00
    assertThat(credit(perHour, "99.95", "6.2").amount()).isEqualTo(Money.euro("750"));
    // 4.5 h → 1 started hour × 250 = 250.00 < minimum 300 → not issued
    assertThat(credit(perHour, "99.95", "4.5").amount()).isEqualTo(Money.euro("0"));
  }

  @Test
  void theAtRiskPoolSpreadsTheAtRiskAmountAndNeverPaysMoreThanIt() {
    PenaltyRule pool = new PenaltyRule.AtRiskPool(new BigDecimal("12"), Map.of(
        "availability", new BigDecimal("60"), "p1-resolution", new BigDecimal("60")), NONE);
    // at risk = 12% of 20,000 = 2,400; availability breached → 60% × 2,400 = 1,440.00
    assertThat(credit(pool, "98.0", "3").amount()).isEqualTo(Money.euro("1440"));
    // both breached → 1,440 + 1,440 = 2,880, capped at the at-risk 2,400.00
    assertThat(credit(pool, "98.0", "9").amount()).isEqualTo(Money.euro("2400"));
  }

  @Test
  void anEarnBackWaivesTheCreditWhenTheNextPeriodsReachTheLevel() {
    PenaltyRule earn = tiered(new PenaltyRule.Limits(Optional.empty(), Money.euro("0"),
        Optional.of(new PenaltyRule.EarnBack(new BigDecimal("99.95"), 2))));
    var sla = sla(earn);
    var bad = report(1, "99.5", "3", "8");
    assertThat(ServiceCredits.compute(sla, bad, List.of(report(2, "99.96", "3", "8"),
        report(3, "99.99", "3", "8"))).amount()).isEqualTo(Money.euro("0"));
    assertThat(ServiceCredits.compute(sla, bad, List.of(report(2, "99.96", "3", "8"),
        report(3, "99.90", "3", "8"))).amount()).as("99.90 < 99.95: not earned back").isEqualTo(Money.euro("2000"));
    assertThat(ServiceCredits.compute(sla, bad, List.of()).amount()).isEqualTo(Money.euro("2000"));
  }

  @Test
  void rulesAddUp() {
    var sla = sla(tiered(NONE), new PenaltyRule.FixedPerBreach("p1-resolution", Money.euro("750"), NONE));
    // 2,000 + 750 = 2,750.00
    assertThat(ServiceCredits.compute(sla, report(1, "99.5", "10", "8"), List.of()).amount())
        .isEqualTo(Money.euro("2750"));
  }

  @Test
  void theRenewalDecisionIsDueBeforeTheNoticeDeadlineNotOnTheEndDate() {
    var sla = sla();
    // end 2029-01-01, notice 6 months → notice deadline 2028-07-01; one reporting period earlier
    assertThat(sla.noticeDeadline()).isEqualTo(LocalDate.of(2028, 7, 1));
    assertThat(sla.renewalDecisionDue()).isEqualTo(LocalDate.of(2028, 6, 1));
    assertThat(sla.term().renewalDue()).isEqualTo(LocalDate.of(2028, 6, 1));
    assertThat(sla.term().reportingPeriod()).isEqualTo(java.time.Period.ofMonths(1));
  }

  private static ServiceCredit credit(PenaltyRule rule, String availability) {
    return credit(rule, availability, "3");
  }

  private static ServiceCredit credit(PenaltyRule rule, String availability, String resolution) {
    return ServiceCredits.compute(sla(rule), report(1, availability, resolution, "8"), List.of());
  }
}
