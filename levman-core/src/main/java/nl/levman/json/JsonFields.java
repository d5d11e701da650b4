package nl.levman.json;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.model.LevmanException;

/**
 * Reads the fields of a parsed JSON object by type, with the path of the field in every message:
 * a field that is missing or of the wrong type is a {@link LevmanException} that names it. No
 * casting of unchecked values anywhere else.
 */
public final class JsonFields {
  private final Map<String, Object> object;
  private final String path;

  private JsonFields(Map<String, Object> object, String path) {
    this.object = object;
    this.path = path;
  }

  /** The fields of a JSON object text; a malformed text names line and column. */
  public static JsonFields parse(String text) {
    return new JsonFields(Json.parseObject(text), "");
  }

  /** The items of a JSON list text, each an object. */
  public static List<JsonFields> parseList(String text) {
    Object parsed = Json.parse(text);
    if (!(parsed instanceof List<?> list)) {
      throw new LevmanException("expected a JSON list");
    }
    return objects(list, "");
  }

  private String at(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private Object required(String key) {
    Object v = object.get(key);
    if (v == null) {
      throw new LevmanException("field '" + at(key) + "' is missing");
    }
    return v;
  }

  private LevmanException wrong(String key, String expected) {
    return new LevmanException("field '" + at(key) + "' must be " + expected);
  }

  public boolean has(String key) {
    return object.get(key) != null;
  }

  public String text(String key) {
    if (!(required(key) instanceof String s)) {
      throw wrong(key, "text");
    }
    return s;
  }

  public Optional<String> optionalText(String key) {
    return has(key) ? Optional.of(text(key)) : Optional.empty();
  }

  public long whole(String key) {
    if (!(required(key) instanceof Long n)) {
      throw wrong(key, "a whole number");
    }
    return n;
  }

  /** A whole number within the bounds, inclusive. */
  public int whole(String key, int min, int max) {
    long n = whole(key);
    if (n < min || n > max) {
      throw wrong(key, "a whole number from " + min + " to " + max + ", not " + n);
    }
    return (int) n;
  }

  public BigDecimal decimal(String key) {
    Object v = required(key);
    if (v instanceof Long n) {
      return BigDecimal.valueOf(n);
    }
    if (v instanceof BigDecimal d) {
      if (Math.abs(d.scale()) > 100 || d.precision() > 100) {
        throw wrong(key, "a number of at most 100 digits");
      }
      return d;
    }
    throw wrong(key, "a number");
  }

  public LocalDate date(String key) {
    try {
      return LocalDate.parse(text(key));
    } catch (DateTimeException e) {
      throw wrong(key, "a date (yyyy-mm-dd)");
    }
  }

  public JsonFields object(String key) {
    return new JsonFields(map(required(key), at(key)), at(key));
  }

  public List<JsonFields> objects(String key) {
    if (!(required(key) instanceof List<?> list)) {
      throw wrong(key, "a list");
    }
    return objects(list, at(key));
  }

  public List<String> texts(String key) {
    if (!has(key)) {
      return List.of();
    }
    if (!(object.get(key) instanceof List<?> list)) {
      throw wrong(key, "a list of text");
    }
    List<String> out = new ArrayList<>();
    for (Object o : list) {
      if (!(o instanceof String s)) {
        throw wrong(key, "a list of text");
      }
      out.add(s);
    }
    return out;
  }

  /** The keys of this object, in their order. */
  public List<String> keys() {
    return List.copyOf(object.keySet());
  }

  private static List<JsonFields> objects(List<?> list, String path) {
    List<JsonFields> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      out.add(new JsonFields(map(list.get(i), path + "[" + i + "]"), path + "[" + i + "]"));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value, String path) {
    if (!(value instanceof Map<?, ?>)) {
      throw new LevmanException("field '" + path + "' must be an object");
    }
    return (Map<String, Object>) value;
  }
}
