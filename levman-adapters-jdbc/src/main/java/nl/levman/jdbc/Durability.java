package nl.levman.jdbc;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import nl.levman.model.LevmanException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure that a command the store accepted is in the database when the JVM dies right after.
 *
 * <p>H2 writes committed transactions to its file up to {@code WRITE_DELAY} ms later (500 by
 * default), so a killed JVM lost accepted commands. {@code SET WRITE_DELAY 0} makes each commit
 * write before it returns, but only while the database stays open: H2 records the setting, yet
 * every time it opens the database it applies the URL's {@code WRITE_DELAY} or the default again.
 * A database that is reopened comes with new physical connections, so the store sets it on every
 * physical connection it has not seen before (one statement per connection, not per commit).
 *
 * <p>On PostgreSQL and MariaDB durability is the server's configuration: settings that acknowledge
 * commits before they are on disk are logged as warnings when the store is built. See DURABILITY.md.
 */
final class Durability {
  private static final Logger log = LoggerFactory.getLogger(Durability.class);

  /** Physical H2 connections on which commits are known to be written at once. */
  private final Map<Connection, Boolean> writingAtOnce = Collections.synchronizedMap(new WeakHashMap<>());

  /** Before a commit on H2: makes sure this connection's database writes commits at once. */
  void writeCommitsAtOnce(Connection c) throws SQLException {
    Connection physical = physical(c);
    if (writingAtOnce.containsKey(physical)) {
      return;
    }
    String path = values(c, "SELECT DATABASE_PATH()").get(0);
    if (path != null) {
      try (Statement s = c.createStatement()) {
        s.execute("SET WRITE_DELAY 0");
      } catch (SQLException e) {
        // the delay in force is the last row; a row before it is the recorded setting
        List<String> delays = values(c, "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
            + " WHERE SETTING_NAME = 'WRITE_DELAY'");
        String delay = delays.isEmpty() ? "?" : delays.get(delays.size() - 1);
        if (!"0".equals(delay)) {
          throw new LevmanException("the H2 database " + path + " writes a commit to its file up to " + delay
              + " ms after it returns, so a crash would lose accepted commands, and Levman cannot change that ("
              + e.getMessage() + "); connect as an admin user of the database, or have an admin open it with"
              + " ;WRITE_DELAY=0 in the JDBC URL", e);
        }
      }
    }
    writingAtOnce.put(physical, Boolean.TRUE);
  }

  private static Connection physical(Connection c) {
    try {
      return c.isWrapperFor(Connection.class) ? c.unwrap(Connection.class) : c;
    } catch (SQLException e) {
      return c;
    }
  }

  /** When the store is built on PostgreSQL or MariaDB: warns about settings that lose commits. */
  static void checkServer(Connection c, Dialect dialect) throws SQLException {
    switch (dialect) {
      case POSTGRESQL -> {
        if ("off".equals(values(c, "SELECT current_setting('synchronous_commit')").get(0))) {
          log.warn("PostgreSQL runs with synchronous_commit = off: a crash of the database server can lose"
              + " Levman commands that were already accepted");
        }
        if ("off".equals(values(c, "SELECT current_setting('fsync')").get(0))) {
          log.warn("PostgreSQL runs with fsync = off: a crash of the operating system or a power loss can lose"
              + " accepted Levman commands or corrupt the database");
        }
      }
      case MARIADB -> {
        String flush = values(c, "SELECT @@innodb_flush_log_at_trx_commit").get(0);
        if ("0".equals(flush) || "2".equals(flush)) { // 1 (the default) and 3 flush at each commit
          log.warn("MariaDB runs with innodb_flush_log_at_trx_commit = {}: a crash of the {} can lose about a"
              + " second of accepted Levman commands", flush, "2".equals(flush) ? "operating system" : "server");
        }
      }
      default -> { }
    }
  }

  private static List<String> values(Connection c, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getString(1));
      }
    }
    return values;
  }
}
