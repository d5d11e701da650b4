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

  /** What a command that took effect produced. */
  record CommandRecord(CommandId command, InstanceId instance, long firstSequence, long lastSequence) {}
}
