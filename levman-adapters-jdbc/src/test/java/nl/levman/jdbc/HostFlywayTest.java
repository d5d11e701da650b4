package nl.levman.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.spi.CommitOutcome;
import nl.levman.spi.WorkItemQuery;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A host with its own Flyway and its own {@code db/migration/V1__host.sql} (a test resource) runs
 * Levman's scripts beside its own, from Levman's location and with Levman's own history table, as
 * MIGRATIONS.md tells integrators to.
 */
class HostFlywayTest {

  static Flyway hostFlyway(DataSource ds) {
    return Flyway.configure().dataSource(ds).load();
  }

  static Flyway levmanFlyway(DataSource ds) {
    return Flyway.configure().dataSource(ds)
        .locations(JdbcStore.flywayLocation(ds))
        .table("levman_flyway_history")
        .baselineOnMigrate(true).baselineVersion("0")
        .load();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Databases.Vendor.class)
  void levmansScriptsRunBesideTheHostsOwnEachWithItsOwnHistory(Databases.Vendor vendor) throws SQLException {
    try (Databases.Throwaway ds = vendor.fresh()) {
      assertThat(hostFlyway(ds).migrate().migrationsExecuted).as("the host's V1 only").isEqualTo(1);
      assertThat(levmanFlyway(ds).migrate().migrationsExecuted).as("Levman's scripts")
          .isEqualTo(SchemaMigrator.SCRIPTS.size());

      assertThat(rows(ds, "SELECT COUNT(*) FROM host_customer")).containsExactly("0");
      assertThat(rows(ds, "SELECT COUNT(*) FROM levman_history")).containsExactly("0");
      assertThat(history(ds, "flyway_schema_history")).containsExactly("1 host");
      assertThat(history(ds, "levman_flyway_history")).containsExactly("0 << Flyway Baseline >>",
          "1 levman", "2 commands and outbox", "3 instance snapshot");

      JdbcStore store = JdbcStore.builder(ds).build();
      assertThat(store.commit(Changes.start("sla-acme", "start-1").events(2, "{\"n\":1}")
          .open("sla-acme.1", "acme").build())).isEqualTo(CommitOutcome.APPLIED);
      assertThat(store.events(InstanceId.of("sla-acme"))).hasSize(2);
      assertThat(store.find(WorkItemQuery.all(10))).hasSize(1);
      assertThat(store.command(CommandId.of("start-1"))).isPresent();

      assertThat(hostFlyway(ds).migrate().migrationsExecuted).as("the next start").isZero();
      assertThat(levmanFlyway(ds).migrate().migrationsExecuted).as("the next start").isZero();
      assertThat(hostFlyway(ds).validateWithResult().validationSuccessful).isTrue();
      assertThat(levmanFlyway(ds).validateWithResult().validationSuccessful).isTrue();
    }
  }

  @Test
  void levmansScriptsInTheHostsOwnHistoryWouldClashWithTheHostsVersions() {
    try (Databases.Throwaway ds = Databases.postgres()) {
      Flyway oneHistory = Flyway.configure().dataSource(ds)
          .locations("classpath:db/migration", JdbcStore.flywayLocation(ds)).load();
      assertThatThrownBy(oneHistory::migrate).isInstanceOf(FlywayException.class)
          .hasMessageContaining("more than one migration with version 1");
    }
  }

  @Test
  void theLocationIsLevmansOwnFolderNamedAsSpringBootNamesTheVendor() {
    try (Databases.Throwaway h2 = Databases.h2(); Databases.Throwaway postgres = Databases.postgres()) {
      assertThat(JdbcStore.flywayLocation(h2)).isEqualTo("classpath:nl/levman/jdbc/migration/h2");
      assertThat(JdbcStore.flywayLocation(postgres)).isEqualTo("classpath:nl/levman/jdbc/migration/postgresql");
    }
    try (Databases.Throwaway mariadb = Databases.mariadb()) {
      assertThat(JdbcStore.flywayLocation(mariadb)).isEqualTo("classpath:nl/levman/jdbc/migration/mariadb");
    }
  }

  /**
   * A Flyway history table's versions and descriptions, without the marker row Flyway writes on H2
   * (Flyway quotes its names there).
   */
  private static List<String> history(DataSource ds, String table) throws SQLException {
    String q;
    try (Connection c = ds.getConnection()) {
      q = c.getMetaData().getIdentifierQuoteString();
    }
    return rows(ds, "SELECT " + q + "version" + q + ", " + q + "description" + q + " FROM " + q + table + q
        + " WHERE " + q + "version" + q + " IS NOT NULL ORDER BY " + q + "installed_rank" + q);
  }

  private static List<String> rows(DataSource ds, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          columns.add(r.getString(i));
        }
        rows.add(String.join(" ", columns));
      }
    }
    return rows;
  }
}
