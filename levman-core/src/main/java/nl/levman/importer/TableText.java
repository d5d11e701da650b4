package nl.levman.importer;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A step table as read from its file, before any meaning is given to it: the header row and the
 * rows, each a list of cells, each cell its lines with their line numbers in the file.
 */
record TableText(Source source, Optional<String> title, Row header, List<Row> rows) {

  /** One line of a cell, with its number in the file. */
  record TextLine(int number, String text) {}

  /** One cell: the lines it spans in the file. */
  record Cell(List<TextLine> lines) {
    Cell {
      lines = List.copyOf(lines);
    }

    int line() {
      return lines.get(0).number();
    }

    /** The non-blank lines, stripped, joined by a space. */
    String flat() {
      return lines.stream().map(l -> Words.strip(l.text())).filter(t -> !t.isEmpty())
          .collect(Collectors.joining(" "));
    }

    boolean isBlank() {
      return flat().isEmpty();
    }
  }

  /** One row: its cells in the order of the file. */
  record Row(List<Cell> cells) {
    Row {
      cells = List.copyOf(cells);
    }

    int line() {
      return cells.get(0).line();
    }

    /** The cell in this column, or an empty one on the row's last line when the row is short. */
    Cell cell(int column) {
      if (column < cells.size()) {
        return cells.get(column);
      }
      int last = cells.get(cells.size() - 1).lines().stream().mapToInt(TextLine::number).max().orElse(line());
      return new Cell(List.of(new TextLine(last, "")));
    }
  }
}
