package nl.levman.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import nl.levman.examples.cli.LevmanCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The report of a small demo (two suppliers, one year) opened in headless Chromium with every host
 * name unresolvable: the page asks for nothing outside itself, and both the KPI charts and the
 * process diagrams are drawn — the whole page's screenshot holds the charts' shaded warning band
 * and breach zone and the diagrams' role badges and gate diamonds, colours nothing else on the page
 * uses. The top of the page is kept as {@code target/report-check/demo-report.png}. Skipped, with a
 * message, when Chromium is not installed, unless {@code CI=true}.
 */
class DemoReportInBrowserTest {
  private static final int WIDTH = 1280;
  /** Tall enough for the whole page of two suppliers over one year. */
  private static final int PAGE_HEIGHT = 20_000;
  private static final int KEPT_HEIGHT = 2_400;
  private static final int BACKGROUND = 0xeef2f6;
  private static final int CHART_WARNING_BAND = 0xfdf6e3;
  private static final int CHART_BREACH_ZONE = 0xfdeded;
  private static final int DIAGRAM_ROLE_BADGE = 0xe3ebf5;
  private static final int DIAGRAM_GATE = 0xb7791f;

  @TempDir static Path dir;
  static Chromium chromium;
  static Path report;

  @BeforeAll
  static void runASmallDemo() {
    chromium = Chromium.required("DemoReportInBrowserTest", dir);
    Path data = dir.resolve("data");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new LevmanCli());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute("demo", "--suppliers", "2", "--years", "1", "--data", data.toString());
    assertThat(exit).as(out + "\n" + err).isZero();
    report = data.resolve("report.html");
    assertThat(report).exists();
  }

  @Test
  void asksForNothingOutsideItselfAndHoldsEveryDrawing() throws Exception {
    Chromium.Loaded loaded = chromium.load(report, "demo-dom");
    assertThat(loaded.requests()).as("requests the page made").isEmpty();
    assertThat(loaded.dom()).contains("Levman-rapportage", "Leverancier acme", "Leverancier globex",
        "Beschikbaarheid \u2014 acme", "Openstaand werk", "te laat", "Periodieke risicoreview",
        "Verlenging of einde contract (proces 8)", "Service Level Management");
    assertThat(loaded.dom().split("<svg", -1).length - 1).as("three KPI charts per supplier and three diagrams")
        .isEqualTo(9);
  }

  @Test
  void drawsTheChartsAndTheDiagrams() throws Exception {
    BufferedImage page = chromium.screenshot(report, WIDTH, PAGE_HEIGHT, "demo-page");
    for (int y = PAGE_HEIGHT - 40; y < PAGE_HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x += 16) {
        assertThat(page.getRGB(x, y) & 0xffffff).as("the screenshot reaches past the end of the page").isEqualTo(BACKGROUND);
      }
    }
    assertThat(Chromium.pixels(page, CHART_WARNING_BAND)).as("the charts' warning bands").isGreaterThan(20_000);
    assertThat(Chromium.pixels(page, CHART_BREACH_ZONE)).as("the charts' breach zones").isGreaterThan(20_000);
    assertThat(Chromium.pixels(page, DIAGRAM_ROLE_BADGE)).as("the diagrams' role badges").isGreaterThan(5_000);
    assertThat(Chromium.pixels(page, DIAGRAM_GATE)).as("the diagrams' gate diamonds").isGreaterThan(500);

    BufferedImage top = page.getSubimage(0, 0, WIDTH, KEPT_HEIGHT);
    assertThat(Chromium.colours(top)).as("colours at the top of the page").isGreaterThan(64);
    assertThat(Chromium.pixels(top, CHART_BREACH_ZONE)).as("a chart at the top of the page").isGreaterThan(1_000);
    Path kept = Path.of("target/report-check");
    Files.createDirectories(kept);
    ImageIO.write(top, "png", kept.resolve("demo-report.png").toFile());
    Files.copy(report, kept.resolve("demo-report.html"), StandardCopyOption.REPLACE_EXISTING);
  }
}
