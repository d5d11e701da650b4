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
   * amount is right-aligned; a row shorter than the header is padded with empty cells.
   */
  public static String table(List<String> headers, List<List<String>> rows) {
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
    for (List<String> row : rows) {
      h.append("<tr>");
      for (int c = 0; c < headers.size(); c++) {
        h.append(numeric[c] ? "<td class=\"num\">" : "<td>").append(esc(cell(row, c))).append("</td>");
      }
      h.append("</tr>\n");
    }
    return h.append("</tbody>\n</table>\n").toString();
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
