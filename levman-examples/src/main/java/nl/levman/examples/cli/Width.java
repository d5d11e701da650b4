package nl.levman.examples.cli;

import picocli.CommandLine.Option;

/** The {@code --width} of a command's table. */
public final class Width {
  @Option(names = "--width", paramLabel = "COLUMNS", converter = Converters.Columns.class,
      description = "width of the table in characters, 40 to 1000 (default: $COLUMNS if exported, else 120; 160 for history)")
  Integer width;

  int columns(int fallback) {
    return TextTable.width(width, fallback);
  }
}
