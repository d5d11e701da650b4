package nl.levman.examples.cli;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import nl.levman.Levman;
import nl.levman.fs.FileSystemArchive;
import nl.levman.fs.IcsMeetingPlanner;
import nl.levman.handbook.ServiceLevelManagement;
import nl.levman.handbook.SupplierRiskReview;
import nl.levman.jdbc.JdbcStore;
import org.example.contractregister.JsonLinesPublisher;
import org.example.contractregister.RenewalOrEndOfContract;

/**
 * The embedded defaults and their overrides: an H2 file database in the data folder (or the
 * {@code --jdbc-url} given, such as PostgreSQL), the archive and invitations in the data folder,
 * notifications as JSON lines, and the three processes registered.
 */
public final class Wiring implements AutoCloseable {
  public final Path data;
  public final String jdbcUrl;
  public final HikariDataSource dataSource;
  public final JdbcStore store;
  public final FileSystemArchive archive;

  public Wiring(Path data, String jdbcUrl) {
    this.data = data;
    try {
      Files.createDirectories(data);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the data folder " + data, e);
    }
    this.jdbcUrl = jdbcUrl != null ? jdbcUrl
        : "jdbc:h2:file:" + data.toAbsolutePath().resolve("levman").toString().replace('\\', '/');
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(this.jdbcUrl);
    if (this.jdbcUrl.startsWith("jdbc:postgresql") && !this.jdbcUrl.contains("user=")) {
      config.setUsername("postgres");
    }
    config.setMaximumPoolSize(4);
    this.dataSource = new HikariDataSource(config);
    this.store = JdbcStore.builder(dataSource).createOrUpgradeSchema(true).build();
    this.archive = FileSystemArchive.at(data.resolve("archive"));
  }

  /**
   * An engine builder with every port wired except directory and clock; the handbook's behaviours
   * are bound to an empty contract register (enough to read any history), and a simulation binds
   * them again to its own data.
   */
  public Levman.Builder builder(Clock clock) {
    return Levman.builder()
        .store(store)
        .archive(archive)
        .meetings(new IcsMeetingPlanner(data.resolve("archive"), clock))
        .publisher(new JsonLinesPublisher(data.resolve("notifications.jsonl")))
        .process(ServiceLevelManagement.definition())
        .process(SupplierRiskReview.definition())
        .process(RenewalOrEndOfContract.definition())
        .behaviours(nl.levman.handbook.ServiceLevelBehaviours.with(new nl.levman.memory.InMemoryAgreements(),
            new nl.levman.memory.InMemoryMandates()))
        .behaviours(nl.levman.handbook.SupplierRiskBehaviours.with(new nl.levman.domain.risk.WeightedHandboekPolicy(1),
            day -> java.util.List.of(), nl.levman.domain.risk.RiskProfileTemplate.standard()))
        .clock(clock);
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
