package nl.levman.fs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.levman.model.InstanceId;
import nl.levman.model.LevmanException;
import nl.levman.spi.InstanceHead;
import nl.levman.spi.Seal;

/** A seal as a file's text: its signed text, line by line, then {@code mac <hex>}. Read strictly. */
final class SealText {
  private SealText() {}

  static String write(Seal seal) {
    return seal.signedText() + "mac " + seal.mac() + "\n";
  }

  static Seal read(String text) {
    if (!text.endsWith("\n")) {
      throw new LevmanException("truncated: no final line end");
    }
    String[] lines = text.substring(0, text.length() - 1).split("\n", -1);
    if (lines.length < 7 || !lines[0].equals(Seal.FORMAT)) {
      throw new LevmanException("not in the format '" + Seal.FORMAT + "'");
    }
    long number = Long.parseLong(field(lines[1], "number"));
    Instant sealedAt = Instant.parse(field(lines[2], "sealed-at"));
    String node = field(lines[3], "node");
    String key = field(lines[4], "key");
    String previous = field(lines[5], "previous");
    List<InstanceHead> heads = new ArrayList<>();
    for (int i = 6; i < lines.length - 1; i++) {
      String[] head = field(lines[i], "head").split(" ", -1);
      if (head.length != 3) {
        throw new LevmanException("line " + (i + 1) + ": a head is 'head <instance> <sequence> <hash>'");
      }
      heads.add(new InstanceHead(InstanceId.of(head[0]), Long.parseLong(head[1]), head[2]));
    }
    String mac = field(lines[lines.length - 1], "mac");
    Seal seal = new Seal(number, sealedAt, node, key, previous, heads, mac);
    if (!write(seal).equals(text)) {
      throw new LevmanException("not in canonical form (heads out of order, or extra spaces)");
    }
    return seal;
  }

  private static String field(String line, String name) {
    if (!line.startsWith(name + " ")) {
      throw new LevmanException("expected '" + name + " …', found '" + line + "'");
    }
    return line.substring(name.length() + 1);
  }
}
