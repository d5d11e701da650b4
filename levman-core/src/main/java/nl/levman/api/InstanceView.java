package nl.levman.api;

import java.util.List;
import java.util.Map;
import nl.levman.model.InstanceId;
import nl.levman.model.InstanceStatus;
import nl.levman.model.ProcessContext;

/** An instance as its events say it is: its context, status, open work and completed steps. */
public record InstanceView(
    InstanceId id,
    String processKey,
    int definitionVersion,
    ProcessContext context,
    InstanceStatus status,
    List<WorkItem> open,
    Map<Integer, Integer> completions,
    long events) {
  public InstanceView {
    open = List.copyOf(open);
    completions = Map.copyOf(completions);
  }
}
