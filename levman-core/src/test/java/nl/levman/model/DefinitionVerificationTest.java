package nl.levman.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A definition is verified when it is built: each error is a LevmanException naming the step. */
class DefinitionVerificationTest {
  static final Role A = new Role("A", "A", "A", RoleScope.ORGANISATION);
  static final Role UNDECLARED = new Role("X", "X", "X", RoleScope.ORGANISATION);
  static final DocumentType DOC = new DocumentType("doc", "Document", "Document");
  static final ArchivePlace PLACE = new ArchivePlace("shelf", "Plank", "Shelf");

  static ProcessDefinition.ProcessBuilder process() {
    return ProcessDefinition.builder("p", 1).roles(A);
  }

  @Test
  void anUnreachableStep() {
    assertThatThrownBy(() -> process()
        .step(1).by(A).nl("een").end()
        .step(2).by(A).nl("twee").end().build())
        .isInstanceOf(LevmanException.class)
        .hasMessage("process 'p': step 2 cannot be reached from the start (step 1) or from a step that can be raised");
  }

  @Test
  void anOutcomeThatLeadsToAnUnknownStep() {
    assertThatThrownBy(() -> process()
        .step(1).by(A).nl("een").gate(Outcome.of("ja", 2), Outcome.of("nee", 99))
        .step(2).by(A).nl("twee").end().build())
        .hasMessage("process 'p': step 1 outcome 'nee' leads to step 99, which does not exist");
  }

  @Test
  void aStepFromWhichNoEndCanBeReached() {
    assertThatThrownBy(() -> process()
        .step(1).by(A).nl("een").gate(Outcome.of("ja", 2), Outcome.of("nee", 3))
        .step(2).by(A).nl("twee").next(4)
        .step(4).by(A).nl("vier").next(2)
        .step(3).by(A).nl("drie").end().build())
        .hasMessage("process 'p': step 2 has no way on to an end: every path from it loops forever");
  }

  @Test
  void anUndeclaredRole() {
    assertThatThrownBy(() -> process().step(1).by(UNDECLARED).nl("een").end().build())
        .hasMessage("process 'p': step 1 names role 'X', which is not declared");
  }

  @Test
  void anUndeclaredDocument() {
    assertThatThrownBy(() -> process().step(1).by(A).nl("een").needs(DOC).end().build())
        .hasMessage("process 'p': step 1 needs document 'doc', which is not declared");
  }

  @Test
  void anUndeclaredArchivePlace() {
    assertThatThrownBy(() -> process().step(1).by(A).nl("een").archivesTo(PLACE).end().build())
        .hasMessage("process 'p': step 1 archives to 'shelf', which is not declared");
  }

  @Test
  void aDuplicateStepNumber() {
    assertThatThrownBy(() -> process()
        .step(1).by(A).nl("een").next(2)
        .step(2).by(A).nl("twee").end()
        .step(2).by(A).nl("nog eens twee").end().build())
        .hasMessage("process 'p': step 2 is defined twice");
  }

  @Test
  void anUndeclaredFlagOrItemKind() {
    assertThatThrownBy(() -> process()
        .step(1).by(A).nl("een").then(WayOn.condition("dap-wanted", 2, 2))
        .step(2).by(A).nl("twee").end().build())
        .hasMessage("process 'p': step 1 tests flag 'dap-wanted', which is not declared");
    assertThatThrownBy(() -> process()
        .step(1).by(A).nl("een").then(WayOn.forEach("supplier", List.of(2), 3))
        .step(2).by(A).nl("twee").next(3)
        .step(3).by(A).nl("drie").end().build())
        .hasMessage("process 'p': step 1 fans out per 'supplier', which is not declared");
  }

  @Test
  void aJoinWithoutASplit() {
    assertThatThrownBy(() -> process()
        .step(1).by(A).nl("een").next(2)
        .step(2).by(A).nl("twee").join().build())
        .hasMessage("process 'p': step 2 joins, but no parallel split leads to it");
  }

  @Test
  void aBranchThatNeverJoins() {
    assertThatThrownBy(() -> process()
        .step(1).by(A).nl("een").then(WayOn.split(List.of(2, 3), WayOn.end()))
        .step(2).by(A).nl("twee").join()
        .step(3).by(A).nl("drie").end().build())
        .hasMessage("process 'p': step 1 splits into a branch at step 3 that never joins");
  }

  @Test
  void aStepWithoutLabel() {
    assertThatThrownBy(() -> process().step(1).by(A).end())
        .hasMessage("process 'p': step 1 has no label");
  }
}
