package nl.levman.examples.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A few HTML pieces, written as strings: escaped text, a table of text rows, a section with its
 * heading, a paragraph and a figure. Text passed in is escaped; parameters named {@code html} are
 * markup and are taken as they are.
 */
public final class Html {
  /** A cell that holds a number or an amount (digits, separators, signs, €, %) is right-aligned. */
  private static final Pattern NUMERIC = Pattern.compile("[-+−]?[€$£]?[\\s\\u00a0]?[-+−]?[0-9][0-9.,\\s\\u00a0]*%?");

  private Html() {}

  /** Escapes text for an element's content or a double- or single-quoted attribute value. */
  public static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A table with a header row and rows of text. A column whose filled cells all hold a number or an
   * amount is right-aligned; a row shorter than the header is padded with empty cells. A line break
   * in a cell's text is kept.
   */
  public static String table(List<String> headers, List<List<String>> rows) {
    return table(headers, rows, List.of());
  }

  /**
   * A table as {@link #table(List, List)}, whose rows carry the classes given, in order (an empty
   * string or a missing one for none), such as {@code alert} for work past its due date.
   */
  public static String table(List<String> headers, List<List<String>> rows, List<String> rowClasses) {
    for (List<String> row : rows) {
      if (row.size() > headers.size()) {
        throw new IllegalArgumentException("a row has " + row.size() + " cells, the header " + headers.size());
      }
    }
    StringBuilder h = new StringBuilder("<table>\n<thead><tr>");
    boolean[] numeric = new boolean[headers.size()];
    for (int c = 0; c < headers.size(); c++) {
      int column = c;
      List<String> filled = rows.stream().map(r -> cell(r, column)).filter(t -> !t.isBlank()).toList();
      numeric[c] = !filled.isEmpty() && filled.stream().allMatch(Html::isNumeric);
      h.append(numeric[c] ? "<th class=\"num\">" : "<th>").append(esc(headers.get(c))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < rows.size(); r++) {
      String rowClass = r < rowClasses.size() ? rowClasses.get(r) : "";
      h.append(rowClass.isEmpty() ? "<tr>" : "<tr class=\"" + esc(rowClass) + "\">");
      for (int c = 0; c < headers.size(); c++) {
        h.append(numeric[c] ? "<td class=\"num\">" : "<td>").append(esc(cell(rows.get(r), c))).append("</td>");
      }
      h.append("</tr>\n");
    }
    return h.append("</tbody>\n</table>\n").toString();
  }

  /** Facts as rows of a name and its value, without a header row. */
  public static String facts(List<List<String>> rows) {
    StringBuilder h = new StringBuilder("<table class=\"facts\">\n<tbody>\n");
    for (List<String> row : rows) {
      if (row.size() != 2) {
        throw new IllegalArgumentException("a fact is a name and a value, not " + row.size() + " cells");
      }
      h.append("<tr><th scope=\"row\">").append(esc(row.get(0))).append("</th><td>").append(esc(row.get(1)))
          .append("</td></tr>\n");
    }
    return h.append("</tbody>\n</table>\n").toString();
  }

  /** A number to take in at a glance, with what it counts; {@code alert} draws attention to it. */
  public record KeyFigure(String value, String caption, boolean alert) {}

  /** Key figures side by side, each a large value over its caption. */
  public static String keyFigures(List<KeyFigure> figures) {
    StringBuilder h = new StringBuilder("<div class=\"keyfigures\">\n");
    for (KeyFigure f : figures) {
      h.append(f.alert() ? "<div class=\"keyfigure alert\">" : "<div class=\"keyfigure\">")
          .append("<span class=\"value\">").append(esc(f.value())).append("</span><span class=\"caption\">")
          .append(esc(f.caption())).append("</span></div>\n");
    }
    return h.append("</div>\n").toString();
  }

  /** A paragraph in a smaller, quieter type: how to read what is next to it. */
  public static String note(String text) {
    return "<p class=\"note\">" + esc(text) + "</p>\n";
  }

  /** A section with an id (for the table of contents), a heading and its content. */
  public static String section(String id, String heading, String html) {
    return "<section id=\"" + esc(id) + "\">\n<h2>" + esc(heading) + "</h2>\n" + html + "</section>\n";
  }

  /** A section with a heading and its content. */
  public static String section(String heading, String html) {
    return "<section>\n<h2>" + esc(heading) + "</h2>\n" + html + "</section>\n";
  }

  /** A sub-heading. */
  public static String subheading(String text) {
    return "<h3>" + esc(text) + "</h3>\n";
  }

  /** A heading under a sub-heading. */
  public static String minorHeading(String text) {
    return "<h4>" + esc(text) + "</h4>\n";
  }

  /** A paragraph of text. */
  public static String paragraph(String text) {
    return "<p>" + esc(text) + "</p>\n";
  }

  /** A drawing (inline SVG markup) with a caption under it; no caption when it is empty. */
  public static String figure(String svgHtml, String caption) {
    return "<figure>\n" + svgHtml.strip() + "\n"
        + (caption.isEmpty() ? "" : "<figcaption>" + esc(caption) + "</figcaption>\n") + "</figure>\n";
  }

  static boolean isNumeric(String text) {
    return !text.isBlank() && NUMERIC.matcher(text.strip()).matches();
  }

  private static String cell(List<String> row, int c) {
    return c < row.size() ? row.get(c) : "";
  }
}
