package nl.levman.importer;

import static java.util.Objects.requireNonNull;

/**
 * One thing that keeps a step table from becoming a definition: an error in the table or the
 * overlay, or a question the text cannot settle and the overlay has not answered.
 *
 * @param source the file the problem is in (the table or the overlay), as it was named
 * @param line the line in that file, counting from 1; 0 when the whole file is concerned
 * @param kind an error, or an open question
 * @param message what is wrong or open, and what was expected
 */
public record Problem(String source, int line, Kind kind, String message) {

  /** Whether the input is wrong, or silent where the overlay must answer. */
  public enum Kind {
    /** The table or the overlay is wrong: fix it. */
    ERROR,
    /** The text says something loosely (or not at all) that the overlay must answer. */
    QUESTION;

    String word() {
      return this == ERROR ? "error" : "question";
    }
  }

  public Problem {
    requireNonNull(source, "source");
    requireNonNull(kind, "kind");
    requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("a line number is 0 or more, not " + line);
    }
  }

  static Problem error(String source, int line, String message) {
    return new Problem(source, line, Kind.ERROR, message);
  }

  static Problem question(String source, int line, String message) {
    return new Problem(source, line, Kind.QUESTION, message);
  }

  /** One line, as a compiler writes it: {@code source:line: error: message}. */
  @Override
  public String toString() {
    return source + ":" + line + ": " + kind.word() + ": " + message;
  }
}
