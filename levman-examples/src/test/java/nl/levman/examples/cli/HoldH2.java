package nl.levman.examples.cli;

import java.sql.Connection;
import java.sql.DriverManager;

/** Another program holding an H2 database open: says "ready", then waits for its input to close. */
public final class HoldH2 {
  private HoldH2() {}

  @SuppressWarnings("try") // the connection is held open, not used
  public static void main(String[] args) throws Exception {
    try (Connection c = DriverManager.getConnection(args[0])) {
      System.out.println("ready");
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold the database until the test closes our input
      }
    }
  }
}
