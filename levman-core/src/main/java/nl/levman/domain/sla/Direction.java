package nl.levman.domain.sla;

/** Whether a higher or a lower measured value is better (availability vs. resolution time). */
public enum Direction {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER
}
