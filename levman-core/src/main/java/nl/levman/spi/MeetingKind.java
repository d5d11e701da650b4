package nl.levman.spi;

/** The meetings the handbook plans. */
public enum MeetingKind {
  /** A contractual meeting with the supplier, planned in SLM step 2 from the DAP's structure. */
  CONTRACTUAL,
  /** A desired internal meeting, planned in SLM step 2. */
  INTERNAL,
  /** The ad hoc performance meeting of SLM step 14, at once on bad performance. */
  AD_HOC_PERFORMANCE,
  /** The review meeting with the management team, planned in risk-review step 4. */
  MT_REVIEW
}
