package nl.levman.api;

import java.util.List;
import java.util.Map;

/**
 * One item of a fan-out in an instance (a supplier of a risk review): the steps open for it, the
 * last outcome of each step it completed, and the lists declared for it (such as its mitigation
 * actions). The coordinating CM's overview of a review is one of these per selected supplier.
 */
public record ItemOverview(
    String kind,
    String item,
    List<WorkItem> open,
    Map<Integer, String> lastOutcomes,
    Map<Integer, Integer> completions,
    Map<String, List<String>> declared) {
  public ItemOverview {
    open = List.copyOf(open);
    lastOutcomes = Map.copyOf(lastOutcomes);
    completions = Map.copyOf(completions);
    declared = Map.copyOf(declared);
  }
}
