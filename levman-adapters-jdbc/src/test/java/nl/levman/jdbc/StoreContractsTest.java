package nl.levman.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import nl.levman.spi.HeadsContract;
import nl.levman.spi.HistoryContract;
import nl.levman.spi.InstancesContract;
import nl.levman.spi.OutboxContract;
import nl.levman.spi.StorePorts;
import nl.levman.spi.TimersContract;
import nl.levman.spi.WorkListContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

/**
 * The core's contract tests of the five persistence ports, and the JDBC store's exact ids, on H2,
 * PostgreSQL and MariaDB.
 */
class StoreContractsTest {
  static final List<HikariDataSource> POOLS = new ArrayList<>();

  enum Db {
    H2, POSTGRESQL, MARIADB;

    DataSource fresh() {
      return track(Databases.Vendor.valueOf(name()).fresh());
    }

    DataSource second(DataSource first) {
      return this == H2 ? first : track(((Databases.Throwaway) first).otherNode());
    }
  }

  static HikariDataSource track(HikariDataSource pool) {
    synchronized (POOLS) {
      POOLS.add(pool);
    }
    return pool;
  }

  /** Each test's pools close (the other nodes' first), which drops its schema or database. */
  @AfterEach
  void closePools() {
    synchronized (POOLS) {
      for (int i = POOLS.size() - 1; i >= 0; i--) {
        POOLS.get(i).close();
      }
      POOLS.clear();
    }
  }

  static StorePorts store(DataSource ds) {
    return StorePorts.of(JdbcStore.builder(ds).createOrUpgradeSchema(true).build());
  }

  static JdbcStore jdbc(DataSource ds) {
    return JdbcStore.builder(ds).createOrUpgradeSchema(true).build();
  }

  static HeadsContract.Ports heads(DataSource ds) {
    JdbcStore store = jdbc(ds);
    return new HeadsContract.Ports(store, store);
  }

  // H2
  @Nested class H2Heads extends HeadsContract { protected Ports ports() { return heads(Db.H2.fresh()); } }
  @Nested class H2Instances extends InstancesContract { protected StorePorts ports() { return store(Db.H2.fresh()); } }
  @Nested class H2History extends HistoryContract { protected StorePorts ports() { return store(Db.H2.fresh()); } }
  @Nested class H2WorkList extends WorkListContract { protected StorePorts ports() { return store(Db.H2.fresh()); } }
  @Nested class H2Timers extends TimersContract { protected StorePorts ports() { return store(Db.H2.fresh()); } }

  @Nested class H2Outbox extends OutboxContract { protected StorePorts ports() { return store(Db.H2.fresh()); } }

  @Nested class H2ExactIds extends ExactIdsContract { protected JdbcStore store() { return jdbc(Db.H2.fresh()); } }

  // PostgreSQL
  @Nested class PostgresHeads extends HeadsContract { protected Ports ports() { return heads(Db.POSTGRESQL.fresh()); } }
  @Nested class PostgresInstances extends InstancesContract { protected StorePorts ports() { return store(Db.POSTGRESQL.fresh()); } }
  @Nested class PostgresHistory extends HistoryContract { protected StorePorts ports() { return store(Db.POSTGRESQL.fresh()); } }
  @Nested class PostgresWorkList extends WorkListContract { protected StorePorts ports() { return store(Db.POSTGRESQL.fresh()); } }
  @Nested @TestInstance(TestInstance.Lifecycle.PER_METHOD) class PostgresTimers extends TimersContract {
    DataSource ds;
    protected StorePorts ports() { ds = Db.POSTGRESQL.fresh(); return store(ds); }
    @Override protected StorePorts sameDataOtherNode(StorePorts first) { return store(Db.POSTGRESQL.second(ds)); }
  }

  @Nested @TestInstance(TestInstance.Lifecycle.PER_METHOD) class PostgresOutbox extends OutboxContract {
    DataSource ds;
    protected StorePorts ports() { ds = Db.POSTGRESQL.fresh(); return store(ds); }
    @Override protected StorePorts sameDataOtherNode(StorePorts first) { return store(Db.POSTGRESQL.second(ds)); }
  }

  @Nested class PostgresExactIds extends ExactIdsContract { protected JdbcStore store() { return jdbc(Db.POSTGRESQL.fresh()); } }

  // MariaDB
  @Nested class MariaDbHeads extends HeadsContract { protected Ports ports() { return heads(Db.MARIADB.fresh()); } }
  @Nested class MariaDbInstances extends InstancesContract { protected StorePorts ports() { return store(Db.MARIADB.fresh()); } }
  @Nested class MariaDbHistory extends HistoryContract { protected StorePorts ports() { return store(Db.MARIADB.fresh()); } }
  @Nested class MariaDbWorkList extends WorkListContract { protected StorePorts ports() { return store(Db.MARIADB.fresh()); } }
  @Nested class MariaDbTimers extends TimersContract {
    DataSource ds;
    protected StorePorts ports() { ds = Db.MARIADB.fresh(); return store(ds); }
    @Override protected StorePorts sameDataOtherNode(StorePorts first) { return store(Db.MARIADB.second(ds)); }
  }
  @Nested class MariaDbOutbox extends OutboxContract {
    DataSource ds;
    protected StorePorts ports() { ds = Db.MARIADB.fresh(); return store(ds); }
    @Override protected StorePorts sameDataOtherNode(StorePorts first) { return store(Db.MARIADB.second(ds)); }
  }
  @Nested class MariaDbExactIds extends ExactIdsContract { protected JdbcStore store() { return jdbc(Db.MARIADB.fresh()); } }
}
