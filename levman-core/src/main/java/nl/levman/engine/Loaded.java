package nl.levman.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.levman.model.Event;
import nl.levman.model.EventTypes;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceState;
import nl.levman.spi.History;
import nl.levman.spi.RecordedEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An instance as read from its history: the state its events say, and where the chain ends. */
record Loaded(InstanceState state, long lastSequence, String lastHash, Instant startedAt) {
  private static final Logger log = LoggerFactory.getLogger(Loaded.class);

  static Loaded of(EventTypes types, InstanceId id, List<RecordedEvent> rows) {
    List<Event> events = new ArrayList<>(rows.size());
    List<Instant> times = new ArrayList<>(rows.size());
    for (RecordedEvent row : rows) {
      events.add(types.decode(row.type(), row.payload()));
      times.add(row.at());
    }
    InstanceState state = InstanceState.replay(id, events, times);
    if (rows.isEmpty()) {
      return new Loaded(state, 0, HashChain.GENESIS, Instant.EPOCH);
    }
    RecordedEvent last = rows.get(rows.size() - 1);
    return new Loaded(state, last.sequence(), last.hash(), rows.get(0).at());
  }

  /**
   * The instance a command works on: from the snapshot stored with it when that follows the
   * history's head, else replayed from the events the read returned, else from the whole history.
   */
  static Loaded of(EventTypes types, InstanceId id, History.Read read,
      Supplier<List<RecordedEvent>> history) {
    if (read.head().isEmpty()) {
      return of(types, id, read.events());
    }
    if (read.snapshot().isPresent()) {
      Optional<Loaded> restored = Snapshots.restore(types, id, read.head().get(), read.snapshot().get());
      if (restored.isPresent()) {
        return restored.get();
      }
    }
    log.debug("instance {}: no snapshot at the history's head {}; replaying its history", id,
        read.head().get().sequence());
    List<RecordedEvent> rows = read.events().isEmpty() ? history.get() : read.events();
    return of(types, id, rows);
  }

  boolean exists() {
    return lastSequence > 0;
  }
}
