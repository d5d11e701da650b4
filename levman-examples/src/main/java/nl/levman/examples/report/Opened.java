package nl.levman.examples.report;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.levman.model.Event;
import nl.levman.model.WorkItemId;

/**
 * The steps an instance opened, by work item, as its history is read in order: what a completion
 * or a signal refers to (the period of a cycle, the supplier or action of a fan-out).
 */
final class Opened {
  private final Map<WorkItemId, Event.StepOpened> byItem = new HashMap<>();

  void add(Event.StepOpened opened) {
    byItem.put(opened.item(), opened);
  }

  int period(WorkItemId item) {
    Event.StepOpened opened = byItem.get(item);
    return opened == null ? 0 : opened.period();
  }

  int period(Optional<WorkItemId> item) {
    return item.map(this::period).orElse(0);
  }

  /** A subject of the item, such as its supplier or mitigation action; empty if it has none. */
  Optional<String> subject(WorkItemId item, String kind) {
    return Optional.ofNullable(byItem.get(item)).map(o -> o.subjects().get(kind));
  }
}
