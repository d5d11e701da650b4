package nl.levman.domain.risk;

/**
 * A risk level from a likelihood × impact score on 1–5 scales: 1–4 low, 5–9 medium, 10–15 high,
 * 16–25 critical.
 */
public enum RiskLevel {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  public static RiskLevel of(int score) {
    if (score >= 16) {
      return CRITICAL;
    }
    if (score >= 10) {
      return HIGH;
    }
    return score >= 5 ? MEDIUM : LOW;
  }
}
