package nl.levman.spi;

import java.util.List;
import java.util.Optional;
import nl.levman.model.InstanceId;

/**
 * The store of instances, the write side of the engine. Implementations must guarantee that
 * {@link #commit} is atomic (all of a change, or nothing), that it applies a change only if the
 * instance's history still ends at {@code expectedSequence} (optimistic locking; 0 means the
 * instance must not exist yet), that a command id is accepted at most once across all instances
 * and nodes, and that history rows are only ever inserted. Thread-safe.
 */
public interface Instances {

  /** Applies the change completely, or nothing of it, and says which. */
  CommitOutcome commit(InstanceChange change);

  /** The instance's summary, if it exists. */
  Optional<InstanceSummary> find(InstanceId id);

  /** Instances in order of their id, after {@code after} (exclusive; null for the first page). */
  List<InstanceSummary> list(InstanceId after, int limit);
}
