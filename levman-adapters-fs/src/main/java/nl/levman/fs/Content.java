package nl.levman.fs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.levman.model.LevmanException;
import nl.levman.spi.DocumentRef;

/** Document content streamed through SHA-256 in small buffers, never held whole in memory. */
final class Content {
  private static final int BUFFER = 64 * 1024;

  private Content() {}

  /** What a copy wrote: the SHA-256 (lower-case hex) and the number of bytes. */
  record Copied(String sha256, long size) {}

  /** Copies the stream to its end into the (empty) file, hashing and counting, and forces it to disk. */
  static Copied copy(InputStream in, Path file) throws IOException {
    MessageDigest digest = sha256();
    long size = 0;
    byte[] buffer = new byte[BUFFER];
    try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
      for (int n; (n = in.read(buffer)) != -1; ) {
        digest.update(buffer, 0, n);
        ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
        while (chunk.hasRemaining()) {
          out.write(chunk);
        }
        size += n;
      }
      out.force(true);
    }
    return new Copied(HexFormat.of().formatHex(digest.digest()), size);
  }

  /** The SHA-256 of a file, read in small buffers. */
  static String sha256(Path file) throws IOException {
    MessageDigest digest = sha256();
    byte[] buffer = new byte[BUFFER];
    try (InputStream in = java.nio.file.Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      for (int n; (n = in.read(buffer)) != -1; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The stream, which at its end throws if what was read does not match the expected SHA-256. */
  static InputStream verifying(InputStream in, String expected, DocumentRef ref) {
    return new Verifying(in, expected, ref);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static final class Verifying extends FilterInputStream {
    private final MessageDigest digest = sha256();
    private final String expected;
    private final DocumentRef ref;
    private boolean checked;

    Verifying(InputStream in, String expected, DocumentRef ref) {
      super(in);
      this.expected = expected;
      this.ref = ref;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b == -1) {
        check();
      } else {
        digest.update((byte) b);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n == -1) {
        check();
      } else {
        digest.update(b, off, n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      throw new IOException("a checked document stream is read, not skipped");
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    private void check() {
      if (!checked) {
        checked = true;
        if (!HexFormat.of().formatHex(digest.digest()).equals(expected)) {
          throw new LevmanException("document " + ref + " no longer matches its SHA-256: it was changed");
        }
      }
    }
  }
}
