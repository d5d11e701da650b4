package nl.levman.examples.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.levman.examples.cli.Options;
import nl.levman.examples.cli.Wiring;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Simulates suppliers over years on the virtual clock, then summarises and writes report.html. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Simulates Service Level Management and the yearly risk review for N suppliers over Y years.")
public final class DemoCommand implements Callable<Integer> {
  static final String MARKER = ".levman-demo";

  @Mixin Options options;

  @Option(names = "--suppliers", defaultValue = "6", description = "number of suppliers (default: ${DEFAULT-VALUE})")
  int suppliers;

  @Option(names = "--years", defaultValue = "2", description = "years to simulate (default: ${DEFAULT-VALUE})")
  int years;

  @Option(names = "--seed", defaultValue = "42", description = "random seed; the same seed gives the same run")
  long seed;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (suppliers < 1 || years < 1 || years > 10) {
      throw new CommandLine.ParameterException(spec.commandLine(), "use 1 or more suppliers and 1 to 10 years");
    }
    PrintWriter out = spec.commandLine().getOut();
    fresh(options.data);
    long started = System.nanoTime();
    out.printf("Levman demo: %d supplier(s), %d year(s), seed %d, data in %s%n", suppliers, years, seed,
        options.data.toAbsolutePath());
    try (Wiring wiring = options.wire()) {
      if (!wiring.store.list(null, 1).isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "the database " + wiring.jdbcUrl
            + " already holds Levman instances; give the demo an empty database or schema");
      }
      Simulation simulation = new Simulation(wiring, suppliers, years, seed, out);
      simulation.run();
      Summary summary = Summary.of(wiring, simulation.engine);
      summary.print(out, simulation.stats, (System.nanoTime() - started) / 1_000_000);
      Path report = HtmlReport.write(options.data, simulation.stats, summary);
      out.println("report: " + report.toAbsolutePath());
      out.println("next: java -jar levman-examples/target/levman.jar verify   (checks every hash chain and checksum)");
      out.flush();
    }
    return 0;
  }

  /** Starts from an empty data folder; only a folder a demo made before is cleared. */
  private void fresh(Path data) {
    try {
      if (Files.isDirectory(data) && Files.list(data).findAny().isPresent()) {
        if (!Files.exists(data.resolve(MARKER))) {
          throw new CommandLine.ParameterException(spec.commandLine(), data.toAbsolutePath()
              + " holds data the demo did not make; give another folder with --data");
        }
        try (Stream<Path> all = Files.walk(data)) {
          all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
      Files.createDirectories(data);
      Files.writeString(data.resolve(MARKER), "made by levman demo; cleared by the next demo\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + data, e);
    }
  }
}
