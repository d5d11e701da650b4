package nl.levman.examples.report;

import static java.util.Objects.requireNonNull;

import nl.levman.model.Language;

/** A text that the model has in Dutch and English, such as a process name or a step's label. */
public record Words(String nl, String en) {
  public Words {
    requireNonNull(nl, "nl");
    requireNonNull(en, "en");
  }

  public String in(Language language) {
    return language == Language.EN ? en : nl;
  }

  /** The first line only, as a work list shows a step's label. */
  public Words firstLine() {
    return new Words(nl.lines().findFirst().orElse(""), en.lines().findFirst().orElse(""));
  }
}
