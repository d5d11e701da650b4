package nl.levman.fs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.levman.spi.GeneratedContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document is streamed from the host's file into the archive and hashed on the way, never held
 * in memory: a JVM with a 64 MiB heap archives 200 MiB through the engine and audits it.
 */
class LargeDocumentTest {
  static final long SIZE = 200L * 1024 * 1024;

  @Test
  void aJvmWithA64MibHeapArchivesAndAuditsA200MibDocument(@TempDir Path uploads, @TempDir Path root)
      throws Exception {
    Path file = uploads.resolve("dap-signed.pdf");
    try (InputStream in = GeneratedContent.of(SIZE); OutputStream out = Files.newOutputStream(file)) {
      in.transferTo(out);
    }
    Path log = uploads.resolve("child.log");
    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx64m", "-cp", System.getProperty("java.class.path"), LargeDocumentChild.class.getName(),
        root.toString(), file.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean ended = child.waitFor(10, TimeUnit.MINUTES);
    if (!ended) {
      child.destroyForcibly().waitFor();
    }
    String output = Files.readString(log);
    assertThat(ended).as("the child ended; it printed:%n%s", output).isTrue();
    assertThat(child.exitValue()).as("the child's exit; it printed:%n%s", output).isZero();
    assertThat(output).doesNotContain("OutOfMemoryError");
    Path archived = root.resolve("Contractregister/acme/sla-acme/dap-signed.pdf/v1/dap-signed.pdf");
    assertThat(Files.size(archived)).isEqualTo(SIZE);
    assertThat(Content.sha256(archived)).isEqualTo(GeneratedContent.sha256(SIZE));
    System.out.println(output.lines().filter(l -> l.startsWith("peak heap")).findFirst().orElse(""));
  }
}
