package nl.levman.examples.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's Java is the example's source, and the example runs. */
class GettingStartedTest {

  @Test
  void theExampleStartsServiceLevelManagementAndCompletesItsFirstSteps() {
    assertThat(GettingStarted.run()).startsWith("process-started.v1", "step-opened.v1")
        .contains("step-completed.v1", "forked.v1", "levman.signatures-checked.v1");
  }

  @Test
  void theReadmeShowsTheExampleAsTheBuildCompilesIt() throws IOException {
    String source = Files.readString(Path.of("src/main/java/nl/levman/examples/start/GettingStarted.java"));
    int begin = source.indexOf("// README:begin\n") + "// README:begin\n".length();
    int end = source.indexOf("// README:end");
    String shown = source.substring(begin, end).stripIndent();
    assertThat(Files.readString(Path.of("../README.md"))).contains(shown);
  }
}
