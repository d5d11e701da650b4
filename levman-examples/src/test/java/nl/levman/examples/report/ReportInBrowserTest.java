package nl.levman.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample report opened in a real browser, headless Chromium, with every host name made
 * unresolvable: it draws (a screenshot with something on it), its DOM still holds the drawings, and
 * Chromium's network log shows that the page asked for nothing outside itself. A page that does
 * refer outside is caught the same way, so the check is known to work. Skipped, with a message,
 * when Chromium is not installed, unless {@code CI=true}: then it must run. The screenshot is kept
 * in {@code target/report-check/}.
 */
class ReportInBrowserTest {
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 2000;

  @TempDir static Path dir;
  static Chromium chromium;

  @BeforeAll
  static void findChromium() {
    chromium = Chromium.required("ReportInBrowserTest", dir);
  }

  @Test
  void theReportDrawsOfflineAndAsksForNothingOutsideItself() throws Exception {
    Path page = dir.resolve("report.html");
    Files.writeString(page, SamplePage.html(Labels.dutch()), StandardCharsets.UTF_8);

    BufferedImage image = chromium.screenshot(page, WIDTH, HEIGHT, "screenshot");
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);
    assertThat(Chromium.colours(image)).as("colours in the screenshot").isGreaterThan(64);
    Path kept = Path.of("target/report-check");
    Files.createDirectories(kept);
    ImageIO.write(image, "png", kept.resolve("report.png").toFile());
    Files.copy(page, kept.resolve("report.html"), StandardCopyOption.REPLACE_EXISTING);

    Chromium.Loaded loaded = chromium.load(page, "dump-dom");
    assertThat(loaded.dom()).contains("Levman-rapportage", "Beschikbaarheid \u2014 Acme BV", "per periode",
        "per leverancier", "verlenging-einde-contract");
    assertThat(loaded.dom().split("<svg", -1).length - 1).as("drawings in the DOM").isGreaterThanOrEqualTo(4);
    assertThat(loaded.requests()).as("requests the page made").isEmpty();
  }

  @Test
  void theNetworkCheckCatchesAPageThatRefersOutside() throws Exception {
    Path page = dir.resolve("outside.html");
    Files.writeString(page, "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"https://levman.invalid/a.css\">"
        + "</head><body><p>x</p><img src=\"http://levman.invalid/b.png\"></body></html>", StandardCharsets.UTF_8);
    assertThat(chromium.load(page, "control").requests())
        .contains("https://levman.invalid/a.css", "http://levman.invalid/b.png");
  }
}
