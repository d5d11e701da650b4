package nl.levman.examples;

import java.io.PrintWriter;
import java.io.StringWriter;
import nl.levman.examples.cli.LevmanCli;
import picocli.CommandLine;

/** Runs the levman program in-process and keeps what it printed. */
record Cli(int exit, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new LevmanCli());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Cli(exit, out.toString(), err.toString());
  }
}
