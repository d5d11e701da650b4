package nl.levman.importer;

import static java.util.Objects.requireNonNull;

import java.util.List;
import nl.levman.model.ProcessDefinition;

/**
 * What an import gives: a verified definition, or the refusal with every problem found. An import
 * never registers anything and never throws for bad input.
 */
public sealed interface ImportResult permits ImportResult.Imported, ImportResult.Refused {

  /** The table and its overlay make a verified definition. */
  record Imported(ProcessDefinition definition, List<Reading> readings) implements ImportResult {
    public Imported {
      requireNonNull(definition, "definition");
      readings = List.copyOf(readings);
    }
  }

  /** The table and its overlay do not make a definition; every question and error, by file and line. */
  record Refused(List<Problem> problems) implements ImportResult {
    public Refused {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("a refusal names at least one problem");
      }
    }
  }
}
