package nl.levman.examples.cli;

/**
 * An error the levman program reports as one line with its exit code (see {@link ExitCodes}),
 * never as a stack trace: what was wrong, named, and where useful what to do instead.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  private CliException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** A usage or user error: something named that does not exist, or a value that cannot be used. */
  public static CliException user(String message) {
    return new CliException(ExitCodes.USAGE, message, null);
  }

  /** The database could not be reached or opened. */
  public static CliException store(String message, Throwable cause) {
    return new CliException(ExitCodes.STORE, message, cause);
  }

  /** The command could not check or finish. */
  public static CliException failed(String message, Throwable cause) {
    return new CliException(ExitCodes.FAILED, message, cause);
  }

  public int exitCode() {
    return exitCode;
  }
}
