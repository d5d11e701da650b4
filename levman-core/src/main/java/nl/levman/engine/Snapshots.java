package nl.levman.engine;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.levman.json.Json;
import nl.levman.model.EventTypes;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceState;
import nl.levman.model.StateSnapshot;
import nl.levman.spi.History;
import nl.levman.spi.InstanceSnapshot;

/**
 * The snapshot the engine stores with an instance at each change: the state after it, when the
 * instance started, and the head of the history it follows. Format 1 is JSON; a snapshot of another
 * format, of another head, or that cannot be read is not used, and the history is replayed instead.
 */
final class Snapshots {
  static final int FORMAT = 1;

  private Snapshots() {}

  static InstanceSnapshot take(EventTypes types, InstanceState state, long sequence, String hash,
      Instant startedAt) {
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("instance", state.id().value());
    tree.put("sequence", sequence);
    tree.put("hash", hash);
    tree.put("startedAt", startedAt.toString());
    tree.put("state", StateSnapshot.write(types, state));
    return new InstanceSnapshot(sequence, hash, FORMAT, Json.write(tree));
  }

  /**
   * The instance as the snapshot holds it, if the snapshot was taken at the history's head, is of a
   * format this engine reads, and reads as one; empty otherwise.
   */
  @SuppressWarnings("unchecked")
  static Optional<Loaded> restore(EventTypes types, InstanceId id, History.Head head,
      InstanceSnapshot snapshot) {
    if (snapshot.format() != FORMAT || snapshot.sequence() != head.sequence()
        || !snapshot.hash().equals(head.hash())) {
      return Optional.empty();
    }
    try {
      Map<String, Object> tree = Json.parseObject(snapshot.content());
      if (!id.value().equals(tree.get("instance")) || !head.hash().equals(tree.get("hash"))
          || !Long.valueOf(head.sequence()).equals(tree.get("sequence"))) {
        return Optional.empty();
      }
      InstanceState state = StateSnapshot.read(types, id, (Map<String, Object>) tree.get("state"));
      return Optional.of(new Loaded(state, head.sequence(), head.hash(),
          Instant.parse((String) tree.get("startedAt"))));
    } catch (RuntimeException unreadable) {
      return Optional.empty();
    }
  }
}
