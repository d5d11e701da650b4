package nl.levman.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that injects a failure: the first statement whose SQL matches the trigger fails,
 * either with an error or by dropping the connection underneath. Counts statements that reach the
 * database, for round-trip measurements, and commits: explicit ones, and statements that write on a
 * connection in auto-commit mode (each is committed by the database as it runs).
 */
final class FaultyDataSource implements DataSource {
  enum Fault { ERROR, DROP_CONNECTION }

  private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate",
      "executeBatch", "executeLargeUpdate", "executeLargeBatch");
  private final DataSource target;
  private volatile Predicate<String> trigger = sql -> false;
  private volatile Fault fault = Fault.ERROR;
  final AtomicInteger roundTrips = new AtomicInteger();
  final AtomicInteger commits = new AtomicInteger();

  FaultyDataSource(DataSource target) {
    this.target = target;
  }

  void failOn(Predicate<String> sql, Fault how) {
    this.fault = how;
    this.trigger = sql;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection real = target.getConnection();
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("prepareStatement")) {
            PreparedStatement statement = (PreparedStatement) invoke(real, method, args);
            return statement(real, statement, (String) args[0]);
          }
          if (method.getName().equals("commit")) {
            roundTrips.incrementAndGet();
            commits.incrementAndGet();
          }
          return invoke(real, method, args);
        });
  }

  private PreparedStatement statement(Connection real, PreparedStatement statement, String sql) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (EXECUTES.contains(method.getName())) {
        roundTrips.incrementAndGet();
        if (real.getAutoCommit() && !sql.startsWith("SELECT")) {
          commits.incrementAndGet();
        }
        if (trigger.test(sql)) {
          trigger = s -> false;
          if (fault == Fault.DROP_CONNECTION) {
            if (target instanceof HikariDataSource pool) {
              // what the pool does itself when its driver reports a broken connection
              pool.evictConnection(real);
            }
            real.abort(Runnable::run);
            throw new SQLException("connection dropped (injected)", "08006");
          }
          throw new SQLException("disk full (injected) during: " + sql, "53100");
        }
      }
      return invoke(statement, method, args);
    };
    return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, handler);
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override public Connection getConnection(String u, String p) throws SQLException { return getConnection(); }
  @Override public PrintWriter getLogWriter() throws SQLException { return target.getLogWriter(); }
  @Override public void setLogWriter(PrintWriter out) throws SQLException { target.setLogWriter(out); }
  @Override public void setLoginTimeout(int seconds) throws SQLException { target.setLoginTimeout(seconds); }
  @Override public int getLoginTimeout() throws SQLException { return target.getLoginTimeout(); }
  @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException { return target.getParentLogger(); }
  @Override public <T> T unwrap(Class<T> iface) throws SQLException { return target.unwrap(iface); }
  @Override public boolean isWrapperFor(Class<?> iface) throws SQLException { return target.isWrapperFor(iface); }
}
