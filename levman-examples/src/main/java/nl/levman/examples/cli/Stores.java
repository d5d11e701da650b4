package nl.levman.examples.cli;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What went wrong opening a database, in one line, and its class: not there (2) or not reachable (3). */
final class Stores {
  private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");
  private static final Pattern H2_FILE = Pattern.compile("(?i)^jdbc:h2:(?:file:)?([^;]*)");

  private Stores() {}

  /** The URL with any password replaced, fit for a message. */
  static String masked(String url) {
    return PASSWORD.matcher(url).replaceAll(Matcher.quoteReplacement("password=***"));
  }

  static CliException openFailed(String url, Throwable e) {
    if (e instanceof CliException known) {
      return known;
    }
    SQLException sql = sqlCause(e);
    String where = masked(url);
    if (sql != null) {
      int code = sql.getErrorCode();
      String state = sql.getSQLState() == null ? "" : sql.getSQLState();
      if (code == 90146 || code == 90013) {
        return CliException.user("there is no H2 database at " + h2File(url) + "; check --jdbc-url or --data");
      }
      if (code == 90020) {
        return CliException.store("the H2 database " + h2File(url) + " is in use by another program "
            + "(a running demo or levman command?); wait for it to finish, or give another --data", e);
      }
      if (state.equals("3D000") || code == 1049) {
        return CliException.user("there is no such database: " + where + " (" + firstLine(sql.getMessage()) + ")");
      }
      if (state.startsWith("28") || code == 1045) {
        return CliException.store("the database refused the login: " + where + " (" + firstLine(sql.getMessage()) + ")", e);
      }
      return CliException.store("cannot open the database " + where + ": " + firstLine(sql.getMessage()), e);
    }
    return CliException.store("cannot open the database " + where + ": "
        + firstLine(ErrorHandling.firstMessage(e)), e);
  }

  private static String h2File(String url) {
    Matcher m = H2_FILE.matcher(url);
    return m.find() ? m.group(1) + ".mv.db" : masked(url);
  }

  private static SQLException sqlCause(Throwable e) {
    SQLException found = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        found = s;
      }
    }
    return found;
  }

  /** The driver's message on one line, without MariaDB's connection number. */
  static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    return ErrorHandling.oneLine(message).replaceFirst("^\\(conn=\\d+\\)\\s*", "");
  }
}
