package nl.levman.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.levman.api.SealKey;
import nl.levman.model.InstanceId;
import nl.levman.model.LevmanException;
import nl.levman.spi.InstanceHead;
import nl.levman.spi.Seal;
import nl.levman.spi.Seals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes seals. Keeps what the seal store holds folded to the last sealed head per instance (read
 * incrementally: only seals newer than the last one read), reads the database's heads, and seals
 * those that moved forward. A head that went back, or changed in place, is never sealed: that is
 * tampering for {@code audit()} to name, not a state to certify.
 */
final class Sealer {
  private static final Logger log = LoggerFactory.getLogger(Sealer.class);
  private static final int PAGE = 1000;
  private static final int ATTEMPTS = 5;
  private final Evidence evidence;
  private final Seals seals;
  private final SealKey key;
  private final Clock clock;
  private final String node;
  private final Map<String, InstanceHead> sealed = new HashMap<>();
  private long lastNumber;
  private String lastMac = Seal.FIRST_PREVIOUS;
  private Instant lastSealedAt;

  Sealer(Evidence evidence, Clock clock, String node) {
    this.evidence = evidence;
    this.seals = evidence.seals().orElseThrow(() -> new LevmanException(
        "this engine has no seal store: wire one with Levman.builder().seals(seals, key)"));
    this.key = evidence.key().orElseThrow();
    this.clock = clock;
    this.node = node.replaceAll("[^\\p{Graph}]", "_");
  }

  /** Seals when the last seal is at least the configured interval old; returns the heads sealed. */
  synchronized int sealIfDue() {
    if (evidence.every().isZero()) {
      return 0;
    }
    refresh();
    if (lastSealedAt != null && lastSealedAt.plus(evidence.every()).isAfter(clock.instant())) {
      return 0;
    }
    return seal();
  }

  synchronized int seal() {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      refresh();
      List<InstanceHead> moved = moved();
      if (moved.isEmpty()) {
        return 0;
      }
      Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
      long number = lastNumber + 1;
      String mac = key.mac(Seal.signedText(number, at, node, key.id(), lastMac, moved));
      Seal seal = new Seal(number, at, node, key.id(), lastMac, moved, mac);
      if (seals.append(seal)) {
        fold(seal);
        return moved.size();
      }
    }
    throw new LevmanException("could not append a seal after " + ATTEMPTS
        + " attempts: other nodes kept taking the next number");
  }

  private void refresh() {
    for (Seal seal : seals.read(lastNumber).seals()) {
      if (seal.number() <= lastNumber) {
        continue;
      }
      if (SealChain.verifies(seal, key)) {
        fold(seal);
      } else {
        log.warn("seal {} in the seal store does not verify with this engine's key; run verify", seal.number());
        lastNumber = seal.number();
        lastMac = seal.mac();
      }
    }
  }

  private void fold(Seal seal) {
    for (InstanceHead head : seal.heads()) {
      InstanceHead before = sealed.get(head.instance().value());
      if (before == null || head.sequence() > before.sequence()) {
        sealed.put(head.instance().value(), head);
      }
    }
    lastNumber = seal.number();
    lastMac = seal.mac();
    lastSealedAt = seal.sealedAt();
  }

  private List<InstanceHead> moved() {
    List<InstanceHead> moved = new ArrayList<>();
    InstanceId after = null;
    List<InstanceHead> page;
    do {
      page = evidence.heads().heads(after, PAGE);
      for (InstanceHead head : page) {
        after = head.instance();
        InstanceHead before = sealed.get(head.instance().value());
        if (before == null || head.sequence() > before.sequence()) {
          moved.add(head);
        } else if (head.sequence() < before.sequence() || !head.hash().equals(before.hash())) {
          log.warn("the history of {} ends at record {}{}, where the seals have record {}: not sealed; run verify",
              head.instance(), head.sequence(), head.sequence() == before.sequence() ? " with another hash" : "",
              before.sequence());
        }
      }
    } while (page.size() == PAGE);
    return moved;
  }
}
