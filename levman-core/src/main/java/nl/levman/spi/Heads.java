package nl.levman.spi;

import java.util.List;
import java.util.Optional;
import nl.levman.model.InstanceId;

/**
 * The head of every instance's history, read from the history itself without replaying it: what a
 * seal covers. A store that implements this next to {@link History} lets the engine seal at the
 * cost of one indexed query per page; without it the engine reads each instance's history.
 * Implementations also say what they find missing of their own safeguards. Reads only, creates
 * nothing; thread-safe.
 */
public interface Heads {

  /**
   * The heads of the instances that have history, in order of their id, after {@code after}
   * (exclusive; null for the first page). An instance without history rows has no head, whether or
   * not the store holds an instance row for it.
   */
  List<InstanceHead> heads(InstanceId after, int limit);

  /**
   * What is missing of the store's tables, such as {@code "levman_history"}, named for a report;
   * empty when every table is there. Never creates a table.
   */
  default Optional<String> missingTables() {
    return Optional.empty();
  }

  /**
   * The store's guards of the history that are off: dropped or disabled (such as the database
   * triggers that refuse to update or delete a history row), named for a report.
   */
  default List<String> guardsOff() {
    return List.of();
  }
}
