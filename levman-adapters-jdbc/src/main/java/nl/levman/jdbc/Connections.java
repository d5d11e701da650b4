package nl.levman.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import nl.levman.spi.AfterCommit;

/**
 * Where {@link JdbcStore} gets its connections, and whose transaction it writes in.
 *
 * <ul>
 *   <li>{@link #owned(DataSource)}, the default: every command is a transaction of Levman's own, on
 *       a connection of its own, committed before the command returns. The host's transaction, if
 *       any, is not involved: a host that rolls back keeps Levman's change.
 *   <li>{@link #joining(DataSource, AfterCommit)}: the store works on the connection that the
 *       host's current transaction holds (the data source hands it out, as Spring's {@code
 *       TransactionAwareDataSourceProxy} does) and never commits, rolls back, closes it or changes
 *       its auto-commit. The host's commit or rollback decides for both. Levman's writes of one
 *       command run inside a savepoint, so a refused write (another node changed the instance
 *       first) is rolled back to it and leaves the host's transaction usable, also on PostgreSQL.
 *       A connection in auto-commit mode belongs to no host transaction: the store then commits
 *       its own transaction on it, as when it owns the connections.
 * </ul>
 *
 * <p>Implementations are thread-safe. A connection from {@link #acquire()} is given back by closing
 * it; for a joined connection that must not end the caller's transaction.
 */
public interface Connections {

  /** A connection for one piece of the store's work, given back by {@link Connection#close()}. */
  Connection acquire() throws SQLException;

  /**
   * Whether {@code connection} is in a transaction its caller began and will end: the store then
   * neither commits nor rolls it back, and writes within a savepoint.
   */
  boolean inCallersTransaction(Connection connection) throws SQLException;

  /** When the side effects of a change committed on these connections may run. */
  AfterCommit afterCommit();

  /** Levman's own connection and transaction per command (the default). */
  static Connections owned(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return new Connections() {
      @Override
      public Connection acquire() throws SQLException {
        return dataSource.getConnection();
      }

      @Override
      public boolean inCallersTransaction(Connection connection) {
        return false;
      }

      @Override
      public AfterCommit afterCommit() {
        return AfterCommit.immediately();
      }
    };
  }

  /**
   * The host's transaction: {@code dataSource} hands out the connection of the caller's current
   * transaction, and closing it gives it back without ending that transaction (Spring's {@code
   * TransactionAwareDataSourceProxy} does both). A connection with auto-commit off is taken to be
   * in the caller's transaction. {@code afterCommit} runs side effects once that transaction has
   * committed (with Spring: a {@code TransactionSynchronization}).
   */
  static Connections joining(DataSource dataSource, AfterCommit afterCommit) {
    Objects.requireNonNull(dataSource, "dataSource");
    return joining(dataSource::getConnection, Connection::close, afterCommit);
  }

  /**
   * The host's transaction, with the host's own way to get and give back its transaction's
   * connection, such as Spring's {@code DataSourceUtils.getConnection(ds)} and {@code
   * DataSourceUtils.releaseConnection(c, ds)}.
   */
  static Connections joining(Source source, Release release, AfterCommit afterCommit) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(release, "release");
    Objects.requireNonNull(afterCommit, "afterCommit");
    return new Connections() {
      @Override
      public Connection acquire() throws SQLException {
        Connection c = source.get();
        return (Connection) Proxy.newProxyInstance(Connections.class.getClassLoader(),
            new Class<?>[] {Connection.class}, (proxy, method, args) -> {
              if (method.getName().equals("close") && method.getParameterCount() == 0) {
                release.release(c);
                return null;
              }
              try {
                return method.invoke(c, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
      }

      @Override
      public boolean inCallersTransaction(Connection connection) throws SQLException {
        return !connection.getAutoCommit();
      }

      @Override
      public AfterCommit afterCommit() {
        return afterCommit;
      }
    };
  }

  /** Gets the connection of the caller's transaction. */
  @FunctionalInterface
  interface Source {
    Connection get() throws SQLException;
  }

  /** Gives a connection from {@link Source} back, without ending the caller's transaction. */
  @FunctionalInterface
  interface Release {
    void release(Connection connection) throws SQLException;
  }
}
