package nl.levman.importer;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A text the importer reads (a step table or an overlay), with the name its problems are reported
 * under.
 *
 * @param name the name used in problems, such as the file name
 * @param text the whole text
 */
public record Source(String name, String text) {
  public Source {
    requireNonNull(name, "name");
    requireNonNull(text, "text");
  }

  /**
   * The file's text, decoded as UTF-8 (bytes that are not UTF-8 become U+FFFD, so that a file that
   * is no text is reported as not a step table rather than failing here).
   *
   * @throws IOException when the file cannot be read
   */
  public static Source of(Path file) throws IOException {
    return new Source(file.toString(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
  }

  /** The name without folders. */
  String fileName() {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    return name.substring(slash + 1);
  }
}
