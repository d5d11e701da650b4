package nl.levman.importer;

import static nl.levman.importer.HandbookTables.SLM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** An overlay that does not fit is reported on its own lines, every problem at once. */
class BadOverlayTest {
  private static final Source TABLE = HandbookTables.table(SLM);
  private static final Source OVERLAY = HandbookTables.overlay(SLM);

  static int lineOf(Source source, String text) {
    List<String> lines = source.text().lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + source.name());
  }

  static List<Problem> problems(Source overlay) {
    return HandbookTables.problems(TABLE, Optional.of(overlay));
  }

  @Test
  void malformedJsonNamesItsLine() {
    Source broken = HandbookTables.changed(OVERLAY, "\"version\": 1,", "\"version\": 1");
    assertThat(problems(broken)).anySatisfy(p -> {
      assertThat(p.source()).isEqualTo("service-level-management.overlay.json");
      assertThat(p.line()).isEqualTo(lineOf(OVERLAY, "\"version\"") + 1);
      assertThat(p.message()).startsWith("not an overlay: malformed JSON at line");
    });
  }

  @Test
  void aKeyTheFormatDoesNotHaveIsNamedWithTheKeysItHas() {
    Source typo = HandbookTables.changed(OVERLAY, "\"behaviour\": \"slm.dap-meetings\"", "\"behavior\": \"slm.dap-meetings\"");
    List<Problem> problems = problems(typo);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(lineOf(typo, "\"behavior\""));
      assertThat(p.message()).startsWith("steps.2.behavior: not part of the overlay format; expected one of alsoBy,"
          + " archives, archivesTo, behaviour,");
    });
  }

  @Test
  void anUnknownBehaviourRoleOrDocumentIsNamedOnItsLine() {
    Source bad = HandbookTables.changed(HandbookTables.changed(HandbookTables.changed(OVERLAY,
        "\"slm.dap-signed\"", "\"slm.dap-signd\""), "\"roles\": [\"PM\", \"INK\"]", "\"roles\": [\"PM\", \"INKOOP\"]"),
        "\"archives\": [\"slr\"]", "\"archives\": [\"slr-report\"]");
    List<Problem> problems = problems(bad);
    assertThat(problems).extracting(Problem::line).containsExactly(lineOf(bad, "INKOOP"), lineOf(bad, "dap-signd"),
        lineOf(bad, "slr-report"));
    assertThat(problems.get(0).message()).isEqualTo("process.roles.1: unknown role 'INKOOP'; expected a role of the"
        + " vocabulary or one declared under declare");
    assertThat(problems.get(1).message()).startsWith("steps.6.behaviour: unknown behaviour 'slm.dap-signd'; expected one"
        + " of slm.dap-meetings, slm.dap-signed,");
    assertThat(problems.get(2).message()).startsWith("steps.16.archives.0: unknown document 'slr-report'");
  }

  @Test
  void anAnswerForAStepTheTableDoesNotHave() {
    Source extra = HandbookTables.changed(OVERLAY, "\"steps\": {", "\"steps\": {\n    \"19\": {\"next\": 20},");
    assertThat(problems(extra)).extracting(Problem::message).containsExactly(
        "steps.19: the table has no step 19; expected one of the steps 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,"
            + " 14, 15, 16, 17, 18");
  }

  @Test
  void aWayOnWhereTheTableWritesOne() {
    Source twice = HandbookTables.changed(OVERLAY, "\"5\": {", "\"5\": {\"next\": 6,");
    assertThat(problems(twice)).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(lineOf(twice, "\"5\": {"));
      assertThat(p.message()).isEqualTo("steps.5: the table writes the way on of step 5 (line 36); expected the"
          + " overlay to give a way on only where the text gives none");
    });
  }

  @Test
  void aConditionOnAStepNoRowLeadsTo() {
    Source when = HandbookTables.changed(OVERLAY, "\"6\": {", "\"6\": {\"when\": {\"flag\": \"x\", \"otherwise\": 7},");
    assertThat(problems(when)).singleElement().satisfies(p -> assertThat(p.message()).startsWith(
        "steps.6.when: no step goes on to step 6 by the table's order, so there is no way in to make conditional"));
  }

  @Test
  void anInvalidDefinitionIsReportedOnTheStepsRow() {
    Source noAbout = HandbookTables.changed(OVERLAY, "\"about\": [\"supplier\", \"contract\", \"service\"],",
        "\"about\": [\"contract\"],");
    assertThat(problems(noAbout)).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(7);
      assertThat(p.message()).startsWith("the imported definition is not valid: process 'service-level-management':"
          + " step 1 is done by SLM, a role held per service");
    });
  }
}
