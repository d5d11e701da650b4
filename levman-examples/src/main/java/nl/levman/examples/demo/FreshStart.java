package nl.levman.examples.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.levman.examples.cli.CliException;
import nl.levman.examples.cli.ExitCodes;
import nl.levman.examples.cli.Wiring;

/**
 * What the demo checks before it writes anything: the data folder is new or empty, and a database
 * given with {@code --jdbc-url} holds no Levman instances. The demo never clears or deletes
 * anything; a folder or database with data in it is refused, untouched.
 */
final class FreshStart {
  private FreshStart() {}

  /** Refuses a data folder that is a file, or a folder with anything in it. Reads only. */
  static void requireNewOrEmpty(Path data) {
    if (!Files.exists(data)) {
      return;
    }
    if (!Files.isDirectory(data)) {
      throw CliException.user(data.toAbsolutePath() + " is a file, not a folder; give the demo a new folder"
          + " with --data");
    }
    try (Stream<Path> entries = Files.list(data)) {
      if (entries.findAny().isPresent()) {
        throw CliException.user("the data folder " + data.toAbsolutePath() + " is not empty; the demo"
            + " writes only into a new or empty folder: give another one with --data, or remove this one yourself");
      }
    } catch (IOException e) {
      throw CliException.user("cannot read the data folder " + data.toAbsolutePath() + ": " + e.getMessage());
    }
  }

  /**
   * Refuses a database that already holds Levman instances, before the data folder is made: it is
   * opened for reading, which creates nothing. One that cannot be reached is reported as such; one
   * without the Levman tables is empty, and is set up when the demo opens it for writing.
   */
  static void requireNoInstances(Path data, String jdbcUrl) {
    if (jdbcUrl == null) {
      return;
    }
    Wiring reading;
    try {
      reading = Wiring.forReading(data, jdbcUrl, false);
    } catch (CliException e) {
      if (e.exitCode() == ExitCodes.USAGE) {
        return;
      }
      throw e;
    }
    try (reading) {
      requireEmpty(reading);
    }
  }

  /** Refuses a store that holds instances. */
  static void requireEmpty(Wiring wiring) {
    if (!wiring.store.list(null, 1).isEmpty()) {
      throw CliException.user("the database " + wiring.where() + " already holds Levman instances; the demo"
          + " writes only into an empty database or schema: give another one with --jdbc-url");
    }
  }
}
