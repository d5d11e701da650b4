package nl.levman.examples.scenario;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Runs a scripted scenario: exit 0 when every expectation holds, 1 when one or more fail (each is
 * listed), 2 when the file is malformed (one line naming the path, before any command runs).
 */
@Command(name = "scenario", mixinStandardHelpOptions = true,
    description = "Runs a scenario: a JSON file of commands and expectations (format in levman-examples/SCENARIOS.md).")
public final class ScenarioCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "the scenario file")
  Path file;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    try {
      return new ScenarioRunner(spec.commandLine().getOut()).run(file) == 0 ? 0 : 1;
    } catch (ScenarioException e) {
      spec.commandLine().getErr().println("malformed scenario: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return 2;
    } finally {
      spec.commandLine().getOut().flush();
    }
  }
}
