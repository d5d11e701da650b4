package nl.levman.spring;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import javax.sql.DataSource;
import nl.levman.Levman;
import nl.levman.api.LevmanEngine;
import nl.levman.behaviour.Behaviours;
import nl.levman.fs.FileSystemArchive;
import nl.levman.jdbc.Connections;
import nl.levman.jdbc.JdbcStore;
import nl.levman.model.ProcessDefinition;
import nl.levman.spi.Directory;
import nl.levman.spi.EventPublisher;
import nl.levman.spi.Jaarkalender;
import nl.levman.spi.MeetingPlanner;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Levman in a Spring Boot application: the JDBC store on the application's data source (joining
 * its Spring transactions unless {@code levman.transactions=own}), Levman's tables by Flyway beside
 * the host's own, the engine built from the {@link ProcessDefinition}, {@link Behaviours}, {@link
 * Directory}, {@link EventPublisher}, {@link Jaarkalender}, {@link MeetingPlanner} and {@link Clock}
 * beans the host declares, timers run on a schedule, a health indicator and Micrometer meters.
 * Every bean steps back when the host declares its own.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@EnableConfigurationProperties(LevmanProperties.class)
public class LevmanAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(name = "levman.store", havingValue = "jdbc", matchIfMissing = true)
  JdbcStore levmanStore(DataSource dataSource, LevmanProperties properties,
      ObjectProvider<PlatformTransactionManager> transactions) {
    JdbcStore.Builder store = JdbcStore.builder(dataSource)
        .createOrUpgradeSchema(properties.schema() == LevmanProperties.Schema.LEVMAN);
    if (properties.transactions() == LevmanProperties.Transactions.JOIN) {
      store.connections(Connections.joining(new TransactionAwareDataSourceProxy(dataSource),
          new SpringAfterCommit(transactions.getObject())));
    }
    return store.build();
  }

  @Bean
  @ConditionalOnMissingBean
  LevmanEngine levmanEngine(LevmanProperties properties, ObjectProvider<JdbcStore> store,
      ObjectProvider<ProcessDefinition> definitions, ObjectProvider<Behaviours> behaviours,
      ObjectProvider<Directory> directory, ObjectProvider<EventPublisher> publisher,
      ObjectProvider<Jaarkalender> jaarkalender, ObjectProvider<MeetingPlanner> meetings,
      ObjectProvider<Clock> clock, ObjectProvider<LevmanMetrics> metrics) {
    Levman.Builder levman = Levman.builder()
        .archive(FileSystemArchive.at(properties.archiveFolder()))
        .clock(clock.getIfAvailable(() -> Clock.system(properties.timeZone())));
    store.ifAvailable(levman::store);
    definitions.orderedStream().forEach(levman::process);
    behaviours.orderedStream().forEach(levman::behaviours);
    directory.ifAvailable(levman::directory);
    publisher.ifAvailable(levman::publisher);
    jaarkalender.ifAvailable(levman::jaarkalender);
    meetings.ifAvailable(levman::meetings);
    metrics.ifAvailable(levman::observer);
    if (!properties.node().isEmpty()) {
      levman.node(properties.node());
    }
    return levman.build();
  }

  @Bean
  @ConditionalOnMissingBean
  LevmanDispatcher levmanDispatcher(LevmanEngine engine, LevmanProperties properties,
      ObjectProvider<LevmanMetrics> metrics) {
    return new LevmanDispatcher(engine, properties.dispatchInterval(), metrics.getIfAvailable());
  }

  /** Levman's Flyway scripts after the host's, with a history table of their own (MIGRATIONS.md). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(Flyway.class)
  @ConditionalOnProperty(name = "levman.schema", havingValue = "flyway", matchIfMissing = true)
  static class LevmanFlyway {
    @Bean
    @ConditionalOnMissingBean
    FlywayMigrationStrategy hostThenLevman() {
      return host -> {
        host.migrate();
        DataSource dataSource = host.getConfiguration().getDataSource();
        Flyway.configure()
            .dataSource(dataSource)
            .schemas(host.getConfiguration().getSchemas())
            .locations(JdbcStore.flywayLocation(dataSource))
            .table("levman_flyway_history")
            .baselineOnMigrate(true).baselineVersion("0")
            .load()
            .migrate();
      };
    }
  }

  /** The health indicator, with Spring Boot's health support present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
  static class LevmanHealth {
    @Bean
    @ConditionalOnMissingBean
    LevmanHealthIndicator levmanHealthIndicator(LevmanEngine engine, ObjectProvider<LevmanMetrics> metrics) {
      return new LevmanHealthIndicator(engine, metrics.getIfAvailable());
    }
  }

  /** The meters, with Micrometer present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(MeterRegistry.class)
  static class LevmanMeters {
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(MeterRegistry.class)
    LevmanMetrics levmanMetrics(MeterRegistry registry) {
      return new LevmanMetrics(registry);
    }
  }
}
