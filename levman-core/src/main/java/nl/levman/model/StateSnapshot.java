package nl.levman.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.levman.json.RecordCodec;

/**
 * The state of an instance as a JSON tree and back, so that a command can start from the state
 * stored with the instance instead of replaying its history. The tree is not evidence: the history
 * is, and a state read from a tree must equal the state its events replay to. Domain events are
 * kept as their stored type and payload, read through the registry like history rows.
 */
public final class StateSnapshot {
  private StateSnapshot() {}

  /** The tree of a state. */
  public static Map<String, Object> write(EventTypes types, InstanceState s) {
    RecordCodec codec = types.codec();
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("processKey", s.processKey());
    tree.put("definitionVersion", (long) s.definitionVersion());
    tree.put("context", codec.encode(s.context()));
    tree.put("status", s.status().name());
    tree.put("open", records(codec, s.openSteps()));
    List<Object> forks = new ArrayList<>();
    for (Fork f : s.forks()) {
      Map<String, Object> fork = codec.encode(new Fork(f.id(), f.step(), f.itemKind(), Map.of(),
          f.leftFor(), f.parent(), f.subjects(), f.period()));
      Map<String, Object> pending = new java.util.TreeMap<>();
      f.pending().forEach((branch, item) -> pending.put(branch.value(), item));
      fork.put("pending", pending);
      forks.add(fork);
    }
    tree.put("forks", forks);
    Map<String, Object> documents = new LinkedHashMap<>();
    s.documentsInOrder().forEach((type, d) -> documents.put(type, codec.encode(d)));
    tree.put("documents", documents);
    Map<String, Object> declared = new LinkedHashMap<>(s.declaredInOrder());
    tree.put("declared", declared);
    tree.put("timers", records(codec, s.timers()));
    Map<String, Object> completions = new LinkedHashMap<>();
    s.completionsInOrder().forEach((step, n) -> completions.put(Integer.toString(step), (long) n));
    tree.put("completions", completions);
    tree.put("opened", s.openedSteps().stream().map(Integer::longValue).toList());
    List<Object> domain = new ArrayList<>();
    for (DomainEvent e : s.domainEvents()) {
      domain.add(List.of(types.typeOf(e).stored(), types.payload(e)));
    }
    tree.put("domainEvents", domain);
    tree.put("events", (long) s.eventCount());
    return tree;
  }

  /**
   * The state a tree holds. A tree this class did not write fails with an unchecked exception of
   * any kind: the caller then replays the history instead.
   */
  @SuppressWarnings("unchecked")
  public static InstanceState read(EventTypes types, InstanceId id, Map<String, Object> tree) {
    RecordCodec codec = types.codec();
    InstanceState s = InstanceState.empty(id);
    s.restore((String) tree.get("processKey"),
        Math.toIntExact((Long) tree.get("definitionVersion")),
        codec.decode(ProcessContext.class, (Map<String, Object>) tree.get("context")),
        InstanceStatus.valueOf((String) tree.get("status")),
        Math.toIntExact((Long) tree.get("events")));
    for (Object o : (List<Object>) tree.get("open")) {
      s.restoreOpen(codec.decode(OpenStep.class, (Map<String, Object>) o));
    }
    for (Object o : (List<Object>) tree.get("forks")) {
      Map<String, Object> fork = new LinkedHashMap<>((Map<String, Object>) o);
      Map<String, Object> pendingTree = (Map<String, Object>) fork.remove("pending");
      fork.put("pending", Map.of());
      Fork f = codec.decode(Fork.class, fork);
      Map<WorkItemId, String> pending = new LinkedHashMap<>();
      pendingTree.forEach((branch, item) -> pending.put(new WorkItemId(branch), (String) item));
      s.restoreFork(new Fork(f.id(), f.step(), f.itemKind(), pending, f.leftFor(), f.parent(),
          f.subjects(), f.period()));
    }
    ((Map<String, Object>) tree.get("documents")).forEach((type, d) ->
        s.restoreDocument(type, codec.decode(DocumentRecord.class, (Map<String, Object>) d)));
    ((Map<String, Object>) tree.get("declared")).forEach((key, items) ->
        s.restoreDeclared(key, List.copyOf((List<String>) items)));
    for (Object o : (List<Object>) tree.get("timers")) {
      s.restoreTimer(codec.decode(Event.TimerSet.class, (Map<String, Object>) o));
    }
    ((Map<String, Object>) tree.get("completions")).forEach((step, n) ->
        s.restoreCompletions(Integer.parseInt(step), Math.toIntExact((Long) n)));
    for (Object step : (List<Object>) tree.get("opened")) {
      s.restoreOpened(Math.toIntExact((Long) step));
    }
    for (Object o : (List<Object>) tree.get("domainEvents")) {
      List<Object> stored = (List<Object>) o;
      s.restoreDomainEvent((DomainEvent) types.decode((String) stored.get(0), (String) stored.get(1)));
    }
    return s;
  }

  private static List<Object> records(RecordCodec codec, java.util.Collection<? extends Record> records) {
    List<Object> out = new ArrayList<>(records.size());
    records.forEach(r -> out.add(codec.encode(r)));
    return out;
  }
}
