package nl.levman.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import nl.levman.api.Verification;
import nl.levman.model.EventTypes;
import nl.levman.model.CommandId;
import nl.levman.spi.RecordedEvent;

/** The history's hash chain: each row's hash covers the previous hash and all of the row. */
final class HashChain {
  static final String GENESIS = "0".repeat(64);

  private HashChain() {}

  static String hash(RecordedEvent e) {
    String text = String.join("\n", e.previousHash(), e.instance().value(),
        Long.toString(e.sequence()), e.at().toString(), e.actor(),
        e.command().map(CommandId::value).orElse(""), e.type(), e.payload());
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /** Finds the first row that was changed, is missing, or stands out of order. */
  static Verification verify(EventTypes types, String instance, List<RecordedEvent> rows) {
    String previous = GENESIS;
    for (int i = 0; i < rows.size(); i++) {
      RecordedEvent row = rows.get(i);
      long expected = i + 1L;
      if (row.sequence() != expected) {
        return Verification.broken(instance, rows.size(), expected,
            "record " + expected + " is missing or out of order (found " + row.sequence() + ")");
      }
      if (!row.previousHash().equals(previous)) {
        return Verification.broken(instance, rows.size(), expected,
            "record " + expected + " does not follow record " + i + " (chain broken)");
      }
      if (!hash(row).equals(row.hash())) {
        return Verification.broken(instance, rows.size(), expected,
            "record " + expected + " (" + row.type() + ") was changed after it was recorded");
      }
      try {
        types.decode(row.type(), row.payload());
      } catch (RuntimeException e) {
        return Verification.broken(instance, rows.size(), expected,
            "record " + expected + " cannot be read: " + e.getMessage());
      }
      previous = row.hash();
    }
    return Verification.intact(instance, rows.size());
  }
}
