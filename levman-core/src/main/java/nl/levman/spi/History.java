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
   * In one read where the store can: whether the command took effect before, and the instance's
   * events. The engine calls this first for every command on an existing instance.
   */
  default Read read(InstanceId id, CommandId command) {
    Optional<CommandRecord> earlier = command(command);
    return new Read(earlier, earlier.isPresent() ? List.of() : events(id));
  }

  /** The result of {@link #read}: the earlier command, if any; otherwise the events. */
  record Read(Optional<CommandRecord> earlier, List<RecordedEvent> events) {}

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
