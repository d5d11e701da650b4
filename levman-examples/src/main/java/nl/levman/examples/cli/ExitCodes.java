package nl.levman.examples.cli;

/**
 * The exit codes of the levman program, one per class of outcome, and their lines for the
 * {@code --help} footer (picocli's {@code exitCodeList}).
 */
public final class ExitCodes {
  /** Done; for verify and history: every hash chain and checksum is intact. */
  public static final int OK = 0;
  /**
   * A verification found a broken record (changed, missing or reordered) or a changed or missing
   * document; the first is named. A verification that could not check something is 3 or 4, never 1.
   */
  public static final int BROKEN = 1;
  /** A usage or user error: a bad option, or an unknown role, process, instance, format or folder. */
  public static final int USAGE = 2;
  /**
   * The database could not be reached or opened: refused, unreachable, locked, credentials; for
   * verify, nothing could be checked.
   */
  public static final int STORE = 3;
  /**
   * The command could not check or finish: an error while reading the store or the archive. For
   * verify: an archive folder or document that cannot be read, or metadata (a sidecar) that cannot
   * be interpreted, each named on a line of its own; nothing found broken.
   */
  public static final int FAILED = 4;

  static final String HEADING = "%nExit codes:%n";
  static final String OK_LINE = "0:done (verify, history: everything intact)";
  static final String BROKEN_LINE = "1:verification found a broken record; the first is named";
  static final String USAGE_LINE = "2:usage or user error: bad option, unknown role, process, instance, format or folder";
  static final String STORE_LINE = "3:could not reach or open the database (refused, unreachable, locked, credentials)";
  static final String FAILED_LINE = "4:could not check or finish (an error while reading; --debug shows the stack trace)";

  private ExitCodes() {}
}
