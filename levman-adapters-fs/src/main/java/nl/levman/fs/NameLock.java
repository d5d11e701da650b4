package nl.levman.fs;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Holds one document name while a store decides between an existing and a new version: a lock of
 * this JVM (striped by folder) and a file lock on {@code .levman-lock} in the name's folder for
 * other processes. Held only for that decision and the moves, never while content is copied.
 */
final class NameLock implements AutoCloseable {
  static final String FILE = ".levman-lock";
  private static final ReentrantLock[] STRIPES = new ReentrantLock[64];

  static {
    for (int i = 0; i < STRIPES.length; i++) {
      STRIPES[i] = new ReentrantLock();
    }
  }

  private final ReentrantLock stripe;
  private final FileChannel channel;
  private final FileLock lock;

  private NameLock(ReentrantLock stripe, FileChannel channel, FileLock lock) {
    this.stripe = stripe;
    this.channel = channel;
    this.lock = lock;
  }

  static NameLock hold(Path nameDir) throws IOException {
    ReentrantLock stripe = STRIPES[Math.floorMod(nameDir.toAbsolutePath().normalize().hashCode(), STRIPES.length)];
    stripe.lock();
    FileChannel channel = null;
    try {
      channel = FileChannel.open(nameDir.resolve(FILE), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
      return new NameLock(stripe, channel, channel.lock());
    } catch (IOException | RuntimeException e) {
      if (channel != null) {
        channel.close();
      }
      stripe.unlock();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
      channel.close();
    } finally {
      stripe.unlock();
    }
  }
}
