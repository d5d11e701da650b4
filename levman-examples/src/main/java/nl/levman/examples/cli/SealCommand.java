package nl.levman.examples.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Seals the history: signs the head of every instance that moved since the last seal, with the
 * host's key, into the seal folder. Creates no table; writes only the seal.
 */
@Command(name = "seal", mixinStandardHelpOptions = true,
    description = "Seals the heads of the histories into the seal folder, signed with the seal key.",
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {"0:sealed, or nothing moved since the last seal", ExitCodes.USAGE_LINE, ExitCodes.STORE_LINE,
        ExitCodes.FAILED_LINE})
public final class SealCommand implements Callable<Integer> {
  @Mixin Options options;
  @Mixin SealOptions sealing;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (sealing.keyFile == null) {
      throw CliException.user("seal needs the key: give it with --seal-key-file");
    }
    sealing.key(); // an unreadable key is the user's to fix, before anything is opened
    try (Wiring wiring = options.read(true)) {
      int heads;
      try {
        heads = sealing.wire(wiring.builder(Clock.systemUTC()), options.data).build().seal();
      } catch (RuntimeException e) {
        throw CliException.failed("could not seal: " + ErrorHandling.firstMessage(e), e);
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(heads == 0 ? "nothing moved since the last seal"
          : "sealed " + heads + " instance head(s) into " + sealing.folder(options.data).toAbsolutePath());
      out.flush();
      return ExitCodes.OK;
    }
  }
}
