package nl.levman.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.levman.Levman;
import nl.levman.api.SealKey;
import nl.levman.fs.FileSystemSeals;
import nl.levman.model.LevmanException;
import picocli.CommandLine.Option;

/** Where the seals are and the key that signs them: the evidence kept apart from the database. */
public final class SealOptions {
  @Option(names = "--seal-key-file", paramLabel = "FILE",
      description = "a file holding the seal key (hex or Base64, at least 32 bytes); the database never holds it")
  public Path keyFile;

  @Option(names = "--seals", paramLabel = "DIR",
      description = "the seal folder (default: <data>/seals, beside the archive folder)")
  public Path folder;

  Path folder(Path data) {
    return folder != null ? folder : data.resolve("seals");
  }

  Optional<SealKey> key() {
    if (keyFile == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(SealKey.parse(Files.readString(keyFile)));
    } catch (java.nio.charset.CharacterCodingException e) {
      throw CliException.user("the seal key file " + keyFile.toAbsolutePath()
          + " is not text: write the key as hex or Base64 (for example: openssl rand -hex 32)");
    } catch (IOException e) {
      throw CliException.user("cannot read the seal key file " + keyFile.toAbsolutePath() + ": " + e.getMessage());
    } catch (LevmanException e) {
      throw CliException.user("the seal key file " + keyFile.toAbsolutePath() + " holds no usable key: " + e.getMessage());
    }
  }

  /** Adds the seal store and key to the engine when a key is given. */
  Levman.Builder wire(Levman.Builder builder, Path data) {
    key().ifPresent(k -> builder.seals(FileSystemSeals.at(folder(data)), k));
    return builder;
  }

  /** A line for the output: which seals were checked, or that seals are there and were not. */
  Optional<String> note(Path data) {
    Path seals = folder(data);
    if (keyFile != null) {
      return Optional.of("seals: " + seals.toAbsolutePath() + " (key " + key().orElseThrow().id() + ")");
    }
    return Files.isDirectory(seals)
        ? Optional.of("seals in " + seals.toAbsolutePath() + " not checked: give the key with --seal-key-file")
        : Optional.empty();
  }
}
