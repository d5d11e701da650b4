package nl.levman.examples.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.levman.examples.cli.CliException;
import nl.levman.examples.cli.Options;
import nl.levman.examples.cli.Wiring;
import nl.levman.model.Language;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Simulates suppliers over years on the virtual clock, stops a little before their SLAs end (so
 * that work is still open), summarises, and writes the report. Writes only into a new or empty data
 * folder and an empty database; never clears or deletes anything.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Simulates Service Level Management and the yearly risk review for N suppliers over Y years,"
        + " up to a little before the SLAs end, and writes report.html into the data folder.",
        "The data folder must be new or empty, and a database given with --jdbc-url must hold no instances:"
            + " the demo never clears or deletes anything."})
public final class DemoCommand implements Callable<Integer> {
  @Mixin Options options;

  @Option(names = "--suppliers", defaultValue = "6", description = "number of suppliers (default: ${DEFAULT-VALUE})")
  int suppliers;

  @Option(names = "--years", defaultValue = "2", description = "years to simulate (default: ${DEFAULT-VALUE})")
  int years;

  @Option(names = "--seed", defaultValue = "42", description = "random seed; the same seed gives the same run")
  long seed;

  @Option(names = "--lang", defaultValue = "nl", description = "language of the report: nl or en (default: ${DEFAULT-VALUE})")
  String lang;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (suppliers < 1 || years < 1 || years > 10) {
      throw new CommandLine.ParameterException(spec.commandLine(), "use 1 or more suppliers and 1 to 10 years");
    }
    Language language = language();
    FreshStart.requireNewOrEmpty(options.data);
    FreshStart.requireNoInstances(options.data, options.jdbcUrl);
    PrintWriter out = spec.commandLine().getOut();
    long started = System.nanoTime();
    out.printf("Levman demo: %d supplier(s), %d year(s), seed %d, data in %s%n", suppliers, years, seed,
        options.data.toAbsolutePath());
    out.flush();
    try (Wiring wiring = open(options.data)) {
      FreshStart.requireEmpty(wiring);
      Simulation simulation = new Simulation(wiring, suppliers, years, seed, out);
      simulation.run();
      Summary summary = Summary.of(wiring, simulation.engine);
      summary.print(out, simulation.stats, (System.nanoTime() - started) / 1_000_000);
      Path report = DemoReport.write(wiring, simulation, language);
      NextSteps.print(out, wiring, simulation, report);
      out.flush();
    }
    return 0;
  }

  private Language language() {
    try {
      return Language.valueOf(lang.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw CliException.user("unknown language '" + lang + "'; use nl or en");
    }
  }

  /** Opens the store for writing; a data folder this run made is removed again if that fails. */
  private Wiring open(Path data) {
    boolean made = !Files.exists(data);
    try {
      return options.wire();
    } catch (RuntimeException e) {
      if (made) {
        try {
          Files.deleteIfExists(data);
        } catch (IOException notEmpty) {
          // Something was written into it after all: leave it.
        }
      }
      throw e;
    }
  }
}
