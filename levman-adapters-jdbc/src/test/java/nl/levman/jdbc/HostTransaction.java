package nl.levman.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.levman.spi.AfterCommit;

/**
 * A host's transaction without a framework: one connection with auto-commit off, handed out by a
 * data source whose connections' {@code close()} gives it back without ending the transaction (as
 * Spring's {@code TransactionAwareDataSourceProxy} does), and after-commit callbacks that run on
 * the host's commit and are dropped by its rollback.
 */
final class HostTransaction implements DataSource, AutoCloseable {
  private final Connection connection;
  private final List<Runnable> afterCommit = new ArrayList<>();

  HostTransaction(DataSource pool) throws SQLException {
    this.connection = pool.getConnection();
    connection.setAutoCommit(false);
  }

  /** Side effects wait for {@link #commit()}; without an open transaction they run at once. */
  AfterCommit afterCommit() {
    return effects -> {
      if (inTransaction()) {
        afterCommit.add(effects);
      } else {
        effects.run();
      }
    };
  }

  private boolean inTransaction() {
    try {
      return !connection.getAutoCommit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  /** Commits, then runs the after-commit callbacks outside the transaction. */
  void commit() throws SQLException {
    connection.commit();
    connection.setAutoCommit(true);
    List<Runnable> callbacks = List.copyOf(afterCommit);
    afterCommit.clear();
    callbacks.forEach(Runnable::run);
  }

  void rollback() throws SQLException {
    connection.rollback();
    afterCommit.clear();
  }

  @Override
  public Connection getConnection() {
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            return null;
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Override
  public Connection getConnection(String user, String password) {
    return getConnection();
  }

  @Override
  public void close() throws SQLException {
    if (!connection.getAutoCommit()) {
      connection.rollback();
      connection.setAutoCommit(true);
    }
    connection.close();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {}

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
