package nl.levman.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.levman.model.LevmanException;
import nl.levman.spi.CommitOutcome;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On an H2 file database the store makes every commit write to the file before it returns, also
 * after H2 reopened the database (which restores the URL's or the default WRITE_DELAY of 500 ms).
 * {@link CrashDurabilityIT} kills a JVM to show what this protects.
 */
class H2DurabilityTest {
  @TempDir
  Path dir;

  @Test
  void aStoreOnAnH2FileDatabaseWritesEachCommitAtOnceEvenAfterTheDatabaseWasReopened() throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve("levman");
    Switchable dataSource = new Switchable(Databases.pool(url, "sa", 2));
    JdbcStore store = JdbcStore.builder(dataSource).createOrUpgradeSchema(true).build();
    assertThat(writeDelay(dataSource)).isZero();

    dataSource.target.close(); // the database closes with its last connection
    dataSource.target = Databases.pool(url, "sa", 2);
    assertThat(writeDelay(dataSource)).as("H2 reopened it with its default").isEqualTo(500);
    assertThat(store.commit(Changes.start("i", "c1").build())).isEqualTo(CommitOutcome.APPLIED);
    assertThat(writeDelay(dataSource)).isZero();
    dataSource.target.close();
  }

  @Test
  void aUserWhoMayNotChangeTheWriteDelayIsToldHowToGetDurableCommits() throws SQLException {
    String url = "jdbc:h2:file:" + dir.resolve("levman");
    try (HikariDataSource admin = Databases.pool(url, "sa", 1);
        Connection c = admin.getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE USER clerk PASSWORD ''");
      try (HikariDataSource clerk = Databases.pool(url, "clerk", 1)) {
        assertThatThrownBy(() -> JdbcStore.builder(clerk).build()).isInstanceOf(LevmanException.class)
            .hasMessageContaining("writes a commit to its file up to 500 ms after it returns")
            .hasMessageContaining("have an admin open it with ;WRITE_DELAY=0 in the JDBC URL");
      }
    }
    try (HikariDataSource admin = Databases.pool(url + ";WRITE_DELAY=0", "sa", 1);
        HikariDataSource clerk = Databases.pool(url, "clerk", 1)) {
      assertThat(JdbcStore.builder(clerk).build()).as("the database writes at once already").isNotNull();
      assertThat(writeDelay(admin)).isZero();
    }
  }

  @Test
  void anInMemoryH2DatabaseIsLeftAsItIs() throws SQLException {
    try (Databases.Throwaway memory = Databases.h2()) {
      JdbcStore store = JdbcStore.builder(memory).createOrUpgradeSchema(true).build();
      assertThat(store.commit(Changes.start("i", "c1").build())).isEqualTo(CommitOutcome.APPLIED);
    }
  }

  /** The write delay H2 applies now (its settings table also lists the recorded one). */
  private static int writeDelay(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection()) {
      return ((SessionLocal) c.unwrap(JdbcConnection.class).getSession()).getDatabase().getWriteDelay();
    }
  }

  /** A data source whose pool can be replaced underneath the store, as a reopened database is. */
  private static final class Switchable implements DataSource {
    HikariDataSource target;

    Switchable(HikariDataSource target) {
      this.target = target;
    }

    @Override public Connection getConnection() throws SQLException { return target.getConnection(); }
    @Override public Connection getConnection(String u, String p) throws SQLException { return target.getConnection(u, p); }
    @Override public PrintWriter getLogWriter() { return null; }
    @Override public void setLogWriter(PrintWriter out) { }
    @Override public void setLoginTimeout(int seconds) { }
    @Override public int getLoginTimeout() { return 0; }
    @Override public Logger getParentLogger() { return Logger.getGlobal(); }
    @Override public <T> T unwrap(Class<T> iface) throws SQLException { return target.unwrap(iface); }
    @Override public boolean isWrapperFor(Class<?> iface) throws SQLException { return target.isWrapperFor(iface); }
  }
}
