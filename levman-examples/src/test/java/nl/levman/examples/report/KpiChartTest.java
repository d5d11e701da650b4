package nl.levman.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The KPI chart: well-formed SVG with its axes, periods, values, lines and legend. */
class KpiChartTest {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  @Test
  void isWellFormedWithAxesPeriodsValuesAndLegendInDutch() throws Exception {
    KpiChart chart = SamplePage.availability();
    String svg = chart.svg(Labels.dutch());
    List<String> texts = texts(svg);
    assertThat(texts).contains("Beschikbaarheid \u2014 Acme BV", "Beschikbaarheid (%)", "periode", "hoger is beter",
        "gemeten", "norm 99,80%", "waarschuwingsgrens 99,50%", "binnen waarschuwingsband", "norm overschreden");
    for (int month = 1; month <= 12; month++) {
      assertThat(texts).contains(String.format("2026-%02d", month));
    }
    assertThat(texts).contains("99,91", "99,62", "99,31", "99,80", "99,49", "99,97");
    assertThat(texts).as("y-axis ticks").contains("99,2", "99,6", "100,0");
  }

  @Test
  void writesEnglishNumbersAndWords() throws Exception {
    List<String> texts = texts(SamplePage.resolution().svg(Labels.english()));
    assertThat(texts).contains("P1-oplostijd (uur)", "period", "lower is better", "measured", "target 4.0\u00a0uur",
        "warning threshold 6.0\u00a0uur", "within warning band", "breach", "3.5", "5.3", "6.5");
    assertThat(texts).contains("2026-01", "2026-06");
  }

  @Test
  void marksEachPointByItsState() {
    KpiChart chart = SamplePage.availability();
    assertThat(chart.state(new BigDecimal("99.80"))).isEqualTo(KpiChart.State.MET);
    assertThat(chart.state(new BigDecimal("99.79"))).isEqualTo(KpiChart.State.WARNING);
    assertThat(chart.state(new BigDecimal("99.50"))).isEqualTo(KpiChart.State.WARNING);
    assertThat(chart.state(new BigDecimal("99.49"))).isEqualTo(KpiChart.State.BREACH);
    KpiChart lower = SamplePage.resolution();
    assertThat(lower.state(new BigDecimal("4"))).isEqualTo(KpiChart.State.MET);
    assertThat(lower.state(new BigDecimal("6"))).isEqualTo(KpiChart.State.WARNING);
    assertThat(lower.state(new BigDecimal("6.01"))).isEqualTo(KpiChart.State.BREACH);
    String svg = chart.svg(Labels.dutch());
    assertThat(svg).contains("<title>2026-05: 99,31% \u2014 overschreden</title>",
        "<title>2026-03: 99,62% \u2014 waarschuwing</title>", "<title>2026-01: 99,91% \u2014 gehaald</title>");
  }

  @Test
  void slantsThePeriodsWhenTheyDoNotFitAndStillShowsThemAll() throws Exception {
    KpiChart.Builder b = KpiChart.builder("Klanttevredenheid", "Bolt & Co <IT>").target(7.5).warning(7).size(480, 300);
    for (int i = 0; i < 36; i++) {
      b.point(String.format("%d-%02d", 2026 + i / 12, i % 12 + 1), 6.5 + (i % 7) * 0.25);
    }
    String svg = b.build().svg(Labels.dutch());
    List<String> texts = texts(svg);
    assertThat(texts).contains("Klanttevredenheid \u2014 Bolt & Co <IT>", "2026-01", "2028-12");
    assertThat(svg).contains("rotate(-45");
  }

  @Test
  void isTheSameEveryTimeAndRefersToNothingOutside() {
    String svg = SamplePage.availability().svg(Labels.dutch());
    assertThat(svg).isEqualTo(SamplePage.availability().svg(Labels.dutch()));
    assertThat(svg.replace("xmlns=\"" + SVG_NS + "\"", "").toLowerCase(Locale.ROOT))
        .doesNotContain("http").doesNotContain("//").doesNotContain("href");
  }

  @Test
  void refusesAThresholdOnTheGoodSideOfTheTarget() {
    assertThatThrownBy(() -> KpiChart.builder("Beschikbaarheid", "Acme").target(99.5).warning(99.8)
        .point("2026-01", 99.9).build()).hasMessageContaining("bad side of the target");
    assertThatThrownBy(() -> KpiChart.builder("Beschikbaarheid", "Acme").target(99.5).warning(99)
        .build()).hasMessageContaining("at least one measured value");
    assertThatThrownBy(() -> KpiChart.builder("Beschikbaarheid", "Acme").target(99.5).warning(99)
        .point("2026-01", 99).point("2026-01", 98).build()).hasMessageContaining("2026-01");
  }

  @Test
  void niceStepsAreOneTwoTwoAndAHalfOrFive() {
    assertThat(KpiChart.nice(0.07)).isEqualByComparingTo("0.1");
    assertThat(KpiChart.nice(0.13)).isEqualByComparingTo("0.2");
    assertThat(KpiChart.nice(0.21)).isEqualByComparingTo("0.25");
    assertThat(KpiChart.nice(3.2)).isEqualByComparingTo("5");
    assertThat(KpiChart.nice(7)).isEqualByComparingTo("10");
  }

  static List<String> texts(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Element root = f.newDocumentBuilder().parse(new InputSource(new StringReader(svg))).getDocumentElement();
    assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
    assertThat(root.getLocalName()).isEqualTo("svg");
    NodeList list = root.getElementsByTagNameNS(SVG_NS, "text");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      texts.add(list.item(i).getTextContent());
    }
    return texts;
  }
}
