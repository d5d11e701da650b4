package nl.levman.examples.cli;

import nl.levman.examples.bench.BenchCommand;
import nl.levman.examples.demo.DemoCommand;
import nl.levman.examples.scenario.ScenarioCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The levman program. Each subcommand is its own class. Every error is one line on standard error
 * with the exit code of its class ({@link ExitCodes}, handled by {@link ErrorHandling}).
 */
@Command(name = "levman", mixinStandardHelpOptions = true, version = "levman 0.1.0",
    description = "Runs the Levman handbook processes on the embedded defaults (H2 and ./levman-data).",
    modelTransformer = ErrorHandling.class,
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {ExitCodes.OK_LINE, ExitCodes.BROKEN_LINE, ExitCodes.USAGE_LINE, ExitCodes.STORE_LINE,
        ExitCodes.FAILED_LINE},
    subcommands = {DescribeCommand.class, DemoCommand.class, InstancesCommand.class, WorklistCommand.class,
        HistoryCommand.class, ScenarioCommand.class, VerifyCommand.class, SealCommand.class, BenchCommand.class, ImportCommand.class,
        CommandLine.HelpCommand.class})
public final class LevmanCli implements Runnable {

  @Option(names = ErrorHandling.DEBUG, scope = ScopeType.INHERIT,
      description = "on an error, print the stack trace as well as the one-line message")
  boolean debug;

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
