package nl.levman.examples.report;

import static nl.levman.examples.report.Html.esc;

import java.util.ArrayList;
import java.util.List;

/**
 * A complete HTML document that needs nothing but itself: the styles are inline, drawings are
 * inline SVG, and there are no scripts, external fonts, images or links to other files. A content
 * security policy tells the browser to fetch nothing at all, so a page that is opened offline (or
 * mailed, or archived) looks the same as online. Print-friendly: A4 margins, no background, no
 * table or drawing split when it fits on a page.
 *
 * <pre>{@code
 * String html = Page.of(Labels.dutch(), "Levman-rapportage")
 *     .subtitle("Demo, 3 leveranciers, 2 jaar")
 *     .section("processen", "Processen", Html.figure(svg, "Service Level Management"))
 *     .render();
 * }</pre>
 */
public final class Page {
  private static final String CSS = String.join("\n",
      ":root{color-scheme:light}",
      "*{box-sizing:border-box}",
      "html{background:#eef2f6}",
      "body{margin:0;color:#1f2933;font:14px/1.5 'Segoe UI',Arial,'Liberation Sans','Helvetica Neue',Helvetica,sans-serif}",
      "main{max-width:1120px;margin:24px auto;padding:32px 44px 40px;background:#fff;border-radius:6px;"
          + "box-shadow:0 1px 3px rgba(15,23,42,.12)}",
      "header{border-bottom:3px solid #1f4e79;padding-bottom:12px;margin-bottom:8px}",
      "h1{margin:0;font-size:26px;line-height:1.25;color:#1f4e79;font-weight:700}",
      ".subtitle{margin:4px 0 0;color:#52606d}",
      "h2{margin:36px 0 12px;padding-bottom:4px;font-size:19px;color:#1f4e79;border-bottom:1px solid #d9e2ec}",
      "h3{margin:24px 0 8px;font-size:15px;color:#243b53}",
      "h4{margin:18px 0 6px;font-size:13px;color:#243b53}",
      "p{margin:8px 0}",
      "nav{margin:16px 0 0;padding:10px 16px;background:#f5f7fa;border-radius:6px;font-size:13px}",
      "nav strong{margin-right:8px;color:#52606d}",
      "nav a{color:#1f4e79;text-decoration:none;margin-right:16px}",
      "nav a:hover{text-decoration:underline}",
      "table{border-collapse:collapse;margin:8px 0 16px;font-size:13px}",
      "th,td{padding:6px 12px;text-align:left;vertical-align:top;border-bottom:1px solid #e4e7eb}",
      "th{background:#f0f4f8;color:#243b53;font-weight:600;border-bottom:2px solid #bcccdc}",
      "td{white-space:pre-line}",
      "table.facts th{background:none;border-bottom:1px solid #e4e7eb;font-weight:600;padding-right:24px}",
      "th.num,td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}",
      "tbody tr:nth-child(even) td{background:#fafbfc}",
      "tbody tr.alert td{background:#fdf0f0}",
      "tbody tr.alert td:first-child{box-shadow:inset 3px 0 0 #c53030}",
      ".keyfigures{display:flex;flex-wrap:wrap;gap:12px;margin:12px 0 20px}",
      ".keyfigure{flex:1 1 150px;padding:10px 14px;background:#f5f7fa;border-left:4px solid #1f4e79;border-radius:4px}",
      ".keyfigure .value{display:block;font-size:22px;font-weight:700;color:#1f4e79;white-space:nowrap;"
          + "font-variant-numeric:tabular-nums}",
      ".keyfigure .caption{color:#52606d;font-size:12px}",
      ".keyfigure.alert{border-left-color:#c53030}",
      ".keyfigure.alert .value{color:#c53030}",
      "p.note{color:#52606d;font-size:12px}",
      "figure{margin:12px 0 28px}",
      "figure svg{display:block;max-width:100%;height:auto}",
      "figcaption{margin-top:6px;color:#52606d;font-size:12px}",
      "footer{margin-top:40px;padding-top:8px;border-top:1px solid #e4e7eb;color:#7b8794;font-size:12px}",
      "@page{size:A4;margin:14mm}",
      "@media print{html{background:none}body{font-size:10.5pt}main{max-width:none;margin:0;padding:0;"
          + "box-shadow:none}nav{display:none}h2,h3,h4{break-after:avoid}table,figure{break-inside:avoid}"
          + "tbody tr:nth-child(even) td{background:none}}");
  private static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'";

  private final Labels labels;
  private final String title;
  private String subtitle = "";
  private String footer;
  private final List<String> blocks = new ArrayList<>();
  private final List<String[]> contents = new ArrayList<>();

  private Page(Labels labels, String title) {
    this.labels = labels;
    this.title = title;
    this.footer = labels.get("page.generatedBy");
  }

  /** An empty page in the labels' language with this title (the window title and the heading). */
  public static Page of(Labels labels, String title) {
    return new Page(labels, title);
  }

  /** A line under the heading. */
  public Page subtitle(String text) {
    this.subtitle = text;
    return this;
  }

  /** The text at the bottom; by default that the page was made with Levman and works offline. */
  public Page footer(String text) {
    this.footer = text;
    return this;
  }

  /** Adds a section with a heading, listed in the page's contents under its id. */
  public Page section(String id, String heading, String html) {
    if (!id.matches("[A-Za-z][A-Za-z0-9_-]*")) {
      throw new IllegalArgumentException("a section id is a letter, then letters, digits, - or _: " + id);
    }
    contents.add(new String[] {id, heading});
    blocks.add(Html.section(id, heading, html));
    return this;
  }

  /** Adds markup as it is. */
  public Page html(String html) {
    blocks.add(html);
    return this;
  }

  /** The whole document. */
  public String render() {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"").append(labels.lang()).append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(esc(POLICY)).append("\">\n")
        .append("<meta name=\"generator\" content=\"Levman\">\n")
        .append("<title>").append(esc(title)).append("</title>\n")
        .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n");
    h.append("<header>\n<h1>").append(esc(title)).append("</h1>\n");
    if (!subtitle.isEmpty()) {
      h.append("<p class=\"subtitle\">").append(esc(subtitle)).append("</p>\n");
    }
    h.append("</header>\n");
    if (contents.size() > 1) {
      h.append("<nav><strong>").append(esc(labels.get("page.contents"))).append("</strong>");
      for (String[] entry : contents) {
        h.append("<a href=\"#").append(esc(entry[0])).append("\">").append(esc(entry[1])).append("</a>");
      }
      h.append("</nav>\n");
    }
    blocks.forEach(h::append);
    if (!footer.isEmpty()) {
      h.append("<footer>").append(esc(footer)).append("</footer>\n");
    }
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  /** The page's style sheet, for hosts that embed the building blocks in a page of their own. */
  public static String css() {
    return CSS;
  }
}
