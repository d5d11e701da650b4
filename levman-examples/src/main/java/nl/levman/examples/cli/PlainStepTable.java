package nl.levman.examples.cli;

import java.util.stream.Collectors;
import nl.levman.model.Language;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Step;

/**
 * The handbook's five-column step table as plain text for a terminal: the same cells as the
 * Markdown one ({@code nl.levman.render.StepTable}), each wrapped into its column's width.
 */
final class PlainStepTable {
  private PlainStepTable() {}

  static String of(ProcessDefinition d, Language language, int width) {
    boolean nl = language == Language.NL;
    TextTable table = new TextTable()
        .column(nl ? "Stap" : "Step", 3, 5)
        .column(nl ? "Verantwoordelijke" : "Responsible", 10, 20)
        .column(nl ? "Omschrijving" : "Description", 20, Integer.MAX_VALUE)
        .column(nl ? "Documenten nodig" : "Documents needed", 10, 24)
        .column(nl ? "Archiefplek" : "Archived in", 8, 18);
    for (Step step : d.steps()) {
      table.row(step.number() + ".", responsible(step, language), step.label(language),
          step.needs().stream().map(n -> n.name(language)).collect(Collectors.joining("\n")),
          step.archivesTo().map(p -> p.name(language)).orElse(""));
    }
    String title = d.name(language) + " (" + d.key() + " v" + d.version() + ")";
    return title + "\n" + "=".repeat(Math.min(title.length(), width)) + "\n\n" + table.wrapped(width);
  }

  /** As in the Markdown table: the role's name, and the delegation note where the step allows one. */
  private static String responsible(Step step, Language language) {
    String name = step.role().map(r -> r.name(language)).orElse("");
    if (step.delegable()) {
      name += language == Language.NL
          ? " (soms gedelegeerd aan bijvoorbeeld een productmanager)"
          : " (sometimes delegated, e.g. to a product manager)";
    }
    return name;
  }
}
