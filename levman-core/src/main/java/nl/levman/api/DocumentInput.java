package nl.levman.api;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.OptionalLong;
import nl.levman.model.LevmanException;
import nl.levman.spi.DocumentName;

/**
 * A document presented when completing a step: its type (a document type code of the definition,
 * such as {@code slr} or {@code dap}), its file name, and its content. A step with an archive place
 * stores it there; the history records its SHA-256 either way.
 *
 * <p>The content is given as bytes, or as a {@link Source} that opens it as a stream as often as
 * needed (a file, a blob in the host's upload store). The engine reads a streamed document through
 * from the start each time it needs it — once to measure and hash it, once to archive it — and never
 * holds it in memory; only a step behaviour that reads the document (an SLR, a decision list) takes
 * its {@link #content()} as bytes. A document larger than the engine's limit is refused with
 * {@code DocumentTooLarge} before anything is archived.
 */
public final class DocumentInput {
  private final String type;
  private final String fileName;
  private final byte[] bytes;
  private final Source source;

  /**
   * Opens the content of a document, from its first byte, each time it is called; the caller
   * closes the stream. Every opening must give the same bytes.
   */
  @FunctionalInterface
  public interface Source {
    InputStream open() throws IOException;
  }

  private DocumentInput(String type, String fileName, byte[] bytes, Source source) {
    this.type = requireNonNull(type, "type");
    this.fileName = requireNonNull(fileName, "name");
    this.bytes = bytes;
    this.source = source;
  }

  public DocumentInput(String type, DocumentName name, byte[] content) {
    this(type, name.value(), requireNonNull(content, "content").clone(), null);
  }

  /**
   * A document given as bytes. The name is the file name as the person gave it; one that cannot be
   * an archive name (a separator, {@code ..}, the archive's own {@code levman.properties} or
   * {@code .levman-…}) refuses the completion with {@code DocumentNameInvalid}.
   */
  public static DocumentInput of(String type, String name, byte[] content) {
    return new DocumentInput(type, name, requireNonNull(content, "content").clone(), null);
  }

  public static DocumentInput of(String type, String name, String content) {
    return of(type, name, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A document streamed from a file each time it is read; the file must stay as it is until the
   * command has returned. It must be a regular file (a symbolic link is not followed).
   */
  public static DocumentInput of(String type, String name, Path file) {
    requireNonNull(file, "file");
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new LevmanException("document '" + name + "' (" + type + "): " + file
          + " is not a regular file");
    }
    return new DocumentInput(type, name, null,
        () -> Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS));
  }

  /** A document streamed from the source each time it is read. */
  public static DocumentInput of(String type, String name, Source source) {
    return new DocumentInput(type, name, null, requireNonNull(source, "source"));
  }

  public String type() {
    return type;
  }

  /** The file name as given. */
  public String fileName() {
    return fileName;
  }

  /**
   * The file name as an archive name; a {@code LevmanException} names the problem when it cannot be
   * one (the engine refuses such a document with {@code DocumentNameInvalid} before it asks).
   */
  public DocumentName name() {
    return new DocumentName(fileName);
  }

  /** The content from its first byte, as a stream the caller closes. */
  public InputStream open() throws IOException {
    return bytes != null ? new ByteArrayInputStream(bytes) : source.open();
  }

  /** The size in bytes when known without reading (content given as bytes). */
  public OptionalLong knownSize() {
    return bytes != null ? OptionalLong.of(bytes.length) : OptionalLong.empty();
  }

  /**
   * All of the content, in memory: for behaviours that read a document (small JSON). Streamed
   * content is read through each time; the engine itself never calls this.
   */
  public byte[] content() {
    if (bytes != null) {
      return bytes.clone();
    }
    try (InputStream in = source.open()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new LevmanException("document '" + fileName + "' (" + type + ") cannot be read: "
          + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "DocumentInput[" + type + ", " + fileName + "]";
  }
}
