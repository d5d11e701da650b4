package nl.levman.render;

import java.util.List;
import java.util.stream.Collectors;
import nl.levman.model.Language;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Step;

/**
 * A definition as the handbook's five-column step table, in Markdown: Stap, Verantwoordelijke,
 * Omschrijving, the documents needed and the archive place. In Dutch it reads like the original.
 */
public final class StepTable {
  private StepTable() {}

  public static String markdown(ProcessDefinition d, Language language) {
    boolean nl = language == Language.NL;
    StringBuilder out = new StringBuilder();
    out.append("# ").append(d.name(language)).append("\n\n");
    out.append(nl
        ? "| Stap | Verantwoordelijke | Omschrijving | Document dat je nodig hebt tijdens het uitvoeren van deze processtap | Plek waar je het resultaat van deze processtap archiveert |\n"
        : "| Step | Responsible | Description | Documents needed to perform this step | Where the result of this step is archived |\n");
    out.append("|---|---|---|---|---|\n");
    for (Step step : d.steps()) {
      out.append("| ").append(step.number()).append(". | ")
          .append(cell(responsible(step, language))).append(" | ")
          .append(cell(step.label(language))).append(" | ")
          .append(cell(step.needs().stream().map(n -> n.name(language)).collect(Collectors.joining("\n"))))
          .append(" | ")
          .append(cell(step.archivesTo().map(p -> p.name(language)).orElse("")))
          .append(" |\n");
    }
    StringBuilder behaviour = new StringBuilder();
    for (Step step : d.steps()) {
      List<String> needs = Needs.of(d, step, language);
      if (!needs.isEmpty()) {
        behaviour.append("| ").append(step.number()).append(". | ").append(cell(String.join("\n", needs)))
            .append(" |\n");
      }
    }
    if (behaviour.length() > 0) {
      out.append(nl ? "\n## Wat Levman per stap vraagt en vastlegt\n\n| Stap | Gedrag, vereisten en archivering |\n"
          : "\n## What Levman asks and records per step\n\n| Step | Behaviour, requirements and archiving |\n");
      out.append("|---|---|\n").append(behaviour);
    }
    return out.toString();
  }

  private static String responsible(Step step, Language language) {
    String name = step.role().map(r -> r.name(language)).orElse("");
    if (step.delegable()) {
      name += language == Language.NL
          ? " (soms gedelegeerd aan bijvoorbeeld een productmanager)"
          : " (sometimes delegated, e.g. to a product manager)";
    }
    return name;
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", "<br>");
  }
}
