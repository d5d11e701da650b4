package nl.levman.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.levman.json.Json;
import nl.levman.json.RecordCodec;

/**
 * The registry of every event type that can be stored: an explicit name and a version per type,
 * never the Java class name, and a place for upcasters that read what an older version wrote. A
 * history row's type is {@code name.vN} (such as {@code step-opened.v1}); its payload is the
 * event's canonical JSON.
 *
 * <p>The flow events are always registered; behaviours add their domain events. Immutable and
 * thread-safe once built.
 */
public final class EventTypes {
  private final Map<String, EventType> byName;
  private final Map<Class<? extends Event>, EventType> byClass;
  private final Map<String, Map<Integer, Upcaster>> upcasters;
  private final RecordCodec codec;

  private EventTypes(Builder b) {
    this.byName = Map.copyOf(b.byName);
    Map<Class<? extends Event>, EventType> classes = new LinkedHashMap<>();
    b.byName.values().forEach(t -> classes.put(t.javaType(), t));
    this.byClass = Map.copyOf(classes);
    Map<String, Map<Integer, Upcaster>> ups = new LinkedHashMap<>();
    b.upcasters.forEach((name, m) -> ups.put(name, Map.copyOf(m)));
    this.upcasters = Map.copyOf(ups);
    this.codec = b.codec.build();
  }

  /** One stored event type: its name, its current version, and the record it decodes to. */
  public record EventType(String name, int version, Class<? extends Event> javaType) {
    public EventType {
      if (!name.matches("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)?") || name.length() > 36) {
        throw new LevmanException("event type name '" + name
            + "' must be lower-case kebab case, optionally prefixed ('slm.'), at most 36 characters");
      }
      if (version < 1) {
        throw new LevmanException("event type " + name + ": versions count from 1");
      }
      if (!javaType.isRecord()) {
        throw new LevmanException("event type " + name + " must be a record: " + javaType.getName());
      }
    }

    /** The name as stored in a history row: {@code name.vN}. */
    public String stored() {
      return name + ".v" + version;
    }
  }

  /**
   * Reads the payload an older version of an event type wrote, as the next version writes it. The
   * registry chains upcasters from the stored version to the current one.
   */
  public interface Upcaster {
    /** The event type's name. */
    String name();

    /** The version this upcaster reads; it returns the payload of {@code fromVersion() + 1}. */
    int fromVersion();

    Map<String, Object> upcast(Map<String, Object> payload);
  }

  /** A registry with the flow events, to which behaviours add their domain events. */
  public static Builder builder() {
    return new Builder();
  }

  /** The registry of the flow events alone. */
  public static EventTypes flow() {
    return builder().build();
  }

  /** The codec of the records inside events, for the state snapshot of this package. */
  RecordCodec codec() {
    return codec;
  }

  public Collection<EventType> types() {
    return byName.values();
  }

  /** The registered type of this event; a {@link LevmanException} naming the class if it has none. */
  public EventType typeOf(Event event) {
    EventType type = byClass.get(event.getClass());
    if (type == null) {
      throw new LevmanException("event " + event.getClass().getName()
          + " is not registered: register its type with a name and version before it is recorded");
    }
    return type;
  }

  /** The canonical JSON of the event, as stored. */
  public String payload(Event event) {
    typeOf(event);
    return Json.write(codec.encode((Record) event));
  }

  /** The event a history row holds, upcast to the current version of its type. */
  public Event decode(String storedType, String payload) {
    int at = storedType.lastIndexOf(".v");
    if (at < 0) {
      throw new LevmanException("stored event type '" + storedType + "' has no version (name.vN)");
    }
    String name = storedType.substring(0, at);
    int version;
    try {
      version = Integer.parseInt(storedType.substring(at + 2));
    } catch (NumberFormatException e) {
      throw new LevmanException("stored event type '" + storedType + "' has no version (name.vN)", e);
    }
    EventType type = byName.get(name);
    if (type == null) {
      throw new LevmanException("unknown event type '" + name + "': register it to read this history");
    }
    if (version > type.version()) {
      throw new LevmanException("event " + storedType + " was written by a newer version of "
          + name + " than this one (v" + type.version() + ")");
    }
    Map<String, Object> tree = Json.parseObject(payload);
    for (int v = version; v < type.version(); v++) {
      Upcaster up = upcasters.getOrDefault(name, Map.of()).get(v);
      if (up == null) {
        throw new LevmanException("no upcaster reads " + name + " v" + v + " as v" + (v + 1));
      }
      tree = up.upcast(tree);
    }
    return codec.decode(type.javaType(), tree);
  }

  /** Collects the event types, their upcasters and the codecs of the types inside them. */
  public static final class Builder {
    private final Map<String, EventType> byName = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Upcaster>> upcasters = new LinkedHashMap<>();
    private final RecordCodec.Builder codec = RecordCodec.builder();

    private Builder() {
      flow("process-started", Event.ProcessStarted.class);
      flow("step-opened", Event.StepOpened.class);
      flow("step-completed", Event.StepCompleted.class);
      flow("forked", Event.Forked.class);
      flow("branch-joined", Event.BranchJoined.class);
      flow("fork-closed", Event.ForkClosed.class);
      flow("timer-set", Event.TimerSet.class);
      flow("timer-cleared", Event.TimerCleared.class);
      flow("process-linked", Event.ProcessLinked.class);
      flow("signal-raised", Event.SignalRaised.class);
      flow("process-completed", Event.ProcessCompleted.class);
      codec.custom(Target.class,
          t -> t instanceof Target.ToStep s ? (Object) (long) s.number() : "end",
          json -> "end".equals(json) ? Target.end() : Target.step(Math.toIntExact((Long) json)));
    }

    private void flow(String name, Class<? extends Event> type) {
      byName.put(name, new EventType(name, 1, type));
    }

    /** Registers a domain event type under an explicit name and its current version. */
    public Builder register(String name, int version, Class<? extends DomainEvent> type) {
      EventType t = new EventType(name, version, type);
      EventType earlier = byName.get(name);
      if (earlier != null && !earlier.equals(t)) {
        throw new LevmanException("event type name '" + name + "' is registered twice: "
            + earlier.javaType().getName() + " and " + type.getName());
      }
      if (byName.values().stream().anyMatch(e -> e.javaType() == type && !e.name().equals(name))) {
        throw new LevmanException(type.getName() + " is registered under two names");
      }
      byName.put(name, t);
      return this;
    }

    /** Adds an upcaster for an older version of a registered type. */
    public Builder upcaster(Upcaster upcaster) {
      upcasters.computeIfAbsent(upcaster.name(), n -> new LinkedHashMap<>())
          .put(upcaster.fromVersion(), upcaster);
      return this;
    }

    /** A record of a sealed family inside an event, stored with {@code "type": name}. */
    public <T> Builder subtype(Class<T> family, String name, Class<? extends T> record) {
      codec.subtype(family, name, record);
      return this;
    }

    /** A type inside an event that is stored by a codec of its own. */
    public <T> Builder custom(Class<T> type, Function<T, Object> write, Function<Object, T> read) {
      codec.custom(type, write, read);
      return this;
    }

    public EventTypes build() {
      return new EventTypes(this);
    }
  }

  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    byName.values().forEach(t -> names.add(t.stored()));
    return "EventTypes" + names;
  }
}
