package nl.levman.domain.risk;

import java.math.BigDecimal;
import java.util.List;

/** A supplier's place in the ranking: its score (0–100), whether it is proposed, and why. */
public record Ranked(String supplier, BigDecimal score, boolean proposed, List<String> reasons) {
  public Ranked {
    reasons = List.copyOf(reasons);
  }
}
