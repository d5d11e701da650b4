package nl.levman.examples.cli;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Any value of the public model (records, optionals, ids, lists, maps) as plain data for JSON and
 * as readable text, so that no {@code Optional[...]} or record syntax reaches the user: an empty
 * optional is absent, an id is its value, a record its named fields. Works on records the CLI does
 * not know yet, so a new event or field shows up without a change here.
 */
final class Values {
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  private Values() {}

  /** An instant to the minute, in UTC: {@code 2026-02-02 08:00}. */
  static String minute(Instant at) {
    return MINUTE.format(at);
  }

  /** An instant's day, in UTC: {@code 2026-02-10}. */
  static String day(Instant at) {
    return DAY.format(at);
  }

  /** Plain data: null, String, Number, Boolean, List or Map (keys sorted), nothing else. */
  static Object plain(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Optional<?> o) {
      return plain(o.orElse(null));
    }
    if (value instanceof String || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof TemporalAccessor || value instanceof java.time.temporal.TemporalAmount) {
      return value.toString();
    }
    if (value instanceof Collection<?> c) {
      List<Object> list = new ArrayList<>();
      c.forEach(v -> list.add(plain(v)));
      return list;
    }
    if (value instanceof Map<?, ?> m) {
      Map<String, Object> map = new TreeMap<>();
      m.forEach((k, v) -> map.put(String.valueOf(plain(k)), plain(v)));
      return map;
    }
    if (value instanceof Record r) {
      RecordComponent[] components = r.getClass().getRecordComponents();
      if (components.length == 1 && components[0].getName().equals("value")) {
        return plain(get(r, components[0]));
      }
      Map<String, Object> map = new LinkedHashMap<>();
      for (RecordComponent c : components) {
        map.put(c.getName(), plain(get(r, c)));
      }
      return map;
    }
    return value.toString();
  }

  /** Readable text: {@code a=1, b=x} for a record or map, {@code x, y} for a list, "" for nothing. */
  static String text(Object value) {
    Object plain = plain(value);
    return textOf(plain);
  }

  private static String textOf(Object plain) {
    if (plain == null) {
      return "";
    }
    if (plain instanceof List<?> list) {
      return list.stream().map(Values::textOf).collect(Collectors.joining(", "));
    }
    if (plain instanceof Map<?, ?> map) {
      List<String> parts = new ArrayList<>();
      map.forEach((k, v) -> {
        String t = textOf(v);
        if (!t.isEmpty()) {
          parts.add(k + "=" + (v instanceof Map<?, ?> || v instanceof List<?> ? "[" + t + "]" : t));
        }
      });
      return String.join(", ", parts);
    }
    return plain.toString();
  }

  private static Object get(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (IllegalAccessException | InvocationTargetException e) {
      return "?";
    }
  }
}
