package nl.levman.examples.demo;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import nl.levman.examples.cli.LevmanCli;
import picocli.CommandLine;

/** Runs the levman program in-process, as {@code main} does, and keeps what it printed. */
record DemoRun(int exit, String out, String err) {
  static DemoRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new LevmanCli());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new DemoRun(exit, out.toString(), err.toString());
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  @Override
  public String toString() {
    return "exit " + exit + "\n--- out\n" + out + "--- err\n" + err;
  }
}
