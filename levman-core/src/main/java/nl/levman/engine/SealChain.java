package nl.levman.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.api.AuditReport.Problem;
import nl.levman.api.ProblemKind;
import nl.levman.api.SealKey;
import nl.levman.spi.InstanceHead;
import nl.levman.spi.RecordedEvent;
import nl.levman.spi.Seal;
import nl.levman.spi.Seals;

/**
 * Reads the seal store and checks it: every seal's MAC under the host's key, and the chain of seals
 * (numbers without gaps, each linking to the one before). Only seals that verify count as evidence;
 * they give, per instance, the points of its history that were sealed.
 */
final class SealChain {
  /** A sealed point of one instance's history: record {@code sequence} had {@code hash} when seal {@code seal} was made. */
  record Checkpoint(long sequence, String hash, Seal seal) {
    String by() {
      return "seal " + seal.number() + " of " + seal.sealedAt();
    }
  }

  /** What the seal store holds that verifies, and what is wrong with it. */
  record Checked(Map<String, List<Checkpoint>> checkpoints, List<Problem> problems, Optional<Seal> last) {
    static Checked none() {
      return new Checked(Map.of(), List.of(), Optional.empty());
    }

    List<Checkpoint> of(String instance) {
      return checkpoints.getOrDefault(instance, List.of());
    }
  }

  private SealChain() {}

  static boolean verifies(Seal seal, SealKey key) {
    return seal.keyId().equals(key.id()) && key.mac(seal.signedText()).equals(seal.mac());
  }

  static Checked check(Seals seals, SealKey key) {
    Seals.Stored stored = seals.read(0);
    List<Problem> problems = new ArrayList<>();
    stored.unreadable().forEach(u -> problems.add(new Problem(ProblemKind.SEAL_UNREADABLE, "seal store", u)));
    Map<String, List<Checkpoint>> checkpoints = new HashMap<>();
    long expected = 1;
    String previous = Seal.FIRST_PREVIOUS;
    Seal last = null;
    for (Seal seal : stored.seals()) {
      String where = "seal " + seal.number();
      if (seal.number() != expected) {
        problems.add(new Problem(ProblemKind.SEAL_MISSING, where, (seal.number() - 1 == expected
            ? "seal " + expected + " is missing" : "seals " + expected + ".." + (seal.number() - 1) + " are missing")
            + " before it: removed from the seal store"));
      } else if (!seal.previous().equals(previous)) {
        problems.add(new Problem(ProblemKind.SEAL_MISSING, where, "does not link to seal " + (seal.number() - 1)
            + " as it stands: a seal before it was replaced or removed"));
      }
      if (!seal.keyId().equals(key.id())) {
        problems.add(new Problem(ProblemKind.SEAL_INVALID, where, "was signed with another key (key id "
            + seal.keyId() + "; this engine's key is " + key.id() + "): not counted as evidence"));
      } else if (!verifies(seal, key)) {
        problems.add(new Problem(ProblemKind.SEAL_INVALID, where,
            "its MAC does not verify: the seal was edited or forged; not counted as evidence"));
      } else {
        for (InstanceHead head : seal.heads()) {
          checkpoints.computeIfAbsent(head.instance().value(), k -> new ArrayList<>())
              .add(new Checkpoint(head.sequence(), head.hash(), seal));
        }
      }
      expected = seal.number() + 1;
      previous = seal.mac();
      last = seal;
    }
    return new Checked(checkpoints, problems, Optional.ofNullable(last));
  }

  /** A sealed point the history no longer matches: the first, in the order the seals were made. */
  record Mismatch(ProblemKind kind, long at, String what) {}

  /** Compares one instance's history (chain intact) with its sealed points. */
  static Optional<Mismatch> compare(List<RecordedEvent> rows, List<Checkpoint> points) {
    Checkpoint matched = null;
    long sealedUpTo = points.stream().mapToLong(Checkpoint::sequence).max().orElse(0);
    for (Checkpoint point : points) {
      if (point.sequence() > rows.size()) {
        Checkpoint furthest = points.stream().filter(p -> p.sequence() == sealedUpTo).findFirst().orElseThrow();
        return Optional.of(new Mismatch(ProblemKind.SEALED_RECORDS_DELETED, rows.size() + 1L,
            (rows.size() + 1 == sealedUpTo ? "record " + sealedUpTo + " was" : "records " + (rows.size() + 1)
                + ".." + sealedUpTo + " were") + " deleted: " + furthest.by() + " covered the history up to record "
                + sealedUpTo + ", the database holds " + rows.size()));
      }
      RecordedEvent row = rows.get((int) point.sequence() - 1);
      if (!row.hash().equals(point.hash())) {
        String since = matched == null ? "1" : Long.toString(matched.sequence() + 1);
        return Optional.of(new Mismatch(ProblemKind.SEALED_RECORD_CHANGED, point.sequence(),
            "record " + point.sequence() + " differs from " + point.by() + ": a record in " + since + ".."
                + point.sequence() + " was altered, removed or forged and the hashes recomputed"
                + (matched == null ? "" : " (record " + matched.sequence() + " still matches " + matched.by() + ")")));
      }
      if (matched == null || point.sequence() >= matched.sequence()) {
        matched = point;
      }
    }
    return Optional.empty();
  }
}
