package nl.levman.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.Properties;
import nl.levman.Levman;
import nl.levman.fs.FileSystemArchive;
import nl.levman.fs.IcsMeetingPlanner;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.jdbc.JdbcStore;
import nl.levman.memory.InMemoryArchive;
import org.example.contractregister.JsonLinesPublisher;
import org.example.contractregister.RenewalOrEndOfContract;

/**
 * The embedded defaults and their overrides: an H2 file database in the data folder (or the
 * {@code --jdbc-url} given, such as PostgreSQL or MariaDB), the archive and invitations in the data
 * folder, notifications as JSON lines, and the three processes registered.
 *
 * <p>Two ways to open: {@link #Wiring(Path, String) for writing} creates the data folder, the H2
 * database and the schema as needed (the demo); {@link #forReading for reading} creates nothing —
 * a data folder, H2 file or database that is not there is a {@link CliException#user user error},
 * one that cannot be reached or opened a {@link CliException#store store error}.
 */
public final class Wiring implements AutoCloseable {
  static final String H2_FILE = "levman.mv.db";
  private static final int LOGIN_TIMEOUT_SECONDS = 10;

  public final Path data;
  public final String jdbcUrl;
  public final HikariDataSource dataSource;
  public final JdbcStore store;
  /** The file-system archive; null when reading a data folder that has no archive. */
  public final FileSystemArchive archive;
  private final boolean reading;

  /** Opens for writing: creates the data folder, the H2 database and the schema as needed. */
  public Wiring(Path data, String jdbcUrl) {
    this(data, jdbcUrl, false, false);
  }

  /**
   * Opens what is there, creating nothing. With no JDBC URL the data folder and its H2 file must
   * exist; with one, the data folder must exist only if {@code needsDataFolder} (the archive, the
   * directory file).
   */
  public static Wiring forReading(Path data, String jdbcUrl, boolean needsDataFolder) {
    return new Wiring(data, jdbcUrl, true, needsDataFolder);
  }

  private Wiring(Path data, String jdbcUrl, boolean reading, boolean needsDataFolder) {
    this.data = data;
    this.reading = reading;
    if (reading) {
      if (jdbcUrl == null || needsDataFolder) {
        requireDataFolder(data);
      }
      if (jdbcUrl == null) {
        Path file = data.resolve(H2_FILE);
        if (!Files.isRegularFile(file)) {
          throw CliException.user("the data folder " + data.toAbsolutePath() + " holds no Levman database ("
              + H2_FILE + "); give the folder the demo made with --data, or a database with --jdbc-url");
        }
      }
    } else {
      try {
        Files.createDirectories(data);
      } catch (IOException e) {
        throw CliException.user("cannot create the data folder " + data.toAbsolutePath() + ": " + e.getMessage());
      }
    }
    String url = jdbcUrl != null ? jdbcUrl
        : "jdbc:h2:file:" + data.toAbsolutePath().resolve("levman").toString().replace('\\', '/');
    this.jdbcUrl = reading ? onlyIfExists(url) : url;
    String user = this.jdbcUrl.startsWith("jdbc:postgresql") && !this.jdbcUrl.contains("user=") ? "postgres" : null;
    probe(this.jdbcUrl, user, reading);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(this.jdbcUrl);
    if (user != null) {
      config.setUsername(user);
    }
    config.setPoolName("levman");
    config.setMaximumPoolSize(reading ? 2 : 4);
    config.setConnectionTimeout(LOGIN_TIMEOUT_SECONDS * 1000L);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw Stores.openFailed(this.jdbcUrl, e);
    }
    this.dataSource = pool;
    try {
      this.store = JdbcStore.builder(dataSource).createOrUpgradeSchema(!reading).build();
    } catch (RuntimeException e) {
      pool.close();
      throw Stores.openFailed(this.jdbcUrl, e);
    }
    Path archiveRoot = data.resolve("archive");
    try {
      this.archive = !reading || Files.isDirectory(archiveRoot) ? FileSystemArchive.at(archiveRoot) : null;
    } catch (RuntimeException e) {
      pool.close();
      throw CliException.user("cannot use the archive " + archiveRoot.toAbsolutePath() + ": "
          + ErrorHandling.firstMessage(e));
    }
  }

  private static void requireDataFolder(Path data) {
    if (!Files.exists(data)) {
      throw CliException.user("there is no data folder " + data.toAbsolutePath()
          + "; give the folder the demo made with --data");
    }
    if (!Files.isDirectory(data)) {
      throw CliException.user(data.toAbsolutePath() + " is not a folder; give the data folder with --data");
    }
  }

  /** For reading, an embedded H2 URL gets IFEXISTS=TRUE so that H2 never makes a new database. */
  static String onlyIfExists(String url) {
    String lower = url.toLowerCase(Locale.ROOT);
    boolean embeddedH2 = lower.startsWith("jdbc:h2:") && !lower.startsWith("jdbc:h2:mem:")
        && !lower.startsWith("jdbc:h2:tcp:") && !lower.startsWith("jdbc:h2:ssl:");
    return embeddedH2 && !lower.contains("ifexists=") ? url + ";IFEXISTS=TRUE" : url;
  }

  /**
   * Opens one connection before the pool does, to name what is wrong in one line: an unsupported
   * URL, a database that is not there, one that cannot be reached or is locked; and, for reading, a
   * database without the Levman tables.
   */
  private static void probe(String url, String user, boolean reading) {
    if (!url.startsWith("jdbc:")) {
      throw CliException.user("'" + Stores.masked(url) + "' is not a JDBC URL; use for example "
          + "jdbc:postgresql://host:5432/db?user=u or jdbc:mariadb://host:3306/db?user=u");
    }
    try {
      DriverManager.getDriver(url);
    } catch (SQLException e) {
      throw CliException.user("no JDBC driver for " + Stores.masked(url)
          + "; levman carries H2 (jdbc:h2:), PostgreSQL (jdbc:postgresql:) and MariaDB (jdbc:mariadb:)");
    }
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    DriverManager.setLoginTimeout(LOGIN_TIMEOUT_SECONDS);
    try (Connection c = DriverManager.getConnection(url, properties)) {
      if (reading) {
        try (Statement s = c.createStatement()) {
          s.executeQuery("SELECT 1 FROM levman_history WHERE 1 = 0").close();
        } catch (SQLException e) {
          throw CliException.user("the database " + Stores.masked(url)
              + " holds no Levman tables (levman_history); is it the right database?");
        }
      }
    } catch (SQLException e) {
      throw Stores.openFailed(url, e);
    }
  }

  /**
   * An engine builder with every port wired except directory and clock; the handbook's behaviours
   * are bound to an empty contract register (enough to read any history), and a simulation binds
   * them again to its own data.
   */
  public Levman.Builder builder(Clock clock) {
    Levman.Builder builder = Levman.builder()
        .store(store)
        .process(ServiceLevelManagement.definition())
        .process(SupplierRiskReview.definition())
        .process(RenewalOrEndOfContract.definition())
        .behaviours(nl.levman.handbook.ServiceLevelBehaviours.with(new nl.levman.memory.InMemoryAgreements(),
            new nl.levman.memory.InMemoryMandates()))
        .behaviours(nl.levman.handbook.SupplierRiskBehaviours.with(new nl.levman.domain.risk.WeightedHandboekPolicy(1),
            day -> java.util.List.of(), nl.levman.domain.risk.RiskProfileTemplate.standard()))
        .clock(clock);
    if (reading) {
      // Reading commands write nothing: no meeting folder, no notifications file.
      return builder.archive(archive != null ? archive : InMemoryArchive.withHandbookPlaces());
    }
    return builder
        .archive(archive)
        .meetings(new IcsMeetingPlanner(data.resolve("archive"), clock))
        .publisher(new JsonLinesPublisher(data.resolve("notifications.jsonl")));
  }

  /** What this wiring reads, for messages: the H2 file in the data folder, or the URL (no password). */
  public String where() {
    return jdbcUrl.startsWith("jdbc:h2:file:" + data.toAbsolutePath().toString().replace('\\', '/'))
        ? data.toAbsolutePath().resolve(H2_FILE).toString() : Stores.masked(jdbcUrl);
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
