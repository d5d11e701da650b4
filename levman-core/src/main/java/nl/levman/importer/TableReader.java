package nl.levman.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the rows and cells of a step table from its text, in either form: the handbook's text
 * export (Word's: every cell starts on a line led by a tab, a cell's further lines follow without
 * one) or a Markdown table ({@code | 5. | Leverancier | … |}, {@code <br>} between a cell's
 * lines). Lines before the header are ignored, as is everything after a Markdown table.
 */
final class TableReader {
  private static final Pattern CELL_START = Pattern.compile("^[ \\u00a0]*\\t(.*)$");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,4}\\.?");

  private TableReader() {}

  static Optional<TableText> read(Source source, Problems problems) {
    String[] lines = source.text().split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (MarkdownTable.isHeader(lines[i])) {
        return MarkdownTable.read(source, lines, i, problems);
      }
      if (Words.key(lines[i]).equals("stap")) {
        return Optional.of(export(source, lines, i));
      }
    }
    problems.error(source.name(), 1, "not a step table: no header row was found; " + Columns.SHAPE);
    return Optional.empty();
  }

  /** The text export: a cell starts at a tab-led line; the header is the cells before the first step number. */
  private static TableText export(Source source, String[] lines, int header) {
    List<List<TableText.TextLine>> cells = new ArrayList<>();
    cells.add(new ArrayList<>(List.of(new TableText.TextLine(header + 1, Words.strip(lines[header])))));
    for (int i = header + 1; i < lines.length; i++) {
      var start = CELL_START.matcher(lines[i]);
      if (start.matches()) {
        cells.add(new ArrayList<>(List.of(new TableText.TextLine(i + 1, start.group(1)))));
      } else {
        cells.get(cells.size() - 1).add(new TableText.TextLine(i + 1, lines[i]));
      }
    }
    List<TableText.Cell> headerCells = new ArrayList<>();
    List<List<TableText.Cell>> rows = new ArrayList<>();
    for (List<TableText.TextLine> text : cells) {
      TableText.Cell cell = new TableText.Cell(text);
      if (isNumber(cell)) {
        rows.add(new ArrayList<>());
      }
      (rows.isEmpty() ? headerCells : rows.get(rows.size() - 1)).add(cell);
    }
    return new TableText(source, Optional.empty(), new TableText.Row(headerCells),
        rows.stream().map(TableText.Row::new).toList());
  }

  static boolean isNumber(TableText.Cell cell) {
    return NUMBER.matcher(cell.flat()).matches();
  }
}
