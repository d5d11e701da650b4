package nl.levman.model;

/** The languages labels are kept in: Dutch, verbatim from the handbook, and English. */
public enum Language {
  NL,
  EN
}
