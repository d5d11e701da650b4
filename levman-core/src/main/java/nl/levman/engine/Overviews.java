package nl.levman.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.levman.api.InstanceView;
import nl.levman.api.ItemOverview;
import nl.levman.api.WorkItem;
import nl.levman.model.Event;
import nl.levman.model.EventTypes;
import nl.levman.model.InstanceState;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.WorkItemId;
import nl.levman.spi.RecordedEvent;

/** Builds the per-item overview of an instance from its history. */
final class Overviews {
  private Overviews() {}

  static List<ItemOverview> of(EventTypes types, Loaded loaded, ProcessDefinition d, List<RecordedEvent> rows,
      String kind, Views views) {
    Map<WorkItemId, Map<String, String>> subjectsOf = new HashMap<>();
    Set<String> items = new LinkedHashSet<>();
    Map<String, Map<Integer, String>> outcomes = new LinkedHashMap<>();
    Map<String, Map<Integer, Integer>> completions = new LinkedHashMap<>();
    for (RecordedEvent row : rows) {
      Event e = types.decode(row.type(), row.payload());
      if (e instanceof Event.StepOpened o) {
        subjectsOf.put(o.item(), o.subjects());
        if (o.subjects().containsKey(kind)) {
          items.add(o.subjects().get(kind));
        }
      } else if (e instanceof Event.StepCompleted c) {
        String item = subjectsOf.getOrDefault(c.item(), Map.of()).get(kind);
        if (item != null) {
          completions.computeIfAbsent(item, k -> new LinkedHashMap<>()).merge(c.step(), 1, Integer::sum);
          c.outcome().ifPresent(o -> outcomes.computeIfAbsent(item, k -> new LinkedHashMap<>()).put(c.step(), o));
        }
        List<String> declared = c.declared().get(kind);
        if (declared != null) {
          items.addAll(declared);
        }
      }
    }
    InstanceView view = views.instance(loaded, d);
    InstanceState state = loaded.state();
    List<ItemOverview> overview = new ArrayList<>();
    for (String item : items) {
      List<WorkItem> open = view.open().stream().filter(w -> item.equals(w.subjects().get(kind))).toList();
      Map<String, List<String>> declared = new LinkedHashMap<>();
      for (String other : d.itemKinds()) {
        List<String> list = state.declared().get(InstanceState.listKey(other, Map.of(kind, item)));
        if (list != null && !other.equals(kind)) {
          declared.put(other, list);
        }
      }
      overview.add(new ItemOverview(kind, item, open, outcomes.getOrDefault(item, Map.of()),
          completions.getOrDefault(item, Map.of()), declared));
    }
    return overview;
  }
}
