package nl.levman.fs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import nl.levman.model.LevmanException;
import nl.levman.spi.DocumentName;

/** Resolves names under a root so that they can never leave it, nor pass a symbolic link. */
final class SafePaths {
  private final Path root;

  SafePaths(Path root) {
    try {
      Files.createDirectories(root);
      this.root = root.toRealPath();
    } catch (IOException e) {
      throw new LevmanException("cannot use archive root " + root + ": " + e.getMessage(), e);
    }
  }

  Path root() {
    return root;
  }

  /** The path of the segments under the root; each segment a valid name, none a symbolic link. */
  Path resolve(String... segments) {
    Path path = root;
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      new DocumentName(segment);
      path = path.resolve(segment);
      if (!path.normalize().startsWith(root) || path.getParent() == null
          || !path.normalize().getParent().equals(path.getParent().normalize())) {
        throw new LevmanException("name '" + segment + "' would leave the archive folder");
      }
      if (Files.isSymbolicLink(path)) {
        throw new LevmanException("'" + root.relativize(path) + "' is a symbolic link; the archive does not follow links");
      }
      if (i < segments.length - 1 && Files.exists(path, LinkOption.NOFOLLOW_LINKS)
          && !Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        throw new LevmanException("'" + root.relativize(path) + "' is not a folder");
      }
    }
    return path;
  }
}
