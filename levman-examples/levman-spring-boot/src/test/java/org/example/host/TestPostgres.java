package org.example.host;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL the host's tests run on: the server at 127.0.0.1:5432 (user postgres, database
 * test) when it answers, else an embedded one started for the run; a schema per test class,
 * created before the application starts and dropped after.
 */
final class TestPostgres {
  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
  private static EmbeddedPostgres embedded;
  private static String url;

  private TestPostgres() {}

  static String freshSchema() {
    return "levman_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
  }

  static synchronized String serverUrl() {
    if (url == null) {
      url = answers() ? SERVER : embedded();
    }
    return url;
  }

  static String urlOf(String schema) {
    String server = serverUrl();
    return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(serverUrl(), "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot " + sql, e);
    }
  }

  private static boolean answers() {
    try (Connection c = DriverManager.getConnection(SERVER + "?connectTimeout=3", "postgres", "")) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static String embedded() {
    try {
      embedded = EmbeddedPostgres.builder().start();
      return embedded.getJdbcUrl("postgres", "postgres");
    } catch (IOException e) {
      throw new IllegalStateException("no PostgreSQL at 127.0.0.1:5432 and the embedded one did not start", e);
    }
  }
}
