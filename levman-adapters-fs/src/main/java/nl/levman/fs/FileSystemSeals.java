package nl.levman.fs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.levman.spi.Seal;
import nl.levman.spi.Seals;

/**
 * Seals as files in a folder that the database's owner cannot write (by default beside the
 * archive): {@code <root>/<thousands>/<number>.seal}, such as {@code 000000/000000000042.seal}, each
 * a few lines of text that a person can read (the signed text, then the MAC).
 *
 * <p>A seal is written to a temporary file in its folder, forced to disk, and then linked under its
 * number; the link fails if the number is taken, so two nodes never both get one number, a seal is
 * there whole or not at all, and nothing is ever overwritten. A file that is not a readable seal
 * (edited beyond reading, truncated, under the wrong number, a temporary file of an interrupted
 * write) is reported by {@link #read}, never thrown.
 */
public final class FileSystemSeals implements Seals {
  private static final Pattern FILE = Pattern.compile("(\\d{12})\\.seal");
  private static final Pattern SHARD = Pattern.compile("\\d{6}");
  private static final String TEMP = ".levman-tmp-";
  private final Path root;

  private FileSystemSeals(Path root) {
    this.root = root;
  }

  /** Seals in this folder, created when the first seal is written. */
  public static FileSystemSeals at(Path root) {
    return new FileSystemSeals(root.toAbsolutePath().normalize());
  }

  @Override
  public boolean append(Seal seal) {
    Path shard = root.resolve(String.format("%06d", seal.number() / 1000));
    Path target = shard.resolve(String.format("%012d.seal", seal.number()));
    try {
      Files.createDirectories(shard);
      if (Files.exists(target)) {
        return false;
      }
      Path temp = shard.resolve(TEMP + UUID.randomUUID());
      try {
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
          out.write(java.nio.ByteBuffer.wrap(SealText.write(seal).getBytes(StandardCharsets.UTF_8)));
          out.force(true);
        }
        Files.createLink(target, temp);
      } catch (FileAlreadyExistsException taken) {
        return false;
      } finally {
        Files.deleteIfExists(temp);
      }
      forceFolder(shard);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write seal " + seal.number() + " to " + target, e);
    }
  }

  /** Makes the new name durable where the platform allows opening a folder (not on Windows). */
  private static void forceFolder(Path folder) {
    try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // the file itself is on disk; its name follows with the file system's next flush
    }
  }

  @Override
  public Stored read(long after) {
    List<Seal> seals = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    if (!Files.isDirectory(root)) {
      return new Stored(seals, unreadable);
    }
    for (Path shard : sorted(root)) {
      String name = shard.getFileName().toString();
      if (!SHARD.matcher(name).matches() || !Files.isDirectory(shard)) {
        unreadable.add(root.relativize(shard) + ": not a seal folder");
        continue;
      }
      if ((Long.parseLong(name) + 1) * 1000 <= after + 1) {
        continue;
      }
      for (Path file : sorted(shard)) {
        String where = root.relativize(file).toString();
        Matcher m = FILE.matcher(file.getFileName().toString());
        if (!m.matches()) {
          unreadable.add(where + (file.getFileName().toString().startsWith(TEMP)
              ? ": left by an interrupted write" : ": not a seal file"));
          continue;
        }
        long number = Long.parseLong(m.group(1));
        if (number <= after) {
          continue;
        }
        try {
          Seal seal = SealText.read(Files.readString(file, StandardCharsets.UTF_8));
          if (seal.number() != number || number / 1000 != Long.parseLong(name)) {
            unreadable.add(where + ": holds seal " + seal.number() + ", not seal " + number);
          } else {
            seals.add(seal);
          }
        } catch (IOException | RuntimeException e) {
          unreadable.add(where + ": not a readable seal (" + e.getMessage() + ")");
        }
      }
    }
    return new Stored(seals, unreadable);
  }

  private static List<Path> sorted(Path folder) {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> in = Files.newDirectoryStream(folder)) {
      in.forEach(entries::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the seal folder " + folder, e);
    }
    entries.sort(null);
    return entries;
  }
}
