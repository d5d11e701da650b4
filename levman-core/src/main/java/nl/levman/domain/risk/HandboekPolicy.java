package nl.levman.domain.risk;

import java.time.LocalDate;
import java.util.List;

/**
 * The Levman Handboek's rule for which suppliers a periodic review looks at: those with the highest
 * risk of harm (afbreukrisico). Replaceable by the organisation; {@link WeightedHandboekPolicy} is
 * the default. The coordinating CM confirms the proposal at risk-review step 2.
 */
public interface HandboekPolicy {

  /** Every candidate ranked, highest risk first, with the proposed ones marked and reasons given. */
  List<Ranked> rank(List<Candidate> candidates, LocalDate today);
}
