package nl.levman.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that touches data shares. */
public final class Options {
  @Option(names = "--jdbc-url",
      description = "JDBC URL of the database: H2, PostgreSQL or MariaDB (default: the H2 file in the data folder)")
  public String jdbcUrl;

  @Option(names = {"--data", "--archive"}, defaultValue = "levman-data",
      description = "the data folder: archive, invitations, notifications, H2 database (default: ${DEFAULT-VALUE})")
  public Path data;

  /** For commands that write (the demo): creates the data folder, database and schema as needed. */
  public Wiring wire() {
    return new Wiring(data, jdbcUrl);
  }

  /**
   * For commands that only read: creates nothing, and names a data folder, H2 file or database
   * that is not there. The data folder must exist when {@code needsDataFolder} even with a JDBC URL.
   */
  public Wiring read(boolean needsDataFolder) {
    return Wiring.forReading(data, jdbcUrl, needsDataFolder);
  }
}
