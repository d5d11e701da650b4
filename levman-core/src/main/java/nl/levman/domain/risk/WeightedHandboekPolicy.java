package nl.levman.domain.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.levman.domain.sla.Money;

/**
 * Ranks by a weighted score (0–100): profile score 40%, criticality 30%, contract value 20% (relative
 * to the largest), time since the last review 10% (two years or never counts fully). Proposes the
 * top {@code selected}; ties are broken by supplier id, so the ranking is deterministic.
 */
public final class WeightedHandboekPolicy implements HandboekPolicy {
  private final int selected;

  public WeightedHandboekPolicy(int selected) {
    this.selected = selected;
  }

  @Override
  public List<Ranked> rank(List<Candidate> candidates, LocalDate today) {
    BigDecimal largest = candidates.stream().map(Candidate::contractValue).map(Money::amount)
        .max(BigDecimal::compareTo).orElse(BigDecimal.ONE);
    record Scored(Candidate c, BigDecimal score, List<String> reasons) {}
    List<Scored> scored = new ArrayList<>();
    for (Candidate c : candidates) {
      List<String> reasons = new ArrayList<>();
      double profile = c.profileScore().map(s -> s / 25.0).orElse(0.6);
      reasons.add(c.profileScore().map(s -> "risk profile score " + s + "/25 (" + RiskLevel.of(s) + ")")
          .orElse("no risk profile yet: counted as medium"));
      double criticality = c.criticality() / 5.0;
      reasons.add("service criticality " + c.criticality() + "/5");
      double value = largest.signum() == 0 ? 0 : c.contractValue().amount().doubleValue() / largest.doubleValue();
      reasons.add("contract value " + c.contractValue());
      double age = c.lastReview().map(d -> Math.min(1.0, ChronoUnit.DAYS.between(d, today) / 730.0)).orElse(1.0);
      reasons.add(c.lastReview().map(d -> "last reviewed " + d).orElse("never reviewed"));
      double total = 100 * (0.4 * profile + 0.3 * criticality + 0.2 * value + 0.1 * age);
      scored.add(new Scored(c, BigDecimal.valueOf(total).setScale(1, RoundingMode.HALF_EVEN), reasons));
    }
    scored.sort(Comparator.comparing(Scored::score).reversed().thenComparing(s -> s.c().supplier()));
    List<Ranked> ranking = new ArrayList<>();
    for (int i = 0; i < scored.size(); i++) {
      Scored s = scored.get(i);
      ranking.add(new Ranked(s.c().supplier(), s.score(), i < selected, s.reasons()));
    }
    return ranking;
  }
}
