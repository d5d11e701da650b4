package nl.levman.importer;

import java.util.List;
import java.util.Optional;
import nl.levman.model.ArchivePlace;
import nl.levman.model.DocumentType;
import nl.levman.model.Role;

/**
 * One row of the step table as the text says it: its number, the role of the Verantwoordelijke
 * column (and whether it may be delegated), the label and what it says about the way on, the
 * documents needed, and where (and what) it archives.
 */
record TableStep(
    int number,
    int line,
    Optional<Role> role,
    List<Role> alternates,
    boolean delegable,
    Description.Read description,
    List<DocumentType> needs,
    Optional<ArchivePlace> archivesTo,
    List<DocumentType> archives) {

  TableStep {
    alternates = List.copyOf(alternates);
    needs = List.copyOf(needs);
    archives = List.copyOf(archives);
  }

  String label() {
    return description.label();
  }
}
