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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium for the report's browser checks: run with a fresh profile and every host name
 * made unresolvable; its network log tells which requests a page made. {@link #required} skips the
 * calling test class, with a message, when Chromium is not installed, unless {@code CI=true}: then
 * the check must run and the test fails.
 */
final class Chromium {
  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
      "google-chrome-stable");

  private final Path binary;
  private final Path dir;

  private Chromium(Path binary, Path dir) {
    this.binary = binary;
    this.dir = dir;
  }

  /** Chromium working in {@code dir}; skips (or, in CI, fails) the test when there is none. */
  static Chromium required(String test, Path dir) {
    Optional<Path> found = locate();
    if (found.isEmpty()) {
      String message = "no Chromium on the PATH (looked for " + NAMES + "); install it with"
          + " 'apt-get install chromium'";
      if ("true".equals(System.getenv("CI"))) {
        fail(message + ". CI=true requires the report's browser check.");
      }
      String skip = message + ". Skipping the report's browser check (CI=true would fail).";
      System.err.println("[" + test + "] " + skip);
      Assumptions.assumeTrue(false, skip);
    }
    return new Chromium(found.get(), dir);
  }

  /** A screenshot of the page's top {@code width} × {@code height} pixels. */
  BufferedImage screenshot(Path page, int width, int height, String name) throws IOException, InterruptedException {
    Path shot = dir.resolve(name + ".png");
    run(List.of("--hide-scrollbars", "--force-device-scale-factor=1", "--screenshot=" + shot,
        "--window-size=" + width + "," + height, page.toUri().toString()), name);
    assertThat(shot).exists();
    return javax.imageio.ImageIO.read(shot.toFile());
  }

  /** The page's DOM once loaded, and the URLs the page itself asked for (not file: or data:). */
  record Loaded(String dom, Set<String> requests) {}

  Loaded load(Path page, String name) throws IOException, InterruptedException {
    Path netLog = dir.resolve(name + ".netlog.json");
    String dom = run(List.of("--log-net-log=" + netLog, "--dump-dom", page.toUri().toString()), name);
    return new Loaded(dom, pageRequests(netLog));
  }

  /** Runs Chromium with a fresh profile and no name resolution; returns what it prints. */
  private String run(List<String> arguments, String name) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--disable-gpu", "--no-sandbox",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--user-data-dir=" + dir.resolve("profile-" + name),
        "--host-resolver-rules=MAP * ~NOTFOUND"));
    command.addAll(arguments);
    Path out = dir.resolve(name + ".out");
    Path err = dir.resolve(name + ".err");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium (" + name + ") did not finish within 180 s: " + Files.readString(err));
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

  /** How many different colours a sample of every third pixel holds. */
  static int colours(BufferedImage image) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }

  /** How many pixels have exactly this colour ({@code 0xRRGGBB}). */
  static int pixels(BufferedImage image, int rgb) {
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          n++;
        }
      }
    }
    return n;
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
