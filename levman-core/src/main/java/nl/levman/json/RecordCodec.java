package nl.levman.json;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import nl.levman.model.LevmanException;

/**
 * Turns records into JSON trees and back, by their components, so that a stored type needs no
 * hand-written codec. The stored field names are the component names; a golden history guards them.
 *
 * <p>Supported: text, whole numbers, booleans, {@link BigDecimal} (stored as text, so its scale is
 * kept), {@link Instant}, {@link LocalDate}, {@link Period}, {@link Duration}, enums (by constant
 * name), {@link Optional} (absent is {@code null}), {@link List}, {@link Map} with text keys (written
 * in key order), records, and an id record of one text component named {@code value} (written as
 * the text). A sealed family is written with an explicit {@code "type"} name for each of its records,
 * registered with {@link Builder#subtype}; types the codec cannot express are given a codec of their
 * own with {@link Builder#custom}. Immutable and thread-safe once built.
 */
public final class RecordCodec {
  private final Map<Class<?>, Custom<?>> custom;
  private final Map<Class<?>, String> subtypeNames;
  private final Map<Class<?>, Map<String, Class<?>>> subtypes;
  private final Map<Class<?>, Constructor<?>> constructors = new java.util.concurrent.ConcurrentHashMap<>();
  /** Each record's components, read once: reflection copies them and parses their generic types on every call. */
  private final Map<Class<?>, RecordComponent[]> components = new java.util.concurrent.ConcurrentHashMap<>();

  private RecordCodec(Builder b) {
    this.custom = Map.copyOf(b.custom);
    this.subtypeNames = Map.copyOf(b.subtypeNames);
    Map<Class<?>, Map<String, Class<?>>> copy = new HashMap<>();
    b.subtypes.forEach((k, v) -> copy.put(k, Map.copyOf(v)));
    this.subtypes = Map.copyOf(copy);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The JSON tree of a record. */
  public Map<String, Object> encode(Record value) {
    @SuppressWarnings("unchecked")
    Map<String, Object> tree = (Map<String, Object>) write(value);
    return tree;
  }

  /** The record of this type from its JSON tree; a {@link LevmanException} naming the field if it cannot be read. */
  public <T> T decode(Class<T> type, Map<String, Object> tree) {
    return type.cast(read(type, tree, type.getSimpleName()));
  }

  private Object write(Object value) {
    if (value == null) {
      return null;
    }
    Custom<?> c = customFor(value.getClass());
    if (c != null) {
      return c.writeAny(value);
    }
    if (value instanceof String || value instanceof Boolean || value instanceof Integer
        || value instanceof Long) {
      return value;
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof Instant || value instanceof LocalDate || value instanceof Period
        || value instanceof Duration) {
      return value.toString();
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof Optional<?> o) {
      return o.map(this::write).orElse(null);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      list.forEach(v -> out.add(write(v)));
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new TreeMap<>();
      map.forEach((k, v) -> out.put((String) k, write(v)));
      return out;
    }
    if (value instanceof Record r) {
      RecordComponent[] components = componentsOf(r.getClass());
      if (isId(r.getClass())) {
        return component(components[0], r);
      }
      Map<String, Object> out = new LinkedHashMap<>();
      String typeName = subtypeNames.get(r.getClass());
      if (typeName != null) {
        out.put("type", typeName);
      }
      for (RecordComponent rc : components) {
        out.put(rc.getName(), write(component(rc, r)));
      }
      return out;
    }
    throw new LevmanException("cannot store a value of type " + value.getClass().getName());
  }

  private static Object component(RecordComponent rc, Record r) {
    try {
      return rc.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new LevmanException("cannot read " + rc.getName() + " of " + r.getClass().getName(), e);
    }
  }

  private RecordComponent[] componentsOf(Class<?> type) {
    return components.computeIfAbsent(type, Class::getRecordComponents);
  }

  private boolean isId(Class<?> type) {
    RecordComponent[] components = componentsOf(type);
    return components.length == 1 && components[0].getName().equals("value")
        && components[0].getType() == String.class;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Object read(Type type, Object json, String path) {
    Class<?> raw = raw(type);
    if (json == null) {
      if (raw == Optional.class) {
        return Optional.empty();
      }
      if (raw == List.class) {
        return List.of();
      }
      if (raw == Map.class) {
        return Map.of();
      }
      throw new LevmanException("stored field '" + path + "' is missing");
    }
    try {
      Custom<?> c = customFor(raw);
      if (c != null) {
        return c.read.apply(json);
      }
      if (raw == String.class) {
        return (String) json;
      }
      if (raw == int.class || raw == Integer.class) {
        return Math.toIntExact((Long) json);
      }
      if (raw == long.class || raw == Long.class) {
        return (Long) json;
      }
      if (raw == boolean.class || raw == Boolean.class) {
        return (Boolean) json;
      }
      if (raw == BigDecimal.class) {
        return new BigDecimal((String) json);
      }
      if (raw == Instant.class) {
        return Instant.parse((String) json);
      }
      if (raw == LocalDate.class) {
        return LocalDate.parse((String) json);
      }
      if (raw == Period.class) {
        return Period.parse((String) json);
      }
      if (raw == Duration.class) {
        return Duration.parse((String) json);
      }
      if (raw.isEnum()) {
        return Enum.valueOf((Class<Enum>) raw, (String) json);
      }
      if (raw == Optional.class) {
        return Optional.of(read(argument(type, 0), json, path));
      }
      if (raw == List.class) {
        List<Object> out = new ArrayList<>();
        int i = 0;
        for (Object item : (List<Object>) json) {
          out.add(read(argument(type, 0), item, path + "[" + i++ + "]"));
        }
        return List.copyOf(out);
      }
      if (raw == Map.class) {
        Map<String, Object> out = new LinkedHashMap<>();
        ((Map<String, Object>) json).forEach((k, v) -> out.put(k, read(argument(type, 1), v, path + "." + k)));
        return out;
      }
      if (raw.isRecord()) {
        return readRecord(raw, json, path);
      }
      if (subtypes.containsKey(raw)) {
        Map<String, Object> tree = (Map<String, Object>) json;
        Class<?> sub = subtypes.get(raw).get((String) tree.get("type"));
        if (sub == null) {
          throw new LevmanException("stored field '" + path + "' has unknown type '" + tree.get("type") + "'");
        }
        return readRecord(sub, json, path);
      }
    } catch (ClassCastException | ArithmeticException | java.time.DateTimeException
        | NumberFormatException e) {
      throw new LevmanException("stored field '" + path + "' cannot be read as "
          + raw.getSimpleName() + ": " + json, e);
    }
    throw new LevmanException("cannot read a stored value of type " + type.getTypeName());
  }

  @SuppressWarnings("unchecked")
  private Object readRecord(Class<?> raw, Object json, String path) {
    RecordComponent[] components = componentsOf(raw);
    Object[] args = new Object[components.length];
    if (isId(raw)) {
      args[0] = (String) json;
    } else {
      Map<String, Object> tree = (Map<String, Object>) json;
      for (int i = 0; i < components.length; i++) {
        RecordComponent rc = components[i];
        args[i] = read(rc.getGenericType(), tree.get(rc.getName()), path + "." + rc.getName());
      }
    }
    try {
      return constructor(raw, components).newInstance(args);
    } catch (InvocationTargetException e) {
      throw new LevmanException("stored " + path + " is not a valid " + raw.getSimpleName() + ": "
          + e.getCause().getMessage(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new LevmanException("cannot build " + raw.getName(), e);
    }
  }

  private Constructor<?> constructor(Class<?> raw, RecordComponent[] components) {
    return constructors.computeIfAbsent(raw, r -> {
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
      }
      try {
        Constructor<?> c = r.getDeclaredConstructor(types);
        c.setAccessible(true);
        return c;
      } catch (NoSuchMethodException e) {
        throw new LevmanException("record " + r.getName() + " has no canonical constructor", e);
      }
    });
  }

  private Custom<?> customFor(Class<?> type) {
    Custom<?> c = custom.get(type);
    if (c == null && !custom.isEmpty()) {
      for (Map.Entry<Class<?>, Custom<?>> e : custom.entrySet()) {
        if (e.getKey().isAssignableFrom(type)) {
          return e.getValue();
        }
      }
    }
    return c;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new LevmanException("cannot store a value of type " + type.getTypeName());
  }

  private static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[index];
    }
    throw new LevmanException("a stored collection needs its element type: " + type.getTypeName());
  }

  private record Custom<T>(Class<T> type, Function<T, Object> write, Function<Object, T> read) {
    Object writeAny(Object value) {
      return write.apply(type.cast(value));
    }
  }

  /** Collects the sealed families' type names and the custom codecs. */
  public static final class Builder {
    private final Map<Class<?>, Custom<?>> custom = new LinkedHashMap<>();
    private final Map<Class<?>, String> subtypeNames = new HashMap<>();
    private final Map<Class<?>, Map<String, Class<?>>> subtypes = new HashMap<>();

    private Builder() {}

    /** A record of a sealed family, stored with {@code "type": name}. */
    public <T> Builder subtype(Class<T> family, String name, Class<? extends T> record) {
      if (!record.isRecord()) {
        throw new LevmanException(record.getName() + " is not a record");
      }
      subtypeNames.put(record, name);
      subtypes.computeIfAbsent(family, f -> new HashMap<>()).put(name, record);
      return this;
    }

    /** A type stored by a codec of its own: a JSON tree (text, number, list, map) and back. */
    public <T> Builder custom(Class<T> type, Function<T, Object> write, Function<Object, T> read) {
      custom.put(type, new Custom<>(type, write, read));
      return this;
    }

    public RecordCodec build() {
      return new RecordCodec(this);
    }
  }
}
