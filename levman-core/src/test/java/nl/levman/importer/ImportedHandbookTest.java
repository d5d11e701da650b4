package nl.levman.importer;

import static nl.levman.importer.HandbookTables.REVIEW;
import static nl.levman.importer.HandbookTables.SLM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.model.Language;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The handbook's own step tables, imported with the overlays shipped in levman-examples/handbook,
 * are the definitions built in Java: step by step (roles, gates, ways on, documents, archive
 * places, Dutch and English labels, behaviours) and as a whole.
 */
class ImportedHandbookTest {

  static ProcessDefinition javaBuilt(String process) {
    return process.equals(SLM) ? ServiceLevelManagement.definition() : SupplierRiskReview.definition();
  }

  @ParameterizedTest
  @ValueSource(strings = {SLM, REVIEW})
  void theImportedDefinitionEqualsTheJavaBuiltOneStepByStep(String process) {
    ProcessDefinition imported = HandbookTables.imported(process);
    ProcessDefinition java = javaBuilt(process);
    assertThat(imported.steps()).extracting(Step::number)
        .containsExactlyElementsOf(java.steps().stream().map(Step::number).toList());
    for (Step expected : java.steps()) {
      Step actual = imported.step(expected.number());
      assertThat(actual.role()).as("role of %s", expected).isEqualTo(expected.role());
      assertThat(actual.alternates()).as("further roles of %s", expected).isEqualTo(expected.alternates());
      assertThat(actual.delegable()).as("delegation of %s", expected).isEqualTo(expected.delegable());
      assertThat(actual.labelNl()).as("Dutch label of %s", expected).isEqualTo(expected.labelNl());
      assertThat(actual.labelEn()).as("English label of %s (from the overlay)", expected).isEqualTo(expected.labelEn());
      assertThat(actual.wayOn()).as("way on of %s", expected).isEqualTo(expected.wayOn());
      assertThat(actual.needs()).as("documents needed at %s", expected).isEqualTo(expected.needs());
      assertThat(actual.archivesTo()).as("archive place of %s", expected).isEqualTo(expected.archivesTo());
      assertThat(actual.archives()).as("documents archived at %s", expected).isEqualTo(expected.archives());
      assertThat(actual.placeFor()).as("places per document at %s", expected).isEqualTo(expected.placeFor());
      assertThat(actual.raisable()).as("raisable %s", expected).isEqualTo(expected.raisable());
      assertThat(actual.raisedOn()).as("triggers of %s", expected).isEqualTo(expected.raisedOn());
      assertThat(actual.behaviour()).as("behaviour of %s", expected).isEqualTo(expected.behaviour());
      assertThat(actual).as("%s as a whole", expected).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {SLM, REVIEW})
  void theImportedDefinitionDeclaresWhatTheJavaBuiltOneDeclares(String process) {
    ProcessDefinition imported = HandbookTables.imported(process);
    ProcessDefinition java = javaBuilt(process);
    assertThat(imported.key()).isEqualTo(java.key());
    assertThat(imported.version()).isEqualTo(java.version());
    assertThat(imported.name(Language.NL)).isEqualTo(java.name(Language.NL));
    assertThat(imported.name(Language.EN)).isEqualTo(java.name(Language.EN));
    assertThat(new HashSet<>(imported.roles())).isEqualTo(new HashSet<>(java.roles()));
    assertThat(new HashSet<>(imported.documents())).isEqualTo(new HashSet<>(java.documents()));
    assertThat(new HashSet<>(imported.places())).isEqualTo(new HashSet<>(java.places()));
    assertThat(imported.flags()).isEqualTo(java.flags());
    assertThat(imported.itemKinds()).isEqualTo(java.itemKinds());
    assertThat(imported.about()).isEqualTo(java.about());
    assertThat(imported.startStep()).isEqualTo(java.startStep());
    assertThat(imported.behaviours()).isEqualTo(java.behaviours());
  }

  @ParameterizedTest
  @ValueSource(strings = {SLM, REVIEW})
  void theOverlayGivesEveryEnglishLabelSoTheComparisonLeavesNothingOut(String process) {
    assertThat(HandbookTables.imported(process).steps()).allSatisfy(s -> assertThat(s.labelEn()).isNotBlank());
  }

  @ParameterizedTest
  @ValueSource(strings = {SLM, REVIEW})
  void withoutEnglishLabelsInTheOverlayTheStepsDifferOnlyInThem(String process) {
    String overlay = HandbookTables.overlay(process).text().replaceAll("(?m)^\\s*\"en\": \".*\"\\n", "")
        .replaceAll(",(\\s*})", "$1");
    ProcessDefinition imported = HandbookTables.imported(HandbookTables.table(process),
        Optional.of(new Source("overlay.json", overlay)));
    for (Step expected : javaBuilt(process).steps()) {
      Step actual = imported.step(expected.number());
      assertThat(actual.labelEn()).isEmpty();
      assertThat(withEnglish(actual, expected.labelEn())).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {SLM, REVIEW})
  void importingTwiceGivesEqualSteps(String process) {
    assertThat(HandbookTables.imported(process).steps()).isEqualTo(HandbookTables.imported(process).steps());
  }

  static Step withEnglish(Step s, String en) {
    return new Step(s.number(), s.role(), s.labelNl(), en, s.needs(), s.archivesTo(), s.wayOn(), s.raisable(),
        s.delegable(), s.alternates(), s.archives(), s.placeFor(), s.behaviour(), s.raisedOn());
  }

  static Step withArchives(Step s, List<nl.levman.model.DocumentType> archives) {
    return new Step(s.number(), s.role(), s.labelNl(), s.labelEn(), s.needs(), s.archivesTo(), s.wayOn(),
        s.raisable(), s.delegable(), s.alternates(), archives, s.placeFor(), s.behaviour(), s.raisedOn());
  }
}
