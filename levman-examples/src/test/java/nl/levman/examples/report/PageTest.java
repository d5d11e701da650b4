package nl.levman.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.levman.model.Language;
import org.junit.jupiter.api.Test;

/** The page needs nothing but itself; the HTML helpers escape; both languages have the same words. */
class PageTest {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  @Test
  void theSamplePageIsOneSelfContainedDocument() {
    String html = SamplePage.html(Labels.dutch());
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"nl\">")
        .contains("<meta charset=\"utf-8\">", "<title>Levman-rapportage</title>", "<style>",
            "Content-Security-Policy", "default-src &#39;none&#39;")
        .contains("Beschikbaarheid \u2014 Acme BV", "Service Level Management", "per leverancier")
        .endsWith("</html>\n");
    assertThat(html.toLowerCase(Locale.ROOT))
        .doesNotContain("<script")
        .doesNotContain("<link")
        .doesNotContain("<img")
        .doesNotContain("<iframe")
        .doesNotContain("@import")
        .doesNotContainPattern("url\\((?!#)")
        .doesNotContain("src=");
    String withoutNamespace = html.replace("xmlns=\"" + SVG_NS + "\"", "");
    assertThat(withoutNamespace).doesNotContain("http://").doesNotContain("https://").doesNotContain("//");
    Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (hrefs.find()) {
      assertThat(hrefs.group(1)).as("only links within the page").startsWith("#");
    }
  }

  @Test
  void theEnglishPageSaysSo() {
    String html = SamplePage.html(Labels.english());
    assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").contains("<title>Levman report</title>",
        "Periodic review of supplier-related risks", "per supplier", "€19,950.00", "measured", "Contents");
  }

  @Test
  void thePageEscapesItsTitleAndListsItsSections() {
    String html = Page.of(Labels.dutch(), "A & B <c>").subtitle("\"x\"")
        .section("een", "Eén & twee", Html.paragraph("<b>"))
        .section("twee", "Twee", "<p>ok</p>")
        .footer("")
        .render();
    assertThat(html).contains("<title>A &amp; B &lt;c&gt;</title>", "<h1>A &amp; B &lt;c&gt;</h1>",
        "<p class=\"subtitle\">&quot;x&quot;</p>", "<a href=\"#een\">Eén &amp; twee</a>",
        "<section id=\"een\">\n<h2>Eén &amp; twee</h2>\n<p>&lt;b&gt;</p>\n</section>", "<p>ok</p>")
        .doesNotContain("<footer>");
    assertThatThrownBy(() -> Page.of(Labels.dutch(), "x").section("1 x", "y", "")).hasMessageContaining("section id");
  }

  @Test
  void tablesEscapeTheirTextAndAlignNumbersRight() {
    String table = Html.table(List.of("Leverancier", "Aantal", "Bedrag"), List.of(
        List.of("Bolt & Co <IT>", "12", Money.euros(new java.math.BigDecimal("19950"), Language.NL)),
        List.of("Acme", "", "€ -1,00")));
    assertThat(table).contains("<th>Leverancier</th><th class=\"num\">Aantal</th><th class=\"num\">Bedrag</th>",
        "<td>Bolt &amp; Co &lt;IT&gt;</td><td class=\"num\">12</td><td class=\"num\">€\u00a019.950,00</td>",
        "<td>Acme</td><td class=\"num\"></td>");
    assertThat(Html.esc("'\"<>&")).isEqualTo("&#39;&quot;&lt;&gt;&amp;");
    assertThatThrownBy(() -> Html.table(List.of("a"), List.of(List.of("1", "2")))).hasMessageContaining("2 cells");
  }

  @Test
  void bothLanguagesHaveTheSameWords() {
    assertThat(Labels.english().keys()).isEqualTo(Labels.dutch().keys());
    assertThat(Labels.of(Language.NL)).isSameAs(Labels.dutch());
    assertThat(Labels.dutch().lang()).isEqualTo("nl");
    assertThat(Labels.english().locale().toLanguageTag()).isEqualTo("en-IE");
    assertThatThrownBy(() -> Labels.dutch().get("no.such")).hasMessageContaining("no.such");
  }
}
