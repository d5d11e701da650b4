package nl.levman.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.levman.model.Target;

/**
 * Reads the values of a parsed overlay by type; a value of the wrong type, or a key the overlay
 * format does not have, is a problem on the overlay's line, and reading goes on so that every
 * problem is reported. An absent value reads as empty.
 */
final class JsonValues {
  private final String source;
  private final OverlayLines lines;
  private final Problems problems;

  JsonValues(String source, OverlayLines lines, Problems problems) {
    this.source = source;
    this.lines = lines;
    this.problems = problems;
  }

  void error(String path, String message) {
    problems.error(source, lines.line(path), path + ": " + message);
  }

  int line(String path) {
    return lines.line(path);
  }

  String source() {
    return source;
  }

  /** Reports every key that is not allowed here; "note" is allowed everywhere, as a comment. */
  void onlyKeys(Map<String, Object> object, String path, Set<String> allowed) {
    for (String key : object.keySet()) {
      if (!allowed.contains(key) && !key.equals("note")) {
        error(path.isEmpty() ? key : path + "." + key, "not part of the overlay format; expected one of "
            + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  @SuppressWarnings("unchecked")
  Optional<Map<String, Object>> object(Object value, String path) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Map<?, ?> map) {
      return Optional.of((Map<String, Object>) map);
    }
    error(path, "expected an object {…}");
    return Optional.empty();
  }

  Optional<String> text(Object value, String path) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof String s && !s.isBlank()) {
      return Optional.of(s);
    }
    error(path, "expected a text");
    return Optional.empty();
  }

  Optional<Boolean> bool(Object value, String path) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Boolean b) {
      return Optional.of(b);
    }
    error(path, "expected true or false");
    return Optional.empty();
  }

  /** A whole number from 1. */
  Optional<Integer> number(Object value, String path) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Long n && n >= 1 && n <= 9999) {
      return Optional.of(n.intValue());
    }
    error(path, "expected a whole number from 1");
    return Optional.empty();
  }

  /** A step number, or "end". */
  Optional<Target> target(Object value, String path) {
    if ("end".equals(value)) {
      return Optional.of(Target.end());
    }
    if (value instanceof Long) {
      return number(value, path).map(Target::step);
    }
    if (value != null) {
      error(path, "expected a step number or \"end\"");
    }
    return Optional.empty();
  }

  List<Object> list(Object value, String path) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    error(path, "expected a list […]");
    return List.of();
  }

  List<String> texts(Object value, String path) {
    List<String> out = new ArrayList<>();
    List<Object> list = list(value, path);
    for (int i = 0; i < list.size(); i++) {
      text(list.get(i), path + "." + i).ifPresent(out::add);
    }
    return out;
  }

  List<Integer> numbers(Object value, String path) {
    List<Integer> out = new ArrayList<>();
    List<Object> list = list(value, path);
    for (int i = 0; i < list.size(); i++) {
      number(list.get(i), path + "." + i).ifPresent(out::add);
    }
    return out;
  }
}
