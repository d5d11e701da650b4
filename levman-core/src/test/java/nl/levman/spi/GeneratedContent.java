package nl.levman.spi;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Content of any size that is generated as it is read and never exists as a whole: a stream of a
 * repeated pattern that counts what was read from it, and can fail after a number of bytes.
 */
public final class GeneratedContent extends InputStream {
  private final long size;
  private final long failAfter;
  private long position;

  private GeneratedContent(long size, long failAfter) {
    this.size = size;
    this.failAfter = failAfter;
  }

  /** {@code size} bytes of the pattern. */
  public static GeneratedContent of(long size) {
    return new GeneratedContent(size, Long.MAX_VALUE);
  }

  /** A stream that throws an {@code IOException} once {@code after} bytes have been read. */
  public static GeneratedContent failingAfter(long size, long after) {
    return new GeneratedContent(size, after);
  }

  /** The SHA-256 (lower-case hex) of {@code size} bytes of the pattern, computed as generated. */
  public static String sha256(long size) throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = of(size)) {
      for (int n; (n = in.read(buffer)) != -1; ) {
        digest.update(buffer, 0, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** How many bytes were read so far. */
  public long bytesRead() {
    return position;
  }

  private static byte at(long position) {
    return (byte) ('a' + (position * 7 + position / 4096) % 26);
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (position >= size) {
      return -1;
    }
    if (position >= failAfter) {
      throw new IOException("the upload broke off after " + position + " bytes (simulated)");
    }
    int n = (int) Math.min(len, Math.min(size, failAfter) - position);
    for (int i = 0; i < n; i++) {
      b[off + i] = at(position + i);
    }
    position += n;
    return n;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
  }
}
