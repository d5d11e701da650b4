package nl.levman.spring;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Levman's settings, under {@code levman.*}.
 *
 * @param store where instances, history, work and timers live: {@code jdbc} (the application's
 *     data source) or {@code memory}
 * @param transactions {@code join}: Levman writes in the caller's Spring transaction, which decides
 *     for both (the default here); {@code own}: each command commits on its own
 * @param schema who creates Levman's tables: {@code flyway} (Levman's scripts after the host's, with
 *     a history table of their own), {@code levman} (the store's own migrator) or {@code none}
 * @param archiveFolder where documents are archived (Contractregister, SharePoint Levman)
 * @param timeZone the zone in which due dates and periods are counted
 * @param dispatchInterval how often timers and the Jaarkalender are run and the outbox is
 *     dispatched; zero or negative: never by itself
 * @param node this node's name for claiming timers; a random one when empty
 */
@ConfigurationProperties("levman")
public record LevmanProperties(
    Store store,
    Transactions transactions,
    Schema schema,
    Path archiveFolder,
    ZoneId timeZone,
    Duration dispatchInterval,
    String node) {

  /** Where Levman keeps its state. */
  public enum Store { JDBC, MEMORY }

  /** Whose transaction a command writes in. */
  public enum Transactions { JOIN, OWN }

  /** Who creates and upgrades Levman's tables. */
  public enum Schema { FLYWAY, LEVMAN, NONE }

  public LevmanProperties {
    store = store == null ? Store.JDBC : store;
    transactions = transactions == null ? Transactions.JOIN : transactions;
    schema = schema == null ? Schema.FLYWAY : schema;
    archiveFolder = archiveFolder == null ? Path.of("levman-data", "archive") : archiveFolder;
    timeZone = timeZone == null ? ZoneId.systemDefault() : timeZone;
    dispatchInterval = dispatchInterval == null ? Duration.ofSeconds(30) : dispatchInterval;
    node = node == null ? "" : node;
  }
}
