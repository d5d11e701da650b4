package nl.levman.api;

import static java.util.Objects.requireNonNull;

import nl.levman.spi.DocumentName;

/**
 * A document presented when completing a step: its type (a document type code of the definition,
 * such as {@code slr} or {@code dap}), its file name, and its content. A step with an archive place
 * stores it there; the history records its SHA-256 either way.
 */
public record DocumentInput(String type, DocumentName name, byte[] content) {
  public DocumentInput {
    requireNonNull(type, "type");
    requireNonNull(name, "name");
    requireNonNull(content, "content");
    content = content.clone();
  }

  public static DocumentInput of(String type, String name, byte[] content) {
    return new DocumentInput(type, new DocumentName(name), content);
  }

  public static DocumentInput of(String type, String name, String content) {
    return of(type, name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @Override
  public byte[] content() {
    return content.clone();
  }
}
