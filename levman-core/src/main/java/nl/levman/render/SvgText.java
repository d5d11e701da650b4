package nl.levman.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Text for SVG drawings without a font at hand: XML escaping, widths estimated from Helvetica's
 * (and so Arial's and Liberation Sans') advance widths with a safety margin, greedy word wrapping
 * into a fixed number of lines, and coordinates written the same on every machine.
 */
final class SvgText {
  /** Helvetica advance widths, in thousandths of an em, for the printable ASCII characters. */
  private static final int[] ASCII = {
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 … ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ … O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P … _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` … o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584 // p … ~
  };
  /** Other fonts of the stack (DejaVu Sans above all) run wider than Helvetica. */
  private static final double MARGIN = 1.08;

  private SvgText() {}

  /** Escapes text for an XML text node or a double- or single-quoted attribute. */
  static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n' -> out.append("&#10;");
        default -> {
          if (c < 0x20 && c != '\t') {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** The estimated width of the text at this font size, bold a little wider. */
  static double width(String text, double size, boolean bold) {
    double units = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      units += c >= 32 && c <= 126 ? ASCII[c - 32] : Character.isLetter(c) ? 580 : 620;
    }
    return units / 1000 * size * MARGIN * (bold ? 1.08 : 1.0);
  }

  /**
   * The text wrapped into at most {@code maxLines} lines no wider than {@code maxWidth}; text that
   * does not fit ends in an ellipsis. Whitespace runs, line breaks included, count as one space.
   */
  static List<String> wrap(String text, double maxWidth, double size, int maxLines) {
    List<String> lines = new ArrayList<>();
    String[] words = text.trim().split("\\s+");
    StringBuilder line = new StringBuilder();
    int i = 0;
    while (i < words.length && lines.size() < maxLines) {
      String word = words[i];
      String tried = line.length() == 0 ? word : line + " " + word;
      if (width(tried, size, false) <= maxWidth) {
        line.setLength(0);
        line.append(tried);
        i++;
      } else if (line.length() == 0) {
        int cut = fitting(word, maxWidth, size);
        lines.add(word.substring(0, cut));
        words[i] = word.substring(cut);
      } else {
        lines.add(line.toString());
        line.setLength(0);
      }
    }
    if (line.length() > 0 && lines.size() < maxLines) {
      lines.add(line.toString());
    }
    if (i < words.length && !lines.isEmpty()) {
      String last = lines.get(lines.size() - 1);
      while (!last.isEmpty() && width(last + " …", size, false) > maxWidth) {
        int space = last.lastIndexOf(' ');
        last = space > 0 ? last.substring(0, space) : last.substring(0, last.length() - 1);
      }
      lines.set(lines.size() - 1, strip(last) + "…");
    }
    return lines;
  }

  /** Whether the whole text fits in so many lines. */
  static boolean fits(String text, double maxWidth, double size, int maxLines) {
    List<String> lines = wrap(text, maxWidth, size, maxLines);
    return lines.isEmpty() || !lines.get(lines.size() - 1).endsWith("…") || text.trim().endsWith("…");
  }

  private static String strip(String text) {
    String t = text.strip();
    while (!t.isEmpty() && ",;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }

  private static int fitting(String word, double maxWidth, double size) {
    int n = 1;
    while (n < word.length() && width(word.substring(0, n + 1), size, false) <= maxWidth) {
      n++;
    }
    return n;
  }

  /** A coordinate: whole numbers without decimals, others with one, always with a dot. */
  static String num(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    if (rounded == Math.rint(rounded)) {
      return Long.toString((long) rounded);
    }
    return String.format(Locale.ROOT, "%.1f", rounded);
  }
}
