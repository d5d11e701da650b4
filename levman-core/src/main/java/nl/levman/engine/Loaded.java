package nl.levman.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.levman.model.Event;
import nl.levman.model.EventTypes;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceState;
import nl.levman.spi.RecordedEvent;

/** An instance as read from its history: the state its events say, and where the chain ends. */
record Loaded(InstanceState state, long lastSequence, String lastHash, Instant startedAt) {

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

  boolean exists() {
    return lastSequence > 0;
  }
}
