package nl.levman.examples.cli;

import nl.levman.examples.bench.BenchCommand;
import nl.levman.examples.demo.DemoCommand;
import nl.levman.examples.scenario.ScenarioCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The levman program. Each subcommand is its own class. */
@Command(name = "levman", mixinStandardHelpOptions = true, version = "levman 0.1.0",
    description = "Runs the Levman handbook processes on the embedded defaults (H2 and ./levman-data).",
    subcommands = {DescribeCommand.class, DemoCommand.class, WorklistCommand.class, HistoryCommand.class,
        ScenarioCommand.class, VerifyCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class LevmanCli implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "choose a command: "
        + String.join(", ", spec.subcommands().keySet()));
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new LevmanCli()).execute(args));
  }
}
