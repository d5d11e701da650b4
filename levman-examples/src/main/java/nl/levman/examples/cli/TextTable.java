package nl.levman.examples.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain-text table for terminals: columns sized to their content within a total width, the
 * widest shrunk first; cells either cut to their width with an ellipsis (one line per row) or
 * wrapped at word boundaries (long words broken) with a blank line between rows.
 */
final class TextTable {
  static final int DEFAULT_WIDTH = 120;
  private static final String GAP = "  ";
  private static final int LONG_WORD = 16;
  private final List<String> headers = new ArrayList<>();
  private final List<Integer> mins = new ArrayList<>();
  private final List<Integer> maxs = new ArrayList<>();
  private final List<Boolean> right = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();

  /** A column that shrinks to no less than {@code min} and grows to no more than {@code max}. */
  TextTable column(String header, int min, int max) {
    return add(header, min, max, false);
  }

  /** A right-aligned column (numbers). */
  TextTable number(String header) {
    return add(header, header.length(), 12, true);
  }

  private TextTable add(String header, int min, int max, boolean alignRight) {
    headers.add(header);
    mins.add(Math.max(1, min));
    maxs.add(Math.max(min, max));
    right.add(alignRight);
    return this;
  }

  TextTable row(String... cells) {
    return row(Arrays.asList(cells));
  }

  TextTable row(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException("a row needs " + headers.size() + " cells, not " + cells.size());
    }
    rows.add(cells.stream().map(c -> c == null ? "" : c).toList());
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  /** One line per row; a cell longer than its column is cut with an ellipsis. */
  String truncated(int width) {
    int[] w = widths(width, false);
    StringBuilder out = new StringBuilder();
    line(out, cut(headers, w), w);
    rule(out, w);
    for (List<String> row : rows) {
      line(out, cut(row, w), w);
    }
    return out.toString();
  }

  /** Cells wrapped into their column; rows spanning several lines are set apart by a blank line. */
  String wrapped(int width) {
    int[] w = widths(width, true);
    StringBuilder out = new StringBuilder();
    block(out, headers, w);
    rule(out, w);
    boolean spaced = rows.stream().anyMatch(r -> height(r, w) > 1);
    for (int i = 0; i < rows.size(); i++) {
      if (spaced && i > 0) {
        out.append('\n');
      }
      block(out, rows.get(i), w);
    }
    return out.toString();
  }

  private int height(List<String> row, int[] w) {
    int h = 1;
    for (int c = 0; c < w.length; c++) {
      h = Math.max(h, wrap(row.get(c), w[c]).size());
    }
    return h;
  }

  private void block(StringBuilder out, List<String> cells, int[] w) {
    List<List<String>> lines = new ArrayList<>();
    int h = 1;
    for (int c = 0; c < w.length; c++) {
      List<String> wrapped = wrap(cells.get(c), w[c]);
      lines.add(wrapped);
      h = Math.max(h, wrapped.size());
    }
    for (int i = 0; i < h; i++) {
      List<String> one = new ArrayList<>();
      for (List<String> cell : lines) {
        one.add(i < cell.size() ? cell.get(i) : "");
      }
      line(out, one, w);
    }
  }

  private void line(StringBuilder out, List<String> cells, int[] w) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < w.length; c++) {
      if (c > 0) {
        line.append(GAP);
      }
      String cell = cells.get(c);
      String pad = " ".repeat(Math.max(0, w[c] - cell.length()));
      line.append(right.get(c) ? pad + cell : cell + pad);
    }
    out.append(line.toString().stripTrailing()).append('\n');
  }

  private static void rule(StringBuilder out, int[] w) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < w.length; c++) {
      line.append(c > 0 ? GAP : "").append("-".repeat(w[c]));
    }
    out.append(line).append('\n');
  }

  private static List<String> cut(List<String> cells, int[] w) {
    List<String> cut = new ArrayList<>();
    for (int c = 0; c < w.length; c++) {
      cut.add(cut(cells.get(c), w[c]));
    }
    return cut;
  }

  /** The text on one line, cut to {@code width} with an ellipsis when longer. */
  static String cut(String text, int width) {
    String one = text.strip().replaceAll("\\s+", " ");
    if (one.length() <= width) {
      return one;
    }
    return width <= 1 ? "…" : one.substring(0, width - 1).stripTrailing() + "…";
  }

  /** The text's paragraphs wrapped at spaces into lines of at most {@code width}. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.strip().split("\\R")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.strip().split("\\s+")) {
        if (word.isEmpty()) {
          continue;
        }
        while (word.length() > width) {
          if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
          }
          lines.add(word.substring(0, width));
          word = word.substring(width);
        }
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (!word.isEmpty()) {
          line.append(line.length() > 0 ? " " : "").append(word);
        }
      }
      lines.add(line.toString());
    }
    return lines;
  }

  /** Each column's natural width, then the widest ones shrunk (not below their minimum) to fit. */
  private int[] widths(int width, boolean wrapping) {
    int n = headers.size();
    int[] natural = new int[n];
    int[] floor = new int[n];
    for (int c = 0; c < n; c++) {
      int most = length(headers.get(c), wrapping);
      for (List<String> row : rows) {
        most = Math.max(most, length(row.get(c), wrapping));
      }
      natural[c] = Math.max(1, Math.min(most, maxs.get(c)));
      // Wrapped, a column keeps room for its longer words (up to 16 characters) so that they stay whole.
      int words = wrapping ? Math.min(LONG_WORD, longestWord(c)) : 0;
      floor[c] = Math.min(natural[c], Math.max(mins.get(c), words));
    }
    int budget = Math.max(n, width - GAP.length() * (n - 1));
    if (sum(natural) <= budget) {
      return natural;
    }
    if (sum(floor) > budget) {
      // Narrower than the minimums allow: every column gives up its share, none below 1.
      int floors = sum(floor);
      for (int c = 0; c < n; c++) {
        floor[c] = Math.max(1, floor[c] * budget / floors);
      }
    }
    int cap = Arrays.stream(natural).max().orElse(1);
    while (cap > 0 && fitted(natural, floor, cap) > budget) {
      cap--;
    }
    int[] w = new int[n];
    for (int c = 0; c < n; c++) {
      w[c] = Math.max(floor[c], Math.min(natural[c], cap));
    }
    for (int c = 0, left = budget - sum(w); c < n && left > 0; c++) {
      if (w[c] < natural[c]) {
        w[c]++;
        left--;
      }
    }
    return w;
  }

  private static int fitted(int[] natural, int[] floor, int cap) {
    int total = 0;
    for (int c = 0; c < natural.length; c++) {
      total += Math.max(floor[c], Math.min(natural[c], cap));
    }
    return total;
  }

  private int longestWord(int column) {
    int most = 0;
    for (String word : headers.get(column).split("\\s+")) {
      most = Math.max(most, word.length());
    }
    for (List<String> row : rows) {
      for (String word : row.get(column).split("\\s+")) {
        most = Math.max(most, word.length());
      }
    }
    return most;
  }

  private static int length(String text, boolean wrapping) {
    if (!wrapping) {
      return text.strip().replaceAll("\\s+", " ").length();
    }
    int most = 0;
    for (String paragraph : text.split("\\R")) {
      most = Math.max(most, paragraph.strip().length());
    }
    return most;
  }

  private static int sum(int[] values) {
    return Arrays.stream(values).sum();
  }

  /** The width to fit: the one given, else $COLUMNS when the shell exports it, else the default. */
  static int width(Integer given, int fallback) {
    if (given != null) {
      return given;
    }
    String columns = System.getenv("COLUMNS");
    if (columns != null && columns.matches("\\d{2,4}") && Integer.parseInt(columns) >= 40) {
      return Integer.parseInt(columns);
    }
    return fallback;
  }
}
