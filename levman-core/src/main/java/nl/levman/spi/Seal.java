package nl.levman.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.levman.model.LevmanException;

/**
 * One sealing round: at {@code sealedAt}, node {@code node} read the heads of the instances whose
 * history moved since the seal before, and signed them. Seals are numbered from 1 without gaps;
 * each links to the one before by that seal's {@code mac} ({@code previous}; 64 zeros for seal 1).
 * The {@code mac} is an HMAC-SHA256, with a key the database does not hold (identified by
 * {@code keyId}), over {@link #signedText()}: the number, time, node, key id, link and every head.
 * A seal store keeps these fields verbatim; checking the MAC is the engine's, which holds the key.
 */
public record Seal(
    long number, Instant sealedAt, String node, String keyId, String previous, List<InstanceHead> heads, String mac) {
  /** The first line of a seal's signed text: the format and its version. */
  public static final String FORMAT = "levman-seal 1";
  public static final String FIRST_PREVIOUS = "0".repeat(64);

  public Seal {
    requireNonNull(sealedAt, "sealedAt");
    requireNonNull(node, "node");
    requireNonNull(keyId, "keyId");
    requireNonNull(previous, "previous");
    requireNonNull(mac, "mac");
    if (number < 1) {
      throw new LevmanException("seals are numbered from 1: " + number);
    }
    if (node.isBlank() || !node.matches("[\\p{Graph}]{1,100}")) {
      throw new LevmanException("seal " + number + ": a node name is 1-100 visible characters without spaces: '" + node + "'");
    }
    if (!keyId.matches("[0-9a-f]{16}") || !previous.matches("[0-9a-f]{64}") || !mac.matches("[0-9a-f]{64}")) {
      throw new LevmanException("seal " + number + ": key id, link and MAC must be hex of 16, 64 and 64 digits");
    }
    List<InstanceHead> sorted = new ArrayList<>(heads);
    sorted.sort(Comparator.comparing(h -> h.instance().value()));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).instance().equals(sorted.get(i - 1).instance())) {
        throw new LevmanException("seal " + number + " names instance " + sorted.get(i).instance() + " twice");
      }
    }
    heads = List.copyOf(sorted);
  }

  /** The text the MAC is computed over: one field per line, the heads in order of instance id. */
  public String signedText() {
    return signedText(number, sealedAt, node, keyId, previous, heads);
  }

  /** The signed text of a seal still to be signed (heads in any order). */
  public static String signedText(long number, Instant sealedAt, String node, String keyId, String previous,
      List<InstanceHead> heads) {
    StringBuilder text = new StringBuilder(FORMAT).append('\n')
        .append("number ").append(number).append('\n')
        .append("sealed-at ").append(sealedAt).append('\n')
        .append("node ").append(node).append('\n')
        .append("key ").append(keyId).append('\n')
        .append("previous ").append(previous).append('\n');
    heads.stream().sorted(Comparator.comparing(h -> h.instance().value())).forEach(h -> text.append("head ")
        .append(h.instance().value()).append(' ').append(h.sequence()).append(' ').append(h.hash()).append('\n'));
    return text.toString();
  }
}
