package nl.levman.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Markdown form of a step table, as {@code levman describe --format markdown} writes it: an
 * optional {@code # title}, the header row, the separator row, one row per step; a cell's lines
 * are separated by {@code <br>} and a {@code |} inside a cell is written {@code \|}.
 */
final class MarkdownTable {
  private static final Pattern SEPARATOR = Pattern.compile("^\\s*\\|?(\\s*:?-{3,}:?\\s*\\|)+\\s*(:?-{3,}:?\\s*)?$");
  private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);

  private MarkdownTable() {}

  static boolean isHeader(String line) {
    if (!line.strip().startsWith("|")) {
      return false;
    }
    List<String> cells = split(line);
    return !cells.isEmpty() && Words.key(cells.get(0)).equals("stap");
  }

  static Optional<TableText> read(Source source, String[] lines, int header, Problems problems) {
    Optional<String> title = Optional.empty();
    for (int i = 0; i < header; i++) {
      if (lines[i].startsWith("# ")) {
        title = Optional.of(lines[i].substring(2).strip());
      }
    }
    if (header + 1 >= lines.length || !SEPARATOR.matcher(lines[header + 1]).matches()) {
      problems.error(source.name(), header + 2, "expected the separator row under the header, such as |---|---|---|---|---|");
      return Optional.empty();
    }
    List<TableText.Row> rows = new ArrayList<>();
    for (int i = header + 2; i < lines.length && lines[i].strip().startsWith("|"); i++) {
      rows.add(row(lines[i], i + 1));
    }
    return Optional.of(new TableText(source, title, row(lines[header], header + 1), rows));
  }

  private static TableText.Row row(String line, int number) {
    List<TableText.Cell> cells = new ArrayList<>();
    for (String cell : split(line)) {
      List<TableText.TextLine> lines = new ArrayList<>();
      for (String part : BREAK.split(cell.strip(), -1)) {
        lines.add(new TableText.TextLine(number, part));
      }
      cells.add(new TableText.Cell(lines));
    }
    return new TableText.Row(cells);
  }

  /** The cells between the row's pipes; {@code \|} is a pipe inside a cell. */
  static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    String s = line.strip();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (c == '|') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    if (s.startsWith("|")) {
      cells.remove(0);
    }
    if (s.endsWith("|") && !s.endsWith("\\|") && !cells.isEmpty()) {
      cells.remove(cells.size() - 1);
    }
    return cells;
  }
}
