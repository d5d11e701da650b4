package nl.levman.fs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.levman.model.LevmanException;
import nl.levman.spi.ArchiveFinding;
import nl.levman.spi.ArchiveFinding.Kind;
import nl.levman.spi.ArchivedDocument;
import nl.levman.spi.DocumentName;
import nl.levman.spi.DocumentRef;

/**
 * One walk over the archive folder: the complete versions, and everything else found on the way —
 * interrupted writes, files that are not Levman's, metadata that cannot be interpreted. The
 * archive's own files are the place folders' tree of versions, the {@code .levman-lock} of each
 * name and the meeting planner's {@code Meetings} folder.
 */
final class ArchiveScan {
  static final String TEMP = ".levman-tmp-";
  static final String MEETINGS = "Meetings";
  private static final Pattern VERSION = Pattern.compile("v[1-9][0-9]{0,8}");

  private final Path root;
  private final List<ArchivedDocument> versions = new ArrayList<>();
  private final List<ArchiveFinding> findings = new ArrayList<>();

  private ArchiveScan(Path root) {
    this.root = root;
  }

  /** Walks the places (one, or all with {@code null}); with {@code everything} also the root. */
  static ArchiveScan of(Path root, Map<String, String> folders, String onlyPlace, boolean everything) {
    ArchiveScan scan = new ArchiveScan(root);
    if (everything) {
      for (Path child : children(root)) {
        String name = child.getFileName().toString();
        boolean ours = folders.containsValue(name) || name.equals(MEETINGS);
        if (!ours || !Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
          scan.stray(child);
        }
      }
    }
    folders.forEach((place, folder) -> {
      if (onlyPlace == null || onlyPlace.equals(place)) {
        scan.place(place, root.resolve(folder));
      }
    });
    return scan;
  }

  List<ArchivedDocument> versions() {
    return versions;
  }

  List<ArchiveFinding> findings() {
    return findings;
  }

  private void place(String place, Path placeDir) {
    if (!Files.isDirectory(placeDir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    for (Path supplier : folders(placeDir)) {
      for (Path dossier : folders(supplier)) {
        for (Path name : folders(dossier)) {
          DocumentName documentName = new DocumentName(name.getFileName().toString());
          List<Path> found = new ArrayList<>();
          for (Path child : children(name)) {
            String file = child.getFileName().toString();
            if (VERSION.matcher(file).matches() && Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
              found.add(child);
            } else if (file.startsWith(TEMP) && Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
              interrupted(child);
            } else if (!(file.equals(NameLock.FILE) && Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS))) {
              stray(child);
            }
          }
          found.sort(Comparator.comparingInt(ArchiveScan::versionOf));
          for (Path version : found) {
            version(new DocumentRef(place, supplier.getFileName().toString(),
                dossier.getFileName().toString(), documentName, versionOf(version)), version);
          }
        }
      }
    }
  }

  private void version(DocumentRef ref, Path versionDir) {
    boolean sidecar = false;
    for (Path child : children(versionDir)) {
      String file = child.getFileName().toString();
      boolean regular = Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS);
      if (regular && file.equals(Sidecar.NAME)) {
        sidecar = true;
      } else if (regular && file.startsWith(TEMP)) {
        interrupted(child);
      } else if (!(regular && file.equals(ref.name().value()))) {
        stray(child);
      }
    }
    if (!sidecar) {
      interrupted(versionDir);
      return;
    }
    try {
      versions.add(Sidecar.read(versionDir, ref));
    } catch (Sidecar.Malformed e) {
      findings.add(new ArchiveFinding(Kind.UNREADABLE, ref.toString(), e.problem()));
    }
  }

  static int versionOf(Path versionDir) {
    return Integer.parseInt(versionDir.getFileName().toString().substring(1));
  }

  /** The child folders that can be supplier, dossier or name folders; anything else is a stray. */
  private List<Path> folders(Path dir) {
    List<Path> folders = new ArrayList<>();
    for (Path child : children(dir)) {
      if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS) && validName(child)) {
        folders.add(child);
      } else {
        stray(child);
      }
    }
    return folders;
  }

  private static boolean validName(Path path) {
    try {
      new DocumentName(path.getFileName().toString());
      return true;
    } catch (LevmanException invalid) {
      return false;
    }
  }

  private void interrupted(Path path) {
    findings.add(new ArchiveFinding(Kind.INTERRUPTED_WRITE, relative(path),
        Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
            ? "a version without its metadata, left by an interrupted write"
            : "a temporary file, left by an interrupted write"));
  }

  private void stray(Path path) {
    String what = Files.isSymbolicLink(path) ? "a symbolic link"
        : Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? "a folder" : "a file";
    findings.add(new ArchiveFinding(Kind.STRAY, relative(path),
        what + " that is not Levman's: neither a document version, its metadata, nor the archive's own"));
  }

  private String relative(Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }

  private static List<Path> children(Path dir) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      stream.forEach(children::add);
    } catch (IOException e) {
      throw new LevmanException("cannot list the archive folder " + dir + ": " + e.getMessage(), e);
    }
    children.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return children;
  }
}
