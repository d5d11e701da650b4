package nl.levman.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.levman.model.Language;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.Step;

/** What a step needs beyond the handbook's columns, in words: its behaviour's input and what it archives. */
final class Needs {
  private Needs() {}

  /** One line per kind of need, empty when the step needs nothing beyond its columns. */
  static List<String> of(ProcessDefinition d, Step step, Language language) {
    boolean nl = language == Language.NL;
    List<String> lines = new ArrayList<>();
    step.behaviour().ifPresent(b -> {
      lines.add((nl ? "Gedrag " : "Behaviour ") + b.name() + ": " + b.summary(language));
      if (!b.reads().isEmpty()) {
        lines.add((nl ? "Vereist: " : "Requires: ")
            + b.reads().stream().map(r -> r.name(language)).collect(Collectors.joining(", ")));
      }
      if (!b.fields().isEmpty()) {
        lines.add((nl ? "Velden: " : "Fields: ") + String.join(", ", b.fields()));
      }
    });
    if (!step.archives().isEmpty()) {
      lines.add((nl ? "Archiveert: " : "Archives: ") + step.archives().stream()
          .map(doc -> doc.name(language) + " → " + step.placeOf(doc.code()).map(p -> p.name(language)).orElse("?"))
          .collect(Collectors.joining(", ")));
    }
    step.placeFor().forEach((type, place) -> {
      if (step.archives().stream().noneMatch(a -> a.code().equals(type))) {
        lines.add((nl ? "Archiveert indien aangeboden: " : "Archives when presented: ")
            + d.document(type).map(t -> t.name(language)).orElse(type) + " → " + place.name(language));
      }
    });
    if (step.alternates().size() > 0) {
      lines.add((nl ? "Ook door: " : "Also by: ") + step.alternates().stream()
          .map(r -> r.name(language)).collect(Collectors.joining(", ")));
    }
    return lines;
  }
}
