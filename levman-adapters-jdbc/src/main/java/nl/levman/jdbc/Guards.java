package nl.levman.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.levman.model.InstanceId;
import nl.levman.model.LevmanException;
import nl.levman.spi.InstanceHead;

/**
 * What the seals and the audit read of the database without replaying a history: each instance's
 * head (one indexed query per page), whether the tables are there, and whether the append-only
 * triggers are (on PostgreSQL: and enabled). Reads only; never creates or changes a table.
 */
final class Guards {
  static final List<String> TABLES = List.of("levman_instance", "levman_history");
  private final Connections connections;
  private final Dialect dialect;

  Guards(Connections connections, Dialect dialect) {
    this.connections = connections;
    this.dialect = dialect;
  }

  List<InstanceHead> heads(InstanceId after, int limit) {
    String sql = "SELECT h.instance_id, h.sequence, h.hash FROM (SELECT instance_id, MAX(sequence) AS last "
        + "FROM levman_history" + (after == null ? "" : " WHERE instance_id > ?")
        + " GROUP BY instance_id ORDER BY instance_id LIMIT ?) m JOIN levman_history h "
        + "ON h.instance_id = m.instance_id AND h.sequence = m.last ORDER BY h.instance_id";
    try (Connection c = connections.acquire(); PreparedStatement p = c.prepareStatement(sql)) {
      int i = 1;
      if (after != null) {
        p.setString(i++, after.value());
      }
      p.setInt(i, limit);
      List<InstanceHead> heads = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          heads.add(new InstanceHead(InstanceId.of(r.getString(1)), r.getLong(2), r.getString(3)));
        }
      }
      return heads;
    } catch (SQLException e) {
      throw new LevmanException("cannot read the heads of the Levman history: " + e.getMessage(), e);
    }
  }

  Optional<String> missingTables() {
    List<String> missing = new ArrayList<>();
    try (Connection c = connections.acquire()) {
      for (String table : TABLES) {
        if (!exists(c, table)) {
          missing.add(table);
        }
      }
    } catch (SQLException e) {
      throw new LevmanException("cannot reach the Levman database: " + e.getMessage(), e);
    }
    return missing.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", missing));
  }

  /** Whether the table is visible where the store's queries look (PostgreSQL: the search path). */
  private static boolean exists(Connection c, String table) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    try (Statement s = c.createStatement()) {
      s.executeQuery("SELECT 1 FROM " + table + " WHERE 1 = 0").close();
      return true;
    } catch (SQLException e) {
      if (!autoCommit) {
        c.rollback();
      }
      return false;
    }
  }

  List<String> off() {
    try (Connection c = connections.acquire()) {
      return switch (dialect) {
        case POSTGRESQL -> postgres(c);
        case MARIADB -> mariadb(c);
        case H2 -> List.of();
      };
    } catch (SQLException e) {
      throw new LevmanException("cannot read the Levman history's triggers: " + e.getMessage(), e);
    }
  }

  private static List<String> postgres(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT tgenabled FROM pg_trigger WHERE tgrelid = 'levman_history'::regclass "
            + "AND tgname = 'levman_history_append_only'")) {
      if (!r.next()) {
        return List.of("the append-only trigger levman_history_append_only is missing: history rows can be "
            + "updated and deleted");
      }
      String enabled = r.getString(1);
      return "D".equals(enabled) ? List.of("the append-only trigger levman_history_append_only is disabled: "
          + "history rows can be updated and deleted") : List.of();
    }
  }

  private static List<String> mariadb(Connection c) throws SQLException {
    List<String> present = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE "
            + "TRIGGER_SCHEMA = DATABASE() AND EVENT_OBJECT_TABLE = 'levman_history'")) {
      while (r.next()) {
        present.add(r.getString(1));
      }
    }
    List<String> off = new ArrayList<>();
    for (String[] guard : new String[][] {{"levman_history_no_update", "updated"}, {"levman_history_no_delete", "deleted"}}) {
      if (!present.contains(guard[0])) {
        off.add("the append-only trigger " + guard[0] + " is missing: history rows can be " + guard[1]);
      }
    }
    return off;
  }
}
