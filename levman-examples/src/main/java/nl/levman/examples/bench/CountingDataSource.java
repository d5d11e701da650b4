package nl.levman.examples.bench;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Counts the database round trips made through a data source: every statement execution (a JDBC
 * batch counts as one), every commit and rollback. Commits are the explicit ones and the writing
 * statements run in auto-commit mode, which the database commits as it runs them.
 */
final class CountingDataSource implements DataSource {
  private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate",
      "executeBatch", "executeLargeUpdate", "executeLargeBatch");
  private final DataSource target;
  final AtomicLong roundTrips = new AtomicLong();
  final AtomicLong commits = new AtomicLong();

  CountingDataSource(DataSource target) {
    this.target = target;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection real = target.getConnection();
    return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          Object result = invoke(real, method, args);
          if (method.getName().equals("commit") || method.getName().equals("rollback")) {
            roundTrips.incrementAndGet();
            if (method.getName().equals("commit")) {
              commits.incrementAndGet();
            }
          }
          if (result instanceof Statement statement) {
            return wrap(real, statement, args != null && args.length > 0 && args[0] instanceof String sql
                && !sql.startsWith("SELECT"));
          }
          return result;
        });
  }

  private Object wrap(Connection real, Statement statement, boolean writes) {
    Class<?>[] types = statement instanceof java.sql.PreparedStatement
        ? new Class<?>[] {java.sql.PreparedStatement.class} : new Class<?>[] {Statement.class};
    return Proxy.newProxyInstance(getClass().getClassLoader(), types, (proxy, method, args) -> {
      if (EXECUTES.contains(method.getName())) {
        roundTrips.incrementAndGet();
        if (writes && real.getAutoCommit()) {
          commits.incrementAndGet();
        }
      }
      return invoke(statement, method, args);
    });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override public Connection getConnection(String u, String p) throws SQLException { return getConnection(); }
  @Override public PrintWriter getLogWriter() throws SQLException { return target.getLogWriter(); }
  @Override public void setLogWriter(PrintWriter out) throws SQLException { target.setLogWriter(out); }
  @Override public void setLoginTimeout(int s) throws SQLException { target.setLoginTimeout(s); }
  @Override public int getLoginTimeout() throws SQLException { return target.getLoginTimeout(); }
  @Override public Logger getParentLogger() throws SQLFeatureNotSupportedException { return target.getParentLogger(); }
  @Override public <T> T unwrap(Class<T> iface) throws SQLException { return target.unwrap(iface); }
  @Override public boolean isWrapperFor(Class<?> iface) throws SQLException { return target.isWrapperFor(iface); }
}
