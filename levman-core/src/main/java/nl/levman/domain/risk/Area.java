package nl.levman.domain.risk;

/** The two questions of the review: is continuity, or information security, at risk? */
public enum Area {
  CONTINUITY,
  INFORMATION_SECURITY
}
