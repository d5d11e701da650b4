package nl.levman.importer;

import static java.util.Objects.requireNonNull;

/**
 * What the importer read from the prose of the table on its own, so that an integrator can check
 * it: a parallel split from "Parallel aan stap 2", a link from "start proces 8", an end from
 * "Einde proces".
 *
 * @param source the table's name
 * @param line the line the reading rests on
 * @param what what was read, in words
 */
public record Reading(String source, int line, String what) {
  public Reading {
    requireNonNull(source, "source");
    requireNonNull(what, "what");
  }

  @Override
  public String toString() {
    return source + ":" + line + ": " + what;
  }
}
