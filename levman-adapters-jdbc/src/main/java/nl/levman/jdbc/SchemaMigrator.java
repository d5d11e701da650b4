package nl.levman.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.levman.model.LevmanException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned scripts in {@code nl/levman/jdbc/migration/<vendor>/V<n>__*.sql} and
 * records them in {@code levman_schema_version}. The folder is Flyway's layout under Levman's own
 * package, so it never mixes with a host's {@code db/migration}; hosts may run the scripts with
 * their own Flyway instead, with a history table of their own (see MIGRATIONS.md). Several nodes
 * starting at once are serialised by a database lock held until the one commit at the end
 * (PostgreSQL runs the whole upgrade as one transaction).
 */
final class SchemaMigrator {
  private static final Logger log = LoggerFactory.getLogger(SchemaMigrator.class);
  /** Where the scripts are, on the class path; a vendor folder below it per database. */
  static final String LOCATION = "nl/levman/jdbc/migration/";
  static final List<String> SCRIPTS =
      List.of("V1__levman.sql", "V2__commands_and_outbox.sql", "V3__instance_snapshot.sql");

  private SchemaMigrator() {}

  static void migrate(DataSource dataSource, Dialect dialect, java.time.Clock clock) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        dialect.lockForMigration(c);
        try (Statement s = c.createStatement()) {
          s.execute("CREATE TABLE IF NOT EXISTS levman_schema_version ("
              + "version INTEGER PRIMARY KEY, script VARCHAR(100) NOT NULL, applied_at BIGINT NOT NULL)");
        }
        java.util.Set<Integer> applied = appliedVersions(c);
        for (String script : SCRIPTS) {
          int v = version(script);
          if (applied.contains(v)) {
            continue;
          }
          for (String statement : statements(read(dialect, script))) {
            try (Statement s = c.createStatement()) {
              s.execute(statement);
            }
          }
          try (PreparedStatement p = c.prepareStatement(
              "INSERT INTO levman_schema_version (version, script, applied_at) VALUES (?, ?, ?)")) {
            p.setInt(1, v);
            p.setString(2, script);
            p.setLong(3, clock.millis());
            p.executeUpdate();
          }
          log.info("Levman schema upgraded to version {} ({})", v, script);
        }
        dialect.unlockAfterMigration(c);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        Transactions.rollback(c, e);
        throw e;
      }
    } catch (SQLException e) {
      throw new LevmanException("cannot create or upgrade the Levman schema: " + e.getMessage(), e);
    }
  }

  /** The versions recorded so far: a script is applied once, whether or not those before it were. */
  private static java.util.Set<Integer> appliedVersions(Connection c) throws SQLException {
    java.util.Set<Integer> versions = new java.util.HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT version FROM levman_schema_version")) {
      while (r.next()) {
        versions.add(r.getInt(1));
      }
    }
    return versions;
  }

  /** The version in a script's name, {@code V<version>__<description>.sql}. */
  static int version(String script) {
    return Integer.parseInt(script.substring(1, script.indexOf("__")));
  }

  static boolean tablesExist(Connection c) throws SQLException {
    DatabaseMetaData meta = c.getMetaData();
    for (String name : new String[] {"levman_history", "LEVMAN_HISTORY"}) {
      try (ResultSet r = meta.getTables(null, null, name, null)) {
        if (r.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private static String read(Dialect dialect, String script) {
    String path = LOCATION + dialect.folder + "/" + script;
    try (InputStream in = SchemaMigrator.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new LevmanException("the Levman jar has no schema script " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new LevmanException("cannot read schema script " + path, e);
    }
  }

  /** Splits a script on semicolons outside quotes, dollar-quoted bodies and comments. */
  static List<String> statements(String script) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    boolean dollar = false;
    for (int i = 0; i < script.length(); i++) {
      char ch = script.charAt(i);
      if (!quoted && !dollar && ch == '-' && i + 1 < script.length() && script.charAt(i + 1) == '-') {
        while (i < script.length() && script.charAt(i) != '\n') {
          i++;
        }
        current.append('\n');
        continue;
      }
      if (!dollar && ch == '\'') {
        quoted = !quoted;
      } else if (!quoted && ch == '$' && i + 1 < script.length() && script.charAt(i + 1) == '$') {
        dollar = !dollar;
        current.append("$$");
        i++;
        continue;
      }
      if (ch == ';' && !quoted && !dollar) {
        if (!current.toString().isBlank()) {
          statements.add(current.toString().trim());
        }
        current.setLength(0);
      } else {
        current.append(ch);
      }
    }
    if (!current.toString().isBlank()) {
      statements.add(current.toString().trim());
    }
    return statements;
  }
}
