package nl.levman.examples.cli;

import java.io.PrintWriter;
import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every error into one line on standard error, {@code levman <command>: <what was wrong>},
 * and the exit code of its class ({@link ExitCodes}); {@code --debug} adds the stack trace.
 *
 * <p>Installed as the model transformer of {@link LevmanCli}, so that every {@code new
 * CommandLine(new LevmanCli())} has it, not only {@code main}: picocli runs model transformers
 * once the command line is built.
 */
public final class ErrorHandling implements IModelTransformer, IParameterExceptionHandler, IExecutionExceptionHandler {
  static final String DEBUG = "--debug";

  @Override
  public CommandSpec transform(CommandSpec spec) {
    CommandLine commandLine = spec.commandLine();
    if (commandLine != null) {
      commandLine.setParameterExceptionHandler(this);
      commandLine.setExecutionExceptionHandler(this);
    }
    return spec;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    String message = oneLine(ex.getMessage());
    if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
      message += " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
    }
    message += "; see '" + cmd.getCommandSpec().qualifiedName() + " --help'";
    report(cmd, message, ex, debug(args == null ? List.of() : Arrays.asList(args)));
    return ExitCodes.USAGE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    boolean debug = debug(parseResult == null ? List.of() : parseResult.originalArgs());
    if (ex instanceof CliException known) {
      report(cmd, oneLine(known.getMessage()), ex, debug);
      return known.exitCode();
    }
    if (connectionLost(ex)) {
      report(cmd, "lost the database: " + oneLine(firstMessage(ex)), ex, debug);
      return ExitCodes.STORE;
    }
    String hint = debug ? "" : " (" + DEBUG + " shows the stack trace)";
    report(cmd, "could not finish: " + oneLine(firstMessage(ex)) + hint, ex, debug);
    return ExitCodes.FAILED;
  }

  private static void report(CommandLine cmd, String message, Throwable ex, boolean debug) {
    PrintWriter err = cmd.getErr();
    err.println(cmd.getCommandSpec().qualifiedName() + ": " + message);
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
  }

  static boolean debug(List<String> args) {
    return args.contains(DEBUG);
  }

  /** Whether the error is a lost or refused database connection. */
  static boolean connectionLost(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
          || t instanceof ConnectException) {
        return true;
      }
    }
    return false;
  }

  /** The first message of the exception or its causes; the exception's kind if none has one. */
  static String firstMessage(Throwable ex) {
    for (Throwable t = ex; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getMessage();
      }
    }
    return ex.getClass().getSimpleName();
  }

  /** Whatever a message holds, one line of it. */
  static String oneLine(String message) {
    if (message == null) {
      return "";
    }
    return message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
