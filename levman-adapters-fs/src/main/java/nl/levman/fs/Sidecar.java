package nl.levman.fs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import nl.levman.model.LevmanException;
import nl.levman.spi.ArchivedDocument;
import nl.levman.spi.DocumentMetadata;
import nl.levman.spi.DocumentRef;

/**
 * The {@code levman.properties} beside each version: SHA-256, size, type, who, when, instance and
 * step. Reading it checks every value, and names the version and the value it cannot interpret.
 */
final class Sidecar {
  static final String NAME = "levman.properties";

  private Sidecar() {}

  static byte[] write(String sha, long size, DocumentMetadata m) {
    Properties p = new Properties();
    p.setProperty("sha256", sha);
    p.setProperty("size", Long.toString(size));
    p.setProperty("documentType", m.documentType());
    p.setProperty("storedBy", m.storedBy());
    p.setProperty("storedAt", m.storedAt().toString());
    m.instance().ifPresent(i -> p.setProperty("instance", i));
    m.step().ifPresent(s -> p.setProperty("step", Integer.toString(s)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      p.store(out, "Levman archive metadata");
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory does not fail", e);
    }
    return out.toByteArray();
  }

  /** The version the sidecar in its folder describes; a {@link Malformed} names what is wrong. */
  static ArchivedDocument read(Path versionDir, DocumentRef ref) {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(versionDir.resolve(NAME), LinkOption.NOFOLLOW_LINKS)) {
      p.load(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new Malformed(ref, "cannot be read: " + e.getMessage(), e);
    }
    String sha = required(p, "sha256", ref);
    if (!sha.matches("[0-9a-f]{64}")) {
      throw new Malformed(ref, "sha256 '" + sha + "' is not a SHA-256 in lower-case hex", null);
    }
    long size = number(p, "size", ref);
    String step = p.getProperty("step");
    DocumentMetadata metadata = new DocumentMetadata(required(p, "documentType", ref),
        required(p, "storedBy", ref), instant(p, ref), Optional.ofNullable(p.getProperty("instance")),
        step == null ? OptionalInt.empty() : OptionalInt.of((int) number(p, "step", ref)));
    return new ArchivedDocument(ref, sha, size, metadata);
  }

  private static String required(Properties p, String key, DocumentRef ref) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new Malformed(ref, "has no " + key, null);
    }
    return value.strip();
  }

  private static long number(Properties p, String key, DocumentRef ref) {
    String value = required(p, key, ref);
    try {
      long n = Long.parseLong(value);
      if (n < 0 || (key.equals("step") && n > Integer.MAX_VALUE)) {
        throw new NumberFormatException("out of range");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new Malformed(ref, key + " '" + value + "' is not a number of 0 or more", e);
    }
  }

  private static Instant instant(Properties p, DocumentRef ref) {
    String value = required(p, "storedAt", ref);
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new Malformed(ref, "storedAt '" + value + "' is not an instant", e);
    }
  }

  /** A sidecar that cannot be read or interpreted, naming the version and what is wrong. */
  static final class Malformed extends LevmanException {
    private static final long serialVersionUID = 1L;
    private final transient DocumentRef ref;
    private final String problem;

    Malformed(DocumentRef ref, String problem, Throwable cause) {
      super("the metadata (" + NAME + ") of " + ref + " " + problem, cause);
      this.ref = ref;
      this.problem = problem;
    }

    DocumentRef ref() {
      return ref;
    }

    String problem() {
      return NAME + " " + problem;
    }
  }
}
