package nl.levman.fs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.model.LevmanException;
import nl.levman.spi.Archive;
import nl.levman.spi.ArchiveFinding;
import nl.levman.spi.ArchivedDocument;
import nl.levman.spi.DocumentMetadata;
import nl.levman.spi.DocumentName;
import nl.levman.spi.DocumentRef;

/**
 * The archive on a folder. Layout: {@code <root>/<place folder>/<supplier>/<dossier>/<name>/v<N>/}
 * holds the document as {@code <name>} and its sidecar {@code levman.properties} (SHA-256, size,
 * type, who, when, instance, step).
 *
 * <p>A store streams the content into a temporary file in the name's folder, hashing and counting
 * as it goes, and forces it to disk; nothing of it is held in memory. Then, holding the name (a
 * lock in this JVM and a file lock on {@code .levman-lock} for other processes), it gives back the
 * version that already holds the same bytes, if any, or claims the next version by creating its
 * folder, moves the file into it atomically and writes the sidecar the same way. A store that
 * fails removes its temporary file. A version without its sidecar is incomplete: it is invisible to
 * {@link #list} and {@link #find}, and {@link #findings()} reports it, with every file that is not
 * Levman's and every sidecar that cannot be interpreted. Nothing is ever overwritten.
 */
public final class FileSystemArchive implements Archive {
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

    /**
     * Maps a place (its code) to a folder name under the root; not {@code Meetings}, which is the
     * meeting planner's.
     */
    public Builder place(String code, String folder) {
      new DocumentName(folder);
      if (folder.equalsIgnoreCase(ArchiveScan.MEETINGS)) {
        throw new LevmanException("the archive folder '" + folder + "' is the meeting planner's; "
            + "give place '" + code + "' another folder");
      }
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
    return store(place, supplier, dossier, name, new ByteArrayInputStream(content), metadata);
  }

  @Override
  public ArchivedDocument store(String place, String supplier, String dossier, DocumentName name,
      InputStream content, DocumentMetadata metadata) {
    String folder = folder(place);
    Path nameDir = paths.resolve(folder, supplier, dossier, name.value());
    Path temp = null;
    try {
      Files.createDirectories(nameDir);
      paths.resolve(folder, supplier, dossier, name.value());
      temp = Files.createTempFile(nameDir, ArchiveScan.TEMP, ".part");
      Content.Copied copied = Content.copy(content, temp);
      try (NameLock held = NameLock.hold(nameDir)) {
        Optional<ArchivedDocument> same = holding(place, supplier, dossier, name, nameDir, copied);
        if (same.isPresent()) {
          return same.get();
        }
        for (int version = nextVersion(nameDir); ; version++) {
          Path versionDir = nameDir.resolve("v" + version);
          try {
            Files.createDirectory(versionDir);
          } catch (FileAlreadyExistsException taken) {
            continue;
          }
          move(temp, versionDir.resolve(name.value()));
          temp = null;
          Path sidecar = Files.createTempFile(versionDir, ArchiveScan.TEMP, ".part");
          Content.copy(new ByteArrayInputStream(Sidecar.write(copied.sha256(), copied.size(),
              metadata)), sidecar);
          move(sidecar, versionDir.resolve(Sidecar.NAME));
          return new ArchivedDocument(new DocumentRef(place, supplier, dossier, name, version),
              copied.sha256(), copied.size(), metadata);
        }
      }
    } catch (IOException e) {
      throw new LevmanException("cannot store " + place + "/" + supplier + "/" + dossier + "/" + name
          + ": " + e.getMessage(), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // the temporary file stays; findings() reports it as an interrupted write
        }
      }
    }
  }

  /** The complete version of the name that holds these bytes, checked against its file. */
  private Optional<ArchivedDocument> holding(String place, String supplier, String dossier,
      DocumentName name, Path nameDir, Content.Copied copied) throws IOException {
    int next = nextVersion(nameDir);
    for (int version = 1; version < next; version++) {
      Path versionDir = nameDir.resolve("v" + version);
      if (!Files.isRegularFile(versionDir.resolve(Sidecar.NAME), LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      DocumentRef ref = new DocumentRef(place, supplier, dossier, name, version);
      ArchivedDocument doc;
      try {
        doc = Sidecar.read(versionDir, ref);
      } catch (Sidecar.Malformed unreadable) {
        continue;
      }
      Path file = versionDir.resolve(name.value());
      if (doc.sha256().equals(copied.sha256()) && doc.size() == copied.size()
          && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
          && Content.sha256(file).equals(copied.sha256())) {
        return Optional.of(doc);
      }
    }
    return Optional.empty();
  }

  private static int nextVersion(Path nameDir) throws IOException {
    int max = 0;
    try (DirectoryStream<Path> versions = Files.newDirectoryStream(nameDir, "v*")) {
      for (Path v : versions) {
        try {
          max = Math.max(max, ArchiveScan.versionOf(v));
        } catch (NumberFormatException notAVersion) {
          // not a version folder
        }
      }
    }
    return max + 1;
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system cannot move atomically in " + target.getParent(), e);
    }
  }

  private Path versionDir(DocumentRef ref) {
    return paths.resolve(folder(ref.place()), ref.supplier(), ref.dossier(), ref.name().value(),
        "v" + ref.version());
  }

  /**
   * The version's metadata, if it is complete; a {@code LevmanException} names the version when
   * its sidecar cannot be interpreted.
   */
  @Override
  public Optional<ArchivedDocument> find(DocumentRef ref) {
    Path versionDir = versionDir(ref);
    if (!Files.isRegularFile(versionDir.resolve(Sidecar.NAME), LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    return Optional.of(Sidecar.read(versionDir, ref));
  }

  @Override
  public byte[] read(DocumentRef ref) {
    try (InputStream in = open(ref)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new LevmanException("document " + ref + " cannot be read: " + e.getMessage(), e);
    }
  }

  @Override
  public InputStream open(DocumentRef ref) {
    ArchivedDocument doc = find(ref).orElseThrow(
        () -> new LevmanException("the archive holds no document " + ref));
    Path file = versionDir(ref).resolve(ref.name().value());
    try {
      return Content.verifying(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), doc.sha256(), ref);
    } catch (IOException e) {
      throw new LevmanException("document " + ref + " cannot be read: " + e.getMessage(), e);
    }
  }

  /** Every complete version whose metadata can be read; {@link #findings()} names the others. */
  @Override
  public List<ArchivedDocument> list(String place) {
    return ArchiveScan.of(paths.root(), folders, place, false).versions();
  }

  @Override
  public List<ArchiveFinding> findings() {
    return ArchiveScan.of(paths.root(), folders, null, true).findings();
  }

  /**
   * What a crash can leave behind: temporary files and versions whose sidecar never got written.
   * Paths relative to the root.
   */
  public List<String> leftovers() {
    return findings().stream().filter(f -> f.kind() == ArchiveFinding.Kind.INTERRUPTED_WRITE)
        .map(ArchiveFinding::where).toList();
  }
}
