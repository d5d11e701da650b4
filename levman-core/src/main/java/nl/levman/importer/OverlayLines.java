package nl.levman.importer;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * The line of every key of a JSON text that has already been parsed, by its path ({@code
 * steps.15.behaviour}; list items by index, {@code steps.8.forEach.body.0}), so that a problem in
 * an overlay names its line.
 */
final class OverlayLines {
  private final Map<String, Integer> lines = new HashMap<>();

  private OverlayLines() {}

  static OverlayLines of(String json) {
    OverlayLines found = new OverlayLines();
    Deque<String> paths = new ArrayDeque<>();
    Deque<int[]> indexes = new ArrayDeque<>();
    String key = null;
    int line = 1;
    boolean expectKey = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '\n') {
        line++;
      } else if (c == '"') {
        int end = i + 1;
        StringBuilder text = new StringBuilder();
        while (end < json.length() && json.charAt(end) != '"') {
          if (json.charAt(end) == '\\') {
            end++;
          }
          text.append(json.charAt(Math.min(end, json.length() - 1)));
          end++;
        }
        if (expectKey) {
          key = text.toString();
          found.lines.put(join(paths.peek(), key), line);
          expectKey = false;
        } else if (!indexes.isEmpty() && indexes.peek()[0] >= 0) {
          found.lines.putIfAbsent(join(paths.peek(), Integer.toString(indexes.peek()[0])), line);
        }
        i = end;
      } else if (c == '{' || c == '[') {
        String path = paths.isEmpty() ? "" : join(paths.peek(), memberName(key, indexes));
        found.lines.putIfAbsent(path, line);
        paths.push(path);
        indexes.push(new int[] {c == '[' ? 0 : -1});
        expectKey = c == '{';
        key = null;
      } else if (c == '}' || c == ']') {
        paths.pop();
        indexes.pop();
      } else if (c == ',') {
        if (!indexes.isEmpty() && indexes.peek()[0] >= 0) {
          indexes.peek()[0]++;
        } else {
          expectKey = true;
        }
      } else if (!Character.isWhitespace(c) && c != ':' && !indexes.isEmpty() && indexes.peek()[0] >= 0) {
        found.lines.putIfAbsent(join(paths.peek(), Integer.toString(indexes.peek()[0])), line);
      }
    }
    return found;
  }

  private static String memberName(String key, Deque<int[]> indexes) {
    return !indexes.isEmpty() && indexes.peek()[0] >= 0 ? Integer.toString(indexes.peek()[0]) : key;
  }

  private static String join(String path, String key) {
    return path == null || path.isEmpty() ? String.valueOf(key) : path + "." + key;
  }

  /** The line of the path, or of the nearest enclosing path that has one; 1 if none. */
  int line(String path) {
    String p = path;
    while (true) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      int dot = p.lastIndexOf('.');
      if (dot < 0) {
        return lines.getOrDefault(p, 1);
      }
      p = p.substring(0, dot);
    }
  }
}
