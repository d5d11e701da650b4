package nl.levman.importer;

import static nl.levman.importer.HandbookTables.REVIEW;
import static nl.levman.importer.HandbookTables.SLM;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.levman.model.Language;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Step;
import nl.levman.render.StepTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The step table rendered from an imported definition gives back the handbook's table: the same
 * rows with the same step numbers, roles, Dutch texts, documents needed and archive places, where
 * the overlay did not answer otherwise. Read back as Markdown with the same overlay, it makes the
 * same definition, but for the documents the last column names, which the rendered column does not
 * show.
 */
class TableRoundTripTest {
  /** Steps whose role the overlay gives instead of the table's ("CM" where the coordinating CM acts). */
  private static final Map<String, Set<Integer>> ROLE_ANSWERED = Map.of(SLM, Set.of(), REVIEW, Set.of(1, 2, 4));
  /** Steps whose archive cell names the documents archived ("Ondertekende DAP in Contractenregister"). */
  private static final Map<String, Set<Integer>> DOCUMENTS_NAMED = Map.of(SLM, Set.of(6), REVIEW, Set.of(13));

  static List<TableStep> rows(Source table) {
    Problems problems = new Problems();
    TableText text = TableReader.read(table, problems).orElseThrow();
    List<TableStep> rows = new StepRows(table.name(), Vocabulary.handbook(), problems).read(text);
    assertThat(problems.sorted()).isEmpty();
    return rows;
  }

  static Source rendered(String process) {
    return new Source(process + ".md", StepTable.markdown(HandbookTables.imported(process), Language.NL));
  }

  @ParameterizedTest
  @ValueSource(strings = {SLM, REVIEW})
  void theRenderedTableHasTheHandbooksRows(String process) {
    List<TableStep> handbook = rows(HandbookTables.table(process));
    List<TableStep> rendered = rows(rendered(process));
    assertThat(rendered).extracting(TableStep::number).containsExactlyElementsOf(
        handbook.stream().map(TableStep::number).toList());
    for (int i = 0; i < handbook.size(); i++) {
      TableStep original = handbook.get(i);
      TableStep back = rendered.get(i);
      String step = "step " + original.number();
      assertThat(back.label()).as(step).isEqualTo(original.label());
      assertThat(back.delegable()).as(step).isEqualTo(original.delegable());
      assertThat(back.needs()).as(step).isEqualTo(original.needs());
      assertThat(back.archivesTo()).as(step).isEqualTo(original.archivesTo());
      if (!ROLE_ANSWERED.get(process).contains(original.number())) {
        assertThat(back.role()).as(step).isEqualTo(original.role());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {SLM, REVIEW})
  void theRenderedTableDiffersOnlyWhereTheOverlayAnsweredTheRole(String process) {
    List<TableStep> handbook = rows(HandbookTables.table(process));
    List<TableStep> rendered = rows(rendered(process));
    Set<Integer> differ = new TreeSet<>();
    for (int i = 0; i < handbook.size(); i++) {
      if (!handbook.get(i).role().equals(rendered.get(i).role())) {
        differ.add(handbook.get(i).number());
      }
    }
    assertThat(differ).isEqualTo(ROLE_ANSWERED.get(process));
  }

  @ParameterizedTest
  @ValueSource(strings = {SLM, REVIEW})
  void theMarkdownFormImportsToTheSameDefinitionButForTheDocumentsOfTheArchiveColumn(String process) {
    ProcessDefinition fromText = HandbookTables.imported(process);
    ProcessDefinition fromMarkdown = HandbookTables.imported(rendered(process),
        Optional.of(HandbookTables.overlay(process)));
    Set<Integer> differ = new TreeSet<>();
    for (Step expected : fromText.steps()) {
      Step actual = fromMarkdown.step(expected.number());
      assertThat(ImportedHandbookTest.withArchives(actual, expected.archives())).isEqualTo(expected);
      if (!actual.archives().equals(expected.archives())) {
        differ.add(expected.number());
      }
    }
    assertThat(differ).isEqualTo(DOCUMENTS_NAMED.get(process));
    assertThat(fromMarkdown.key()).isEqualTo(fromText.key());
    assertThat(fromMarkdown.name(Language.NL)).isEqualTo(fromText.name(Language.NL));
  }

  @ParameterizedTest
  @ValueSource(strings = {SLM, REVIEW})
  void theMarkdownTitleNamesTheProcessWhenTheOverlayDoesNot(String process) {
    String overlay = HandbookTables.overlay(process).text().replaceAll("\"name\": \\{[^}]*\\},", "");
    assertThat(overlay).doesNotContain("\"name\"");
    ProcessDefinition d = HandbookTables.imported(rendered(process), Optional.of(new Source("o.json", overlay)));
    assertThat(d.name(Language.NL)).isEqualTo(HandbookTables.imported(process).name(Language.NL));
  }
}
