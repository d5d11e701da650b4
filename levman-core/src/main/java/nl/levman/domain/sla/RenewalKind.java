package nl.levman.domain.sla;

/** How an agreement renews at the end of its term: by itself unless notice is given, or only by signing. */
public enum RenewalKind {
  TACIT,
  EXPRESS
}
