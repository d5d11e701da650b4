package nl.levman.spi;

import nl.levman.domain.mandate.Mandaatlijst;

/**
 * Where the organisation keeps its Mandaatlijst: every version, so that a signature is checked
 * against the version in force on the day it was given. Thread-safe.
 */
public interface Mandates {

  Mandaatlijst mandaatlijst();
}
