package nl.levman.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The three databases the JDBC tests run on, each test getting a fresh schema or database that
 * closing its pool drops again: H2 in memory always; PostgreSQL at 127.0.0.1:5432 when it answers,
 * else an embedded PostgreSQL started for the run; MariaDB at 127.0.0.1:3306 when it answers, else
 * the test is skipped with a message, or fails when {@code CI=true}.
 */
final class Databases {
  static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/test";
  private static EmbeddedPostgres embedded;

  private Databases() {}

  /** The databases Levman runs on, each giving a fresh throwaway schema or database. */
  enum Vendor {
    H2, POSTGRESQL, MARIADB;

    Throwaway fresh() {
      return switch (this) {
        case H2 -> h2();
        case POSTGRESQL -> postgres();
        case MARIADB -> mariadb();
      };
    }
  }

  static boolean ci() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  static String fresh() {
    return "levman_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
  }

  /**
   * A pool on a schema or database made for one test. Closing it drops that schema or database,
   * so a run leaves nothing behind on a shared server.
   */
  static final class Throwaway extends HikariDataSource {
    private final String serverUrl;
    private final String user;
    private final String drop;

    private Throwaway(HikariConfig config, String serverUrl, String user, String drop) {
      super(config);
      this.serverUrl = serverUrl;
      this.user = user;
      this.drop = drop;
    }

    /** A second pool on the same data: another application node. Closing it drops nothing. */
    HikariDataSource otherNode() {
      return pool(getJdbcUrl(), getUsername(), 8);
    }

    @Override
    public void close() {
      if (isClosed()) {
        return;
      }
      super.close();
      try (Connection c = DriverManager.getConnection(serverUrl, user, "");
          Statement s = c.createStatement()) {
        s.execute(drop);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot clean up after the test: " + drop + " on " + serverUrl, e);
      }
    }
  }

  /** A pooled in-memory H2 database, gone when the pool closes. */
  static Throwaway h2() {
    String url = "jdbc:h2:mem:" + fresh() + ";DB_CLOSE_DELAY=-1";
    return new Throwaway(config(url, "sa", 4), url, "sa", "SHUTDOWN");
  }

  /** A pooled data source on a fresh schema of the PostgreSQL server (local, or embedded). */
  static Throwaway postgres() {
    String schema = fresh();
    String url = POSTGRES_URL;
    String user = "postgres";
    if (!answers(POSTGRES_URL, user)) {
      url = embeddedPostgres();
    }
    execute(url, user, "CREATE SCHEMA " + schema);
    return new Throwaway(config(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, 8),
        url, user, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  private static synchronized String embeddedPostgres() {
    try {
      if (embedded == null) {
        embedded = EmbeddedPostgres.builder().start();
      }
      return embedded.getJdbcUrl("postgres", "postgres");
    } catch (IOException e) {
      throw new IllegalStateException("no PostgreSQL at 127.0.0.1:5432 and the embedded one did not start", e);
    }
  }

  /** A pooled data source on a fresh database of the MariaDB server, or a skip (a failure on CI). */
  static Throwaway mariadb() {
    if (!answers(MARIADB_URL, "root")) {
      String message = "MariaDB does not answer at 127.0.0.1:3306 (user root): MariaDB tests skipped";
      if (ci()) {
        throw new IllegalStateException(message.replace("skipped", "required when CI=true"));
      }
      System.err.println("WARNING: " + message);
      Assumptions.assumeTrue(false, message);
    }
    String database = fresh();
    execute(MARIADB_URL, "root", "CREATE DATABASE " + database);
    return new Throwaway(config("jdbc:mariadb://127.0.0.1:3306/" + database, "root", 8), MARIADB_URL, "root",
        "DROP DATABASE IF EXISTS " + database);
  }

  private static void execute(String url, String user, String sql) {
    try (Connection c = DriverManager.getConnection(url, user, "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot " + sql + " on " + url, e);
    }
  }

  private static boolean answers(String url, String user) {
    String timeout = url.startsWith("jdbc:mariadb") ? "connectTimeout=3000" : "connectTimeout=3";
    try (Connection c = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + timeout, user, "")) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  static HikariDataSource pool(String url, String user, int size) {
    return new HikariDataSource(config(url, user, size));
  }

  private static HikariConfig config(String url, String user, int size) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword("");
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    return config;
  }
}
