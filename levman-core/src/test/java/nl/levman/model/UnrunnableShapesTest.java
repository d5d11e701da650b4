package nl.levman.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every shape the engine cannot run is refused when the definition is built, naming the step. */
class UnrunnableShapesTest {
  static final Role A = new Role("A", "A", "A", RoleScope.ORGANISATION);
  static final Role PER_SUPPLIER = new Role("S", "S", "S", RoleScope.SUPPLIER);
  static final Role PER_SERVICE = new Role("V", "V", "V", RoleScope.SERVICE);
  static final DocumentType DOC = new DocumentType("doc", "Document", "Document");
  static final ArchivePlace PLACE = new ArchivePlace("shelf", "Plank", "Shelf");

  static ProcessDefinition.ProcessBuilder process() {
    return ProcessDefinition.builder("p", 1).roles(A, PER_SUPPLIER, PER_SERVICE).documents(DOC)
        .places(PLACE).itemKinds("supplier", "thing");
  }

  @Test
  void aSplitBranchStartingAtAStepWithoutARole() {
    assertThatThrownBy(() -> process()
        .step(1).by(A).nl("een").then(WayOn.split(List.of(2, 3), WayOn.end()))
        .step(2).nl("twee").join()
        .step(3).by(A).nl("drie").join().build())
        .hasMessage("process 'p': step 2 starts a branch of the split at step 1, so it needs a responsible role");
  }

  @Test
  void aFanOutStartingAtAStepWithoutARole() {
    assertThatThrownBy(() -> process()
        .step(1).by(A).nl("een").then(WayOn.forEach("thing", List.of(2), 3))
        .step(2).nl("twee").next(3)
        .step(3).by(A).nl("drie").end().build())
        .hasMessage("process 'p': step 2 starts the fan-out of step 1, so it needs a responsible role");
  }

  @Test
  void aCycleWhosePeriodsStartAtAStepWithoutARole() {
    assertThatThrownBy(() -> process()
        .step(1).by(A).nl("een").then(WayOn.cycle(List.of(2), 3))
        .step(2).nl("twee").next(2)
        .step(3).by(A).nl("drie").end().build())
        .hasMessage("process 'p': step 2 starts each period of the cycle of step 1, so it needs a responsible role");
  }

  @Test
  void aSecondCycle() {
    assertThatThrownBy(() -> process()
        .step(1).by(A).nl("een").then(WayOn.cycle(List.of(2), 3))
        .step(2).by(A).nl("twee").next(2)
        .step(3).by(A).nl("drie").then(WayOn.cycle(List.of(4), 5))
        .step(4).by(A).nl("vier").next(4)
        .step(5).by(A).nl("vijf").end().build())
        .hasMessage("process 'p': step 3 holds a second periodic cycle (the first is at step 1); one cycle per process is supported");
  }

  @Test
  void aRolePerSupplierWhereNoSupplierIsKnown() {
    assertThatThrownBy(() -> process()
        .step(1).by(PER_SUPPLIER).nl("een").end().build())
        .hasMessage("process 'p': step 1 is done by S, a role held per supplier, but neither the process"
            + " is about a supplier nor does the step run per supplier");
  }

  @Test
  void aRolePerServiceWhereNoServiceOrSupplierIsKnown() {
    assertThatThrownBy(() -> process()
        .step(1).by(PER_SERVICE).nl("een").end().build())
        .hasMessage("process 'p': step 1 is done by V, a role held per service, but the process is about"
            + " no service or supplier and the step runs per neither");
  }

  @Test
  void aRolePerSupplierInsideAFanOutPerSupplierIsFine() {
    process().step(1).by(A).nl("een").then(WayOn.forEach("supplier", List.of(2), 3))
        .step(2).by(PER_SUPPLIER).nl("twee").archivesTo(PLACE).next(3)
        .step(3).by(A).nl("drie").end().build();
  }

  @Test
  void archivingWhereNoSupplierFolderIsKnown() {
    assertThatThrownBy(() -> process()
        .step(1).by(A).nl("een").archivesTo(PLACE).end().build())
        .hasMessage("process 'p': step 1 archives, but neither the process is about a supplier nor does"
            + " the step run per supplier, so there is no supplier folder to archive in");
  }

  @Test
  void archivingADocumentWithoutAPlace() {
    assertThatThrownBy(() -> process().about(Subject.SUPPLIER)
        .step(1).by(A).nl("een").archives(DOC).end().build())
        .hasMessage("process 'p': step 1 archives document 'doc' but has no archive place");
  }

  @Test
  void aStepRaisedByATriggerThatCannotBeRaised() {
    assertThatThrownBy(() -> process()
        .step(1).by(A).nl("een").next(2)
        .step(2).by(A).nl("twee").raisedOn("change").end().build())
        .hasMessage("process 'p': step 2 is raised on [change], so it must be raisable");
  }

  @Test
  void aBehaviourAtAStepNobodyPerforms() {
    assertThatThrownBy(() -> process()
        .step(1).by(A).nl("een").next(2)
        .step(2).nl("twee").behaviour(Behaviour.named("x.check")).end().build())
        .hasMessage("process 'p': step 2 runs behaviour x.check, so it needs a responsible role");
  }

  @Test
  void aBehaviourReadingAnUndeclaredDocument() {
    DocumentType other = new DocumentType("other", "Ander", "Other");
    assertThatThrownBy(() -> process()
        .step(1).by(A).nl("een").behaviour(Behaviour.named("x.check").reads(other)).end().build())
        .hasMessage("process 'p': step 1 runs behaviour x.check, which reads document 'other', which is not declared");
  }

  @Test
  void aFurtherRoleThatIsNotDeclared() {
    Role other = new Role("O", "O", "O", RoleScope.ORGANISATION);
    assertThatThrownBy(() -> process()
        .step(1).by(A).orBy(other).nl("een").end().build())
        .hasMessage("process 'p': step 1 may be done by role 'O', which is not declared");
  }
}
