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
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;

/**
 * The three databases the JDBC tests run on, each test getting a fresh schema or database:
 * H2 in memory always; PostgreSQL at 127.0.0.1:5432 when it answers, else an embedded PostgreSQL
 * started for the run; MariaDB at 127.0.0.1:3306 when it answers, else the test is skipped with a
 * message, or fails when {@code CI=true}.
 */
final class Databases {
  static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/test";
  private static EmbeddedPostgres embedded;

  private Databases() {}

  static boolean ci() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  static String fresh() {
    return "levman_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
  }

  static DataSource h2() {
    org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
    h2.setURL("jdbc:h2:mem:" + fresh() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }

  /** A pooled data source on a fresh schema of the PostgreSQL server (local, or embedded). */
  static HikariDataSource postgres() {
    String schema = fresh();
    String url = POSTGRES_URL;
    String user = "postgres";
    if (!answers(POSTGRES_URL, user)) {
      url = embeddedPostgres();
    }
    try (Connection c = DriverManager.getConnection(url, user, "");
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create schema " + schema + " on " + url, e);
    }
    return pool(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, 8);
  }

  /** A second pool on the same schema as {@code first}: another application node. */
  static HikariDataSource samePostgres(HikariDataSource first) {
    return pool(first.getJdbcUrl(), first.getUsername(), 8);
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
  static HikariDataSource mariadb() {
    if (!answers(MARIADB_URL, "root")) {
      String message = "MariaDB does not answer at 127.0.0.1:3306 (user root): MariaDB tests skipped";
      if (ci()) {
        throw new IllegalStateException(message.replace("skipped", "required when CI=true"));
      }
      System.err.println("WARNING: " + message);
      Assumptions.assumeTrue(false, message);
    }
    String database = fresh();
    try (Connection c = DriverManager.getConnection(MARIADB_URL, "root", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + database, e);
    }
    return pool("jdbc:mariadb://127.0.0.1:3306/" + database, "root", 8);
  }

  static HikariDataSource sameMariaDb(HikariDataSource first) {
    return pool(first.getJdbcUrl(), first.getUsername(), 8);
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
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword("");
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(1);
    return new HikariDataSource(config);
  }
}
