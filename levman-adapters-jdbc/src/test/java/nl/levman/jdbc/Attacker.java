package nl.levman.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import nl.levman.model.CommandId;
import nl.levman.spi.RecordedEvent;

/**
 * Someone with write access to the database, as the application's role has it: owns the tables,
 * so can switch the append-only triggers off and on again (on MariaDB, which cannot disable a
 * trigger: drop and recreate them), run any statement, and recompute SHA-256 hashes, which need no
 * key. Has neither the seal store nor the seal key.
 */
final class Attacker {
  private final DataSource db;
  private final Databases.Vendor vendor;

  Attacker(DataSource db, Databases.Vendor vendor) {
    this.db = db;
    this.vendor = vendor;
  }

  void run(String... statements) {
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the attack failed: " + e.getMessage(), e);
    }
  }

  void guardsOff() {
    switch (vendor) {
      case POSTGRESQL -> run("ALTER TABLE levman_history DISABLE TRIGGER levman_history_append_only");
      case MARIADB -> run("DROP TRIGGER levman_history_no_update", "DROP TRIGGER levman_history_no_delete");
      case H2 -> { }
    }
  }

  void guardsOn() {
    switch (vendor) {
      case POSTGRESQL -> run("ALTER TABLE levman_history ENABLE TRIGGER levman_history_append_only");
      case MARIADB -> run("CREATE TRIGGER levman_history_no_update BEFORE UPDATE ON levman_history FOR EACH ROW "
          + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'levman_history is append-only: UPDATE refused'",
          "CREATE TRIGGER levman_history_no_delete BEFORE DELETE ON levman_history FOR EACH ROW "
          + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'levman_history is append-only: DELETE refused'");
      case H2 -> { }
    }
  }

  /** Behind switched-off guards, as the attack needs them. */
  void behindGuards(Runnable attack) {
    guardsOff();
    try {
      attack.run();
    } finally {
      guardsOn();
    }
  }

  /**
   * Rewrites the actor of record {@code from} and recomputes its hash and every later one, so
   * that the chain holds again.
   */
  void forge(List<RecordedEvent> rows, int from, String actor) {
    try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement(
        "UPDATE levman_history SET actor = ?, previous_hash = ?, hash = ? WHERE instance_id = ? AND sequence = ?")) {
      String previous = rows.get(from - 2).hash();
      for (RecordedEvent row : rows.subList(from - 1, rows.size())) {
        String who = row.sequence() == from ? actor : row.actor();
        String hash = sha256(String.join("\n", previous, row.instance().value(), Long.toString(row.sequence()),
            row.at().toString(), who, row.command().map(CommandId::value).orElse(""), row.type(), row.payload()));
        p.setString(1, who);
        p.setString(2, previous);
        p.setString(3, hash);
        p.setString(4, row.instance().value());
        p.setLong(5, row.sequence());
        p.executeUpdate();
        previous = hash;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the forgery failed: " + e.getMessage(), e);
    }
  }

  /**
   * Inserts a record after {@code last} that the engine never wrote, by {@code actor}, a copy of
   * {@code last}'s event with its hash recomputed so that it chains on.
   */
  void append(RecordedEvent last, String actor) {
    long sequence = last.sequence() + 1;
    String hash = sha256(String.join("\n", last.hash(), last.instance().value(), Long.toString(sequence),
        last.at().toString(), actor, "", last.type(), last.payload()));
    try (Connection c = db.getConnection(); PreparedStatement p = c.prepareStatement("INSERT INTO levman_history ("
        + Rows.HISTORY_COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?)")) {
      Rows.bind(p, new RecordedEvent(last.instance(), sequence, last.at(), actor, java.util.Optional.empty(),
          last.type(), last.payload(), last.hash(), hash));
      p.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("the insertion failed: " + e.getMessage(), e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
