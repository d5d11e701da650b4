package nl.levman.render;

import nl.levman.model.Language;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Step;

/** A definition as a Mermaid flowchart: steps as nodes, gates' outcomes as labelled arrows. */
public final class MermaidRendering {
  private static final int SHORT = 60;

  private MermaidRendering() {}

  public static String of(ProcessDefinition d, Language language) {
    StringBuilder out = new StringBuilder("flowchart TD\n");
    out.append("  start((start)) --> s").append(d.startStep().number()).append('\n');
    out.append("  finish((").append(language == Language.NL ? "einde" : "end").append("))\n");
    for (Step step : d.steps()) {
      String role = step.role().map(r -> r.code()).orElse("—");
      String label = step.number() + " · " + role + "<br/>" + shorten(step.label(language))
          + step.behaviour().filter(b -> !b.reads().isEmpty()).map(b -> "<br/>⚙ "
              + b.reads().stream().map(r -> r.name(language).replace("\"", "'")).collect(
                  java.util.stream.Collectors.joining(", "))).orElse("");
      if (step.wayOn() instanceof nl.levman.model.WayOn.Gate) {
        out.append("  s").append(step.number()).append("{\"").append(label).append("\"}\n");
      } else if (step.wayOn() instanceof nl.levman.model.WayOn.Link link) {
        out.append("  s").append(step.number()).append("[[\"").append(label).append("<br/>→ ")
            .append(link.processKey()).append("\"]]\n");
      } else {
        out.append("  s").append(step.number()).append("[\"").append(label).append("\"]\n");
      }
      if (step.raisable()) {
        out.append("  raise").append(step.number()).append(">").append(language == Language.NL
            ? "op elk moment" : "at any time").append("] -.-> s").append(step.number()).append('\n');
      }
    }
    for (Step step : d.steps()) {
      for (Arrows.Arrow a : Arrows.of(d, step)) {
        String to = a.to().map(n -> "s" + n).orElse("finish");
        String text = a.outcome().orElse(a.kind().equals("next") ? "" : a.kind());
        out.append("  s").append(step.number())
            .append(text.isEmpty() ? " --> " : " -->|\"" + text.replace("\"", "'") + "\"| ")
            .append(to).append('\n');
      }
    }
    return out.toString();
  }

  private static String shorten(String label) {
    String first = label.split("\n")[0].replace("\"", "'");
    return first.length() <= SHORT ? first : first.substring(0, SHORT - 1) + "…";
  }
}
