package nl.levman.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that touches data shares. */
public final class Options {
  @Option(names = "--jdbc-url", description = "JDBC URL of the database (default: an H2 file in the data folder)")
  public String jdbcUrl;

  @Option(names = {"--data", "--archive"}, defaultValue = "levman-data",
      description = "the data folder: archive, invitations, notifications, H2 database (default: ${DEFAULT-VALUE})")
  public Path data;

  public Wiring wire() {
    return new Wiring(data, jdbcUrl);
  }
}
