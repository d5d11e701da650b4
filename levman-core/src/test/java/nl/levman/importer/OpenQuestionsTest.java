package nl.levman.importer;

import static nl.levman.importer.HandbookTables.REVIEW;
import static nl.levman.importer.HandbookTables.SLM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the text cannot say is asked for, on its line: without an overlay the handbook's tables are
 * refused with every open question, and each answer (or dismissal with a reason) in the overlay
 * settles exactly its question.
 */
class OpenQuestionsTest {

  static List<String> lines(List<Problem> problems) {
    return problems.stream().map(p -> p.line() + " " + p.kind()).toList();
  }

  @Test
  void serviceLevelManagementWithoutAnOverlayAsksWhatTheTextLeavesOpen() {
    List<Problem> problems = HandbookTables.problems(HandbookTables.table(SLM), Optional.empty());
    assertThat(problems).allSatisfy(p -> assertThat(p.kind()).isEqualTo(Problem.Kind.QUESTION));
    assertThat(lines(problems)).containsExactly("7 QUESTION", "28 QUESTION", "78 QUESTION", "84 QUESTION",
        "117 QUESTION", "124 QUESTION");
    assertThat(problems.get(0).message()).contains("what is every instance about", "process.about");
    assertThat(problems.get(1).message()).contains("step 4 says 'Indien een DAP gewenst is'", "steps.4.when");
    assertThat(problems.get(2).message()).contains("step 11 says 'periodiek'", "cycle");
    assertThat(problems.get(3).message()).contains("step 12 says 'periodiek'", "cycle");
    assertThat(problems.get(4).message()).contains("step 16 says 'eind van de looptijd'", "cycle");
    assertThat(problems.get(5).message()).contains("step 17 says 'in de loop van de tijd'", "raisable");
    assertThat(problems.get(1).toString())
        .startsWith("service-level-management.nl.txt:28: question: step 4 says 'Indien een DAP gewenst is'");
  }

  @Test
  void theRiskReviewWithoutAnOverlayAsksWhatTheTextLeavesOpen() {
    List<Problem> problems = HandbookTables.problems(HandbookTables.table(REVIEW), Optional.empty());
    assertThat(lines(problems)).containsExactly("8 QUESTION", "10 QUESTION", "27 QUESTION", "56 QUESTION",
        "68 QUESTION", "94 QUESTION", "104 QUESTION");
    assertThat(problems.get(1).message()).contains("step 1 says 'periodieke'");
    assertThat(problems.get(2).message()).contains("step 3 says 'voor elke in stap 2 geselecteerde leverancier'",
        "forEach");
    assertThat(problems.get(4).message()).contains("step 9 says 'in de loop van de tijd'");
  }

  @Test
  void theTextsOwnReadingsAreReported() {
    ImportResult.Imported result = (ImportResult.Imported) HandbookTables.importing(HandbookTables.table(SLM),
        Optional.of(HandbookTables.overlay(SLM)));
    assertThat(result.readings()).extracting(Reading::toString).containsExactlyInAnyOrder(
        "service-level-management.nl.txt:22: step 3 'Parallel aan stap 2': step 1 goes on to steps 2 and 3 at once;"
            + " both join before step 4",
        "service-level-management.nl.txt:149: step 18 'start proces 8': starts process 'verlenging-einde-contract'");
  }

  @Test
  void eachAnswerOfTheOverlaySettlesItsQuestion() {
    Source overlay = HandbookTables.overlay(SLM);
    Source withoutCycle = HandbookTables.changed(overlay,
        "\"cycle\": {\"body\": [12, 13, 14, 15, 16], \"then\": 18, \"overdueSignal\": \"slr-overdue\"},", "");
    assertThat(lines(HandbookTables.problems(HandbookTables.table(SLM), Optional.of(withoutCycle))))
        .containsExactly("78 QUESTION", "84 QUESTION", "117 QUESTION");
    Source withoutRaisable = HandbookTables.changed(overlay, "\"raisable\": true,", "");
    List<Problem> raisable = HandbookTables.problems(HandbookTables.table(SLM), Optional.of(withoutRaisable));
    assertThat(raisable.get(0).line()).isEqualTo(124);
    assertThat(raisable.get(0).message()).contains("step 17 says 'in de loop van de tijd'");
  }

  @Test
  void aDismissalSettlesAQuestionWithItsReason() {
    Source overlay = HandbookTables.changed(HandbookTables.overlay(REVIEW), "\"dismiss\": {\n        \"raisable\"",
        "\"dismiss\": {\n        \"fan-out\": \"one action at a time\",\n        \"raisable\"");
    List<Problem> problems = HandbookTables.problems(HandbookTables.table(REVIEW), Optional.of(overlay));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.source()).isEqualTo("supplier-risk-review.overlay.json");
      assertThat(p.kind()).isEqualTo(Problem.Kind.ERROR);
      assertThat(p.message()).contains("steps.9.dismiss.fan-out", "raises no question of this kind");
      assertThat(p.line()).isEqualTo(HandbookTables.overlay(REVIEW).text().lines().toList()
          .indexOf("    \"9\": {") + 3);
    });
  }

  @Test
  void aProcessNumberTheVocabularyDoesNotKnowIsAskedForAndTheOverlayNamesIt() {
    Source table = HandbookTables.changed(HandbookTables.table(SLM), "start proces 8", "start proces 9");
    List<Problem> problems = HandbookTables.problems(table, Optional.of(HandbookTables.overlay(SLM)));
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(149);
      assertThat(p.message()).contains("which process is process 9", "steps.18.link");
    });
    Source answered = HandbookTables.changed(HandbookTables.overlay(SLM), "\"18\": {", "\"18\": {\"link\": \"p9\",");
    assertThat(HandbookTables.imported(table, Optional.of(answered)).step(18).wayOn())
        .isEqualTo(nl.levman.model.WayOn.link("p9", nl.levman.model.Target.end()));
  }

  @Test
  void aParallelStepTheImporterCannotPlaceIsAskedFor() {
    Source table = HandbookTables.changed(HandbookTables.table(SLM), "Parallel aan stap 2", "Parallel aan stap 1");
    List<Problem> problems = HandbookTables.problems(table, Optional.of(HandbookTables.overlay(SLM)));
    assertThat(problems).extracting(Problem::line).contains(22);
    assertThat(problems.stream().filter(p -> p.line() == 22).findFirst().orElseThrow().message())
        .contains("'Parallel aan stap 1'", "split");
  }
}
