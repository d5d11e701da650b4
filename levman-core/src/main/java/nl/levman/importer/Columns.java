package nl.levman.importer;

import java.util.List;

/** The five columns of a handbook step table, and the check of a header row against them. */
final class Columns {
  static final List<String> NAMES = List.of("Stap", "Verantwoordelijke", "Omschrijving",
      "Document dat je nodig hebt tijdens het uitvoeren van deze processtap",
      "Plek waar je het resultaat van deze processtap archiveert");
  private static final List<String> STARTS = List.of("stap", "verantwoordelijke", "omschrijving", "document", "plek");
  static final String EXPECTED = "the columns " + String.join(", ", NAMES);
  static final String SHAPE = "expected a header row with " + EXPECTED
      + ", then one row per step (the handbook's text export, each cell led by a tab, or a Markdown table)";

  private Columns() {}

  /** Which of the five columns a header cell names, or -1. */
  static int of(String header) {
    String key = Words.key(header);
    for (int i = 0; i < STARTS.size(); i++) {
      if (i == 0 ? key.equals(STARTS.get(0)) : key.startsWith(STARTS.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Reports a header that lacks, misplaces or adds columns. */
  static void check(TableText.Row header, String source, Problems problems) {
    List<TableText.Cell> cells = header.cells();
    for (int i = 0; i < Math.max(cells.size(), NAMES.size()); i++) {
      if (i >= cells.size()) {
        problems.error(source, header.line(), "the header lacks the column '" + NAMES.get(i)
            + "'; expected " + EXPECTED);
        continue;
      }
      TableText.Cell cell = cells.get(i);
      int column = of(cell.flat());
      if (i >= NAMES.size()) {
        problems.error(source, cell.line(), "the header has a column too many, '" + Words.brief(cell.flat())
            + "'; expected " + EXPECTED);
      } else if (column != i) {
        problems.error(source, cell.line(), (column >= 0 ? "cells out of order: " : "")
            + "column " + (i + 1) + " of the header is '" + Words.brief(cell.flat()) + "'; expected '"
            + NAMES.get(i) + "'");
      }
    }
  }
}
