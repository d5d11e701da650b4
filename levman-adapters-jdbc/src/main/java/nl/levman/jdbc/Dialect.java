package nl.levman.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import nl.levman.model.LevmanException;

/** What differs between the databases Levman runs on. */
enum Dialect {
  H2("h2", " FOR UPDATE"),
  POSTGRESQL("postgresql", " FOR UPDATE SKIP LOCKED"),
  MARIADB("mariadb", " FOR UPDATE SKIP LOCKED");

  /** The folder of the schema scripts, named as Spring Boot's {@code {vendor}} placeholder names it. */
  final String folder;
  /** How a claim locks the rows it reads; H2 (embedded, one node) has no SKIP LOCKED. */
  final String lockForClaim;

  Dialect(String folder, String lockForClaim) {
    this.folder = folder;
    this.lockForClaim = lockForClaim;
  }

  static Dialect of(Connection connection) throws SQLException {
    String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("h2")) {
      return H2;
    }
    if (product.contains("postgres")) {
      return POSTGRESQL;
    }
    if (product.contains("mariadb") || product.contains("mysql")) {
      return MARIADB;
    }
    throw new LevmanException("Levman does not support the database '" + product
        + "'; it runs on H2, PostgreSQL and MariaDB");
  }

  /** Serialises schema migrations of several nodes starting at once, within the transaction. */
  void lockForMigration(Connection connection) throws SQLException {
    try (Statement s = connection.createStatement()) {
      switch (this) {
        case POSTGRESQL -> s.execute("SELECT pg_advisory_xact_lock(4242424242)");
        case MARIADB -> s.execute("SELECT GET_LOCK('levman_schema', 60)");
        default -> { }
      }
    }
  }

  void unlockAfterMigration(Connection connection) throws SQLException {
    if (this == MARIADB) {
      try (Statement s = connection.createStatement()) {
        s.execute("SELECT RELEASE_LOCK('levman_schema')");
      }
    }
  }
}
