package nl.levman.domain.report;

/** The verdict on one KPI in one period. */
public enum Verdict {
  MET,
  WARNING,
  BREACHED
}
