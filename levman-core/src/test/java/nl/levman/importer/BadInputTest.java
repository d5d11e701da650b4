package nl.levman.importer;

import static nl.levman.importer.HandbookTables.REVIEW;
import static nl.levman.importer.HandbookTables.SLM;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Bad input is reported with its line and what was expected, the import registers nothing (it
 * refuses), and never throws: a gate to a step that does not exist, two steps with one number, an
 * unknown role word, an outcome written twice, a table with no end, cells out of order, a file that
 * is not a step table, and an overlay that does not fit.
 */
class BadInputTest {
  private static final Source TABLE = HandbookTables.table(SLM);
  private static final Optional<Source> OVERLAY = Optional.of(HandbookTables.overlay(SLM));
  private static final String HEADER = "\tStap\n\tVerantwoordelijke\n\tOmschrijving\n"
      + "\tDocument dat je nodig hebt tijdens het uitvoeren van deze processtap\n"
      + "\tPlek waar je het resultaat van deze processtap archiveert\n\n";

  static Problem only(Source table, Optional<Source> overlay) {
    List<Problem> problems = HandbookTables.problems(table, overlay);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).kind()).isEqualTo(Problem.Kind.ERROR);
    return problems.get(0);
  }

  @Test
  void aGateToAStepThatDoesNotExist() {
    Problem p = only(HandbookTables.changed(TABLE, "Akkoord à naar stap 6", "Akkoord à naar stap 60"), OVERLAY);
    assertThat(p.line()).isEqualTo(36);
    assertThat(p.message()).contains("step 5: 'Akkoord → naar stap 60' leads to step 60, which is not in the table",
        "expected one of the steps 1, 2, 3");
  }

  @Test
  void twoStepsWithOneNumber() {
    Problem p = only(HandbookTables.changed(TABLE, "\t8.\u00a0", "\t7.\u00a0"), OVERLAY);
    assertThat(p.line()).isEqualTo(54);
    assertThat(p.message()).isEqualTo("step 7 is written twice (lines 48 and 54); expected one row per step number");
  }

  @Test
  void anUnknownRoleWord() {
    Problem p = only(HandbookTables.changed(TABLE, "\tLeverancier\n\tDe Leverancier beoordeelt de DAP",
        "\tLeveranciers\n\tDe Leverancier beoordeelt de DAP"), OVERLAY);
    assertThat(p.line()).isEqualTo(34);
    assertThat(p.message()).contains("unknown role word 'Leveranciers' in the Verantwoordelijke column",
        "expected one of SLM, Leverancier (LEV), Diensteigenaar (DE)", "words.roles");
  }

  @Test
  void anOutcomeWrittenTwice() {
    Problem p = only(HandbookTables.changed(TABLE, "Niet akkoord à naar stap 4", "akkoord à naar stap 4"), OVERLAY);
    assertThat(p.line()).isEqualTo(37);
    assertThat(p.message()).isEqualTo("step 5: the outcome 'akkoord' is written twice (lines 36 and 37);"
        + " expected each outcome of a gate once");
  }

  @Test
  void aGateWithOneOutcome() {
    Problem p = only(HandbookTables.changed(TABLE, "Niet akkoord à naar stap 4\n", ""), OVERLAY);
    assertThat(p.line()).isEqualTo(36);
    assertThat(p.message()).contains("step 5 has one outcome ('Akkoord → naar stap 6')", "two or more outcomes");
  }

  @Test
  void aTableWhoseLastRowDoesNotEnd() {
    Source review = HandbookTables.table(REVIEW);
    Source cut = new Source(review.name(), review.text().substring(0, review.text().indexOf("\t14.")));
    List<Problem> problems = HandbookTables.problems(cut, Optional.of(HandbookTables.overlay(REVIEW)));
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.line()).isEqualTo(98);
      assertThat(p.message()).startsWith("the table has no end: step 13 is its last row and does not say how the"
          + " process ends; expected 'Einde proces'");
    });
    assertThat(problems).anySatisfy(p -> assertThat(p.toString()).startsWith(
        "supplier-risk-review.overlay.json:").contains("steps.5.forEach.then: step 14 is not in the table"));
  }

  @Test
  void aTableWhereNoStepLeadsToTheEnd() {
    Source table = new Source("loop.nl.txt", HEADER + "\t1.\n\tSLM\n\tDe SLM stelt iets op.\n\t\n\t\n\n"
        + "\t2.\n\tLeverancier\n\tDe Leverancier beoordeelt het.\nAkkoord à naar stap 1\nNiet akkoord à naar stap 1\n\t\n\t\n");
    Problem p = only(table, Optional.of(new Source("o.json", "{\"process\": {\"about\": [\"supplier\"]}}")));
    assertThat(p.line()).isEqualTo(13);
    assertThat(p.message()).startsWith("the table has no end: no step leads to the end of the process");
  }

  @Test
  void headerCellsOutOfOrder() {
    List<Problem> problems = HandbookTables.problems(HandbookTables.changed(TABLE,
        "\tVerantwoordelijke\u00a0\n\tOmschrijving\u00a0", "\tOmschrijving\u00a0\n\tVerantwoordelijke\u00a0"), OVERLAY);
    assertThat(problems).extracting(Problem::line).contains(2, 3);
    assertThat(problems.get(0).message())
        .isEqualTo("cells out of order: column 2 of the header is 'Omschrijving'; expected 'Verantwoordelijke'");
  }

  @Test
  void aRoleAndADescriptionOutOfOrder() {
    String five = "\tLeverancier\n\tDe Leverancier beoordeelt de DAP. \nAkkoord à naar stap 6\nNiet akkoord à naar stap 4\n";
    String swapped = "\tDe Leverancier beoordeelt de DAP. \nAkkoord à naar stap 6\nNiet akkoord à naar stap 4\n\tLeverancier\n";
    Problem p = only(HandbookTables.changed(TABLE, five, swapped), OVERLAY);
    assertThat(p.line()).isEqualTo(34);
    assertThat(p.message()).startsWith("cells out of order in step 5: the Verantwoordelijke cell holds 'De Leverancier"
        + " beoordeelt de DAP.").contains("and the Omschrijving cell 'Leverancier'; expected the role first");
  }

  @Test
  void aCellBeforeItsStepNumber() {
    Problem p = only(HandbookTables.changed(TABLE, "\t5.\u00a0\n\tLeverancier\n", "\tLeverancier\n\t5.\u00a0\n"), OVERLAY);
    assertThat(p.line()).isEqualTo(33);
    assertThat(p.message()).startsWith("cells out of order: 'Leverancier' stands before the step number '5.' (line 34);"
        + " expected each row to start with its step number");
  }

  @Test
  void documentsAndPlaceOutOfOrder() {
    List<Problem> problems = HandbookTables.problems(HandbookTables.changed(TABLE,
        "\tLevman handleiding contract documentatie \n\n\tOndertekende DAP in Contractenregister",
        "\tOndertekende DAP in Contractenregister\n\n\tLevman handleiding contract documentatie "), OVERLAY);
    assertThat(problems).anySatisfy(p -> {
      assertThat(p.line()).isEqualTo(46);
      assertThat(p.message()).startsWith("cells out of order: no archive place in 'Levman handleiding contract documentatie'");
    });
  }

  @Test
  void aFileThatIsNotAStepTable() {
    for (Source notATable : List.of(HandbookTables.overlay(SLM), new Source("empty.txt", ""),
        new Source("picture.png", "\uFFFDPNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\uFFFD\uFFFD"),
        new Source("README.md", "# Levman\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"))) {
      Problem p = only(notATable, Optional.empty());
      assertThat(p.line()).isEqualTo(1);
      assertThat(p.message()).startsWith("not a step table: no header row was found; expected a header row with the"
          + " columns Stap, Verantwoordelijke, Omschrijving");
    }
  }

  @Test
  void aHeaderWithoutSteps() {
    Problem p = only(new Source("t.txt", HEADER), Optional.empty());
    assertThat(p.line()).isEqualTo(1);
    assertThat(p.message()).startsWith("the table has a header but no steps");
  }

  @Test
  void aMarkdownTableWithoutItsSeparatorRow() {
    Problem p = only(new Source("t.md", "# X\n\n| Stap | Verantwoordelijke | Omschrijving | Document | Plek |\n"
        + "| 1. | SLM | Iets. | | |\n"), Optional.empty());
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.message()).startsWith("expected the separator row under the header");
  }

  @Test
  void aFileThatCannotBeRead(@org.junit.jupiter.api.io.TempDir Path dir) {
    ImportResult result = HandbookImporter.handbook().read(dir.resolve("missing.nl.txt"), Optional.empty());
    assertThat(result).isInstanceOfSatisfying(ImportResult.Refused.class, r -> assertThat(r.problems())
        .singleElement().satisfies(p -> assertThat(p.toString()).contains("missing.nl.txt:0: error: cannot read the file")));
  }
}
