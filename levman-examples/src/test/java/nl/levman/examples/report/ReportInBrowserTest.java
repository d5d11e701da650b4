package nl.levman.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
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
  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
      "google-chrome-stable");
  private static final int WIDTH = 1280;
  private static final int HEIGHT = 2000;

  @TempDir static Path dir;
  static Path chromium;

  @BeforeAll
  static void findChromium() {
    Optional<Path> found = locate();
    if (found.isEmpty()) {
      String message = "no Chromium on the PATH (looked for " + NAMES + "); install it with"
          + " 'apt-get install chromium'";
      if ("true".equals(System.getenv("CI"))) {
        fail(message + ". CI=true requires the report's browser check.");
      }
      String skip = message + ". Skipping the report's browser check (CI=true would fail).";
      System.err.println("[ReportInBrowserTest] " + skip);
      Assumptions.assumeTrue(false, skip);
    }
    chromium = found.get();
  }

  @Test
  void theReportDrawsOfflineAndAsksForNothingOutsideItself() throws Exception {
    Path page = dir.resolve("report.html");
    Files.writeString(page, SamplePage.html(Labels.dutch()), StandardCharsets.UTF_8);

    Path shot = dir.resolve("report.png");
    run(List.of("--hide-scrollbars", "--force-device-scale-factor=1", "--screenshot=" + shot,
        "--window-size=" + WIDTH + "," + HEIGHT, page.toUri().toString()), "screenshot");
    assertThat(shot).exists();
    assertThat(Files.size(shot)).as("screenshot size").isGreaterThan(20_000);
    BufferedImage image = ImageIO.read(shot.toFile());
    assertThat(image.getWidth()).isEqualTo(WIDTH);
    assertThat(image.getHeight()).isEqualTo(HEIGHT);
    assertThat(colours(image)).as("colours in the screenshot").isGreaterThan(64);
    Path kept = Path.of("target/report-check");
    Files.createDirectories(kept);
    Files.copy(shot, kept.resolve("report.png"), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(page, kept.resolve("report.html"), StandardCopyOption.REPLACE_EXISTING);

    Path netLog = dir.resolve("report.netlog.json");
    String dom = run(List.of("--log-net-log=" + netLog, "--dump-dom", page.toUri().toString()), "dump-dom");
    assertThat(dom).contains("Levman-rapportage", "Beschikbaarheid \u2014 Acme BV", "per periode",
        "per leverancier", "verlenging-einde-contract");
    assertThat(dom.split("<svg", -1).length - 1).as("drawings in the DOM").isGreaterThanOrEqualTo(4);
    assertThat(pageRequests(netLog)).as("requests the page made").isEmpty();
  }

  @Test
  void theNetworkCheckCatchesAPageThatRefersOutside() throws Exception {
    Path page = dir.resolve("outside.html");
    Files.writeString(page, "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"https://levman.invalid/a.css\">"
        + "</head><body><p>x</p><img src=\"http://levman.invalid/b.png\"></body></html>", StandardCharsets.UTF_8);
    Path netLog = dir.resolve("outside.netlog.json");
    run(List.of("--log-net-log=" + netLog, "--dump-dom", page.toUri().toString()), "control");
    assertThat(pageRequests(netLog)).contains("https://levman.invalid/a.css", "http://levman.invalid/b.png");
  }

  /** Runs headless Chromium with a fresh profile and no name resolution; returns what it prints. */
  private static String run(List<String> arguments, String name) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--disable-gpu", "--no-sandbox",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--user-data-dir=" + dir.resolve("profile-" + name),
        "--host-resolver-rules=MAP * ~NOTFOUND"));
    command.addAll(arguments);
    Path out = dir.resolve(name + ".out");
    Path err = dir.resolve(name + ".err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium (" + name + ") did not finish within 120 s: " + Files.readString(err));
    }
    assertThat(p.exitValue()).as("Chromium (" + name + ") exit: " + Files.readString(err)).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** The URLs the page itself asked for (Chromium's own background requests have no file:// key). */
  private static Set<String> pageRequests(Path netLog) throws IOException {
    assertThat(netLog).as("Chromium's network log").exists();
    JsonNode log = new ObjectMapper().readTree(netLog.toFile());
    assertThat(log.path("events").isArray()).as("events in the network log").isTrue();
    Set<String> urls = new HashSet<>();
    for (JsonNode event : log.path("events")) {
      JsonNode params = event.path("params");
      String url = params.path("url").asText("");
      String key = params.path("network_isolation_key").asText("");
      if (!url.isEmpty() && key.contains("file://") && !url.startsWith("file:") && !url.startsWith("data:")) {
        urls.add(url);
      }
    }
    return urls;
  }

  private static int colours(BufferedImage image) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }

  private static Optional<Path> locate() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : NAMES) {
      for (String d : path.split(File.pathSeparator)) {
        Path candidate = Path.of(d.isEmpty() ? "." : d, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
