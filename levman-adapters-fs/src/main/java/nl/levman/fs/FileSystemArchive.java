package nl.levman.fs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Properties;
import nl.levman.model.LevmanException;
import nl.levman.spi.Archive;
import nl.levman.spi.ArchivedDocument;
import nl.levman.spi.DocumentMetadata;
import nl.levman.spi.DocumentName;
import nl.levman.spi.DocumentRef;

/**
 * The archive on a folder. Layout: {@code <root>/<place folder>/<supplier>/<dossier>/<name>/v<N>/}
 * holds the document as {@code <name>} and its sidecar {@code levman.properties} (SHA-256, size,
 * type, who, when, instance, step).
 *
 * <p>A store claims the next version by creating its folder (which fails if another writer got it
 * first, so concurrent writers race to distinct versions), writes the content to a temporary file,
 * forces it to disk and moves it into place atomically, then does the same for the sidecar. A
 * version without its sidecar is incomplete: it is invisible to {@link #list} and {@link #find},
 * and {@link #leftovers()} reports it. Nothing is ever overwritten.
 */
public final class FileSystemArchive implements Archive {
  static final String SIDECAR = "levman.properties";
  private static final String TEMP = ".levman-tmp-";
  private final SafePaths paths;
  private final Map<String, String> folders;

  private FileSystemArchive(Path root, Map<String, String> folders) {
    this.paths = new SafePaths(root);
    this.folders = Map.copyOf(folders);
    folders.values().forEach(DocumentName::new);
  }

  /** An archive at the root with the handbook's places: Contractregister and SharePoint Levman. */
  public static FileSystemArchive at(Path root) {
    return builder(root).build();
  }

  public static Builder builder(Path root) {
    return new Builder(root);
  }

  /** Maps places to folders under the root; the handbook's two places are mapped by default. */
  public static final class Builder {
    private final Path root;
    private final Map<String, String> folders = new LinkedHashMap<>();

    private Builder(Path root) {
      this.root = root;
      folders.put("contractregister", "Contractregister");
      folders.put("sharepoint-levman", "SharePoint Levman");
    }

    /** Maps a place (its code) to a folder name under the root. */
    public Builder place(String code, String folder) {
      new DocumentName(folder);
      folders.put(code, folder);
      return this;
    }

    public FileSystemArchive build() {
      return new FileSystemArchive(root, folders);
    }
  }

  private String folder(String place) {
    String folder = folders.get(place);
    if (folder == null) {
      throw new LevmanException("the archive has no place '" + place + "'; it has " + folders.keySet());
    }
    return folder;
  }

  @Override
  public ArchivedDocument store(String place, String supplier, String dossier, DocumentName name,
      byte[] content, DocumentMetadata metadata) {
    Path nameDir = paths.resolve(folder(place), supplier, dossier, name.value());
    try {
      Files.createDirectories(nameDir);
      paths.resolve(folder(place), supplier, dossier, name.value());
      for (int version = nextVersion(nameDir); ; version++) {
        Path versionDir = nameDir.resolve("v" + version);
        try {
          Files.createDirectory(versionDir);
        } catch (FileAlreadyExistsException taken) {
          continue;
        }
        String sha = sha256(content);
        writeAtomically(versionDir, name.value(), content);
        writeAtomically(versionDir, SIDECAR, sidecar(sha, content.length, metadata));
        return new ArchivedDocument(new DocumentRef(place, supplier, dossier, name, version), sha,
            content.length, metadata);
      }
    } catch (IOException e) {
      throw new LevmanException("cannot store " + place + "/" + supplier + "/" + dossier + "/" + name
          + ": " + e.getMessage(), e);
    }
  }

  private static int nextVersion(Path nameDir) throws IOException {
    int max = 0;
    try (DirectoryStream<Path> versions = Files.newDirectoryStream(nameDir, "v*")) {
      for (Path v : versions) {
        max = Math.max(max, versionOf(v));
      }
    }
    return max + 1;
  }

  private static int versionOf(Path versionDir) {
    try {
      return Integer.parseInt(versionDir.getFileName().toString().substring(1));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static void writeAtomically(Path dir, String name, byte[] content) throws IOException {
    Path temp = Files.createTempFile(dir, TEMP, ".part");
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
        OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
      out.write(content);
      out.flush();
      channel.force(true);
    }
    try {
      Files.move(temp, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.deleteIfExists(temp);
      throw new IOException("the file system cannot move atomically in " + dir, e);
    }
  }

  private static byte[] sidecar(String sha, long size, DocumentMetadata m) throws IOException {
    Properties p = new Properties();
    p.setProperty("sha256", sha);
    p.setProperty("size", Long.toString(size));
    p.setProperty("documentType", m.documentType());
    p.setProperty("storedBy", m.storedBy());
    p.setProperty("storedAt", m.storedAt().toString());
    m.instance().ifPresent(i -> p.setProperty("instance", i));
    m.step().ifPresent(s -> p.setProperty("step", Integer.toString(s)));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    p.store(out, "Levman archive metadata");
    return out.toByteArray();
  }

  private Optional<ArchivedDocument> load(DocumentRef ref) {
    Path versionDir = paths.resolve(folder(ref.place()), ref.supplier(), ref.dossier(),
        ref.name().value(), "v" + ref.version());
    Path sidecar = versionDir.resolve(SIDECAR);
    if (!Files.isRegularFile(sidecar, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(sidecar, LinkOption.NOFOLLOW_LINKS)) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the metadata of " + ref, e);
    }
    DocumentMetadata metadata = new DocumentMetadata(p.getProperty("documentType"),
        p.getProperty("storedBy"), Instant.parse(p.getProperty("storedAt")),
        Optional.ofNullable(p.getProperty("instance")),
        p.getProperty("step") == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(p.getProperty("step"))));
    return Optional.of(new ArchivedDocument(ref, p.getProperty("sha256"),
        Long.parseLong(p.getProperty("size")), metadata));
  }

  @Override
  public Optional<ArchivedDocument> find(DocumentRef ref) {
    return load(ref);
  }

  @Override
  public byte[] read(DocumentRef ref) {
    ArchivedDocument doc = load(ref).orElseThrow(
        () -> new LevmanException("the archive holds no document " + ref));
    Path file = paths.resolve(folder(ref.place()), ref.supplier(), ref.dossier(), ref.name().value(),
        "v" + ref.version(), ref.name().value());
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new LevmanException("document " + ref + " cannot be read: " + e.getMessage(), e);
    }
    if (!sha256(content).equals(doc.sha256())) {
      throw new LevmanException("document " + ref + " no longer matches its SHA-256: it was changed");
    }
    return content;
  }

  @Override
  public List<ArchivedDocument> list(String place) {
    List<ArchivedDocument> found = new ArrayList<>();
    for (Map.Entry<String, String> e : folders.entrySet()) {
      if (place == null || place.equals(e.getKey())) {
        walk(e.getKey(), paths.root().resolve(e.getValue()), found, new ArrayList<>());
      }
    }
    return found;
  }

  /**
   * What a crash can leave behind: temporary files and versions whose sidecar never got written.
   * Paths relative to the root.
   */
  public List<String> leftovers() {
    List<String> left = new ArrayList<>();
    for (String folder : folders.values()) {
      walk(null, paths.root().resolve(folder), new ArrayList<>(), left);
    }
    return left;
  }

  private void walk(String place, Path placeDir, List<ArchivedDocument> found, List<String> leftovers) {
    if (!Files.isDirectory(placeDir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    for (Path supplier : children(placeDir)) {
      for (Path dossier : children(supplier)) {
        for (Path name : children(dossier)) {
          List<Path> versions = children(name);
          versions.sort(Comparator.comparingInt(FileSystemArchive::versionOf));
          for (Path version : versions) {
            for (Path file : children(version)) {
              if (file.getFileName().toString().startsWith(TEMP)) {
                leftovers.add(paths.root().relativize(file).toString());
              }
            }
            if (!Files.isRegularFile(version.resolve(SIDECAR), LinkOption.NOFOLLOW_LINKS)) {
              leftovers.add(paths.root().relativize(version).toString());
            } else if (place != null) {
              DocumentRef ref = new DocumentRef(place, supplier.getFileName().toString(),
                  dossier.getFileName().toString(), new DocumentName(name.getFileName().toString()),
                  versionOf(version));
              load(ref).ifPresent(found::add);
            }
          }
        }
      }
    }
  }

  private static List<Path> children(Path dir) {
    List<Path> children = new ArrayList<>();
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      return children;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(children::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    children.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return children;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
