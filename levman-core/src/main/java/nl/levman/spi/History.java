package nl.levman.spi;

import java.util.List;
import java.util.Optional;
import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;

/**
 * The append-only history: every event of every instance, as committed by {@link Instances}.
 * Thread-safe; reads see only committed changes.
 */
public interface History {

  /** The events of one instance in sequence order; empty if it does not exist. */
  List<RecordedEvent> events(InstanceId id);

  /** The instance and the sequence range a command produced, if it took effect. */
  Optional<CommandRecord> command(CommandId id);

  /**
   * In one read where the store can: whether the command took effect before, and otherwise what
   * the command needs of the instance. The engine calls this first for every command. A store that
   * keeps the {@link InstanceSnapshot} stored with the instance returns it with the history's head
   * (sequence and hash of the last row) read at the same moment, and need not return the events;
   * a store without one returns the events, from which the head follows.
   */
  default Read read(InstanceId id, CommandId command) {
    Optional<CommandRecord> earlier = command(command);
    return new Read(earlier, earlier.isPresent() ? List.of() : events(id));
  }

  /**
   * The result of {@link #read}: the earlier command, if any; otherwise the history's head (empty
   * when the instance does not exist), the snapshot stored with the instance if any, and the events
   * (possibly none when there is a snapshot: the engine asks for them when it cannot use it).
   */
  record Read(Optional<CommandRecord> earlier, List<RecordedEvent> events, Optional<Head> head,
      Optional<InstanceSnapshot> snapshot) {
    public Read {
      events = List.copyOf(events);
    }

    /** A read of the events alone: the head is their last row's. */
    public Read(Optional<CommandRecord> earlier, List<RecordedEvent> events) {
      this(earlier, events, events.isEmpty() ? Optional.empty()
          : Optional.of(Head.of(events.get(events.size() - 1))), Optional.empty());
    }
  }

  /** The last row of an instance's history: its sequence and hash. */
  record Head(long sequence, String hash) {
    static Head of(RecordedEvent last) {
      return new Head(last.sequence(), last.hash());
    }
  }

  /**
   * What a command that took effect produced, and its fingerprint (absent for a command recorded
   * before fingerprints were kept).
   */
  record CommandRecord(CommandId command, InstanceId instance, long firstSequence, long lastSequence,
      Optional<String> fingerprint) {
    public CommandRecord {
      java.util.Objects.requireNonNull(fingerprint, "fingerprint");
    }

    /** A record without a fingerprint. */
    public CommandRecord(CommandId command, InstanceId instance, long firstSequence, long lastSequence) {
      this(command, instance, firstSequence, lastSequence, Optional.empty());
    }
  }
}
