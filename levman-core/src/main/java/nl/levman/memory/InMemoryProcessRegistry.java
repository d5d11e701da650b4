package nl.levman.memory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.levman.api.ProcessRegistry;
import nl.levman.model.LevmanException;
import nl.levman.model.ProcessDefinition;

/** The definitions an engine runs, registered at wiring time. Thread-safe. */
public final class InMemoryProcessRegistry implements ProcessRegistry {
  private final Map<String, TreeMap<Integer, ProcessDefinition>> byKey = new ConcurrentHashMap<>();

  public InMemoryProcessRegistry register(ProcessDefinition definition) {
    TreeMap<Integer, ProcessDefinition> versions =
        byKey.computeIfAbsent(definition.key(), k -> new TreeMap<>());
    synchronized (versions) {
      if (versions.containsKey(definition.version())) {
        throw new LevmanException("process " + definition + " is registered already");
      }
      versions.put(definition.version(), definition);
    }
    return this;
  }

  @Override
  public Optional<ProcessDefinition> latest(String key) {
    TreeMap<Integer, ProcessDefinition> versions = byKey.get(key);
    if (versions == null) {
      return Optional.empty();
    }
    synchronized (versions) {
      return versions.isEmpty() ? Optional.empty() : Optional.of(versions.lastEntry().getValue());
    }
  }

  @Override
  public Optional<ProcessDefinition> find(String key, int version) {
    TreeMap<Integer, ProcessDefinition> versions = byKey.get(key);
    if (versions == null) {
      return Optional.empty();
    }
    synchronized (versions) {
      return Optional.ofNullable(versions.get(version));
    }
  }

  @Override
  public Collection<ProcessDefinition> all() {
    return byKey.values().stream().flatMap(v -> {
      synchronized (v) {
        return List.copyOf(v.values()).stream();
      }
    }).toList();
  }
}
