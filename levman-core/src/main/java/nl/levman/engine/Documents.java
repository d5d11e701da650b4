package nl.levman.engine;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import nl.levman.api.DocumentInput;
import nl.levman.model.InputRejection;
import nl.levman.model.LevmanException;
import nl.levman.model.Rejection;
import nl.levman.spi.Archive;
import nl.levman.spi.ArchivedDocument;
import nl.levman.spi.DocumentMetadata;

/**
 * The documents of a completion, streamed: each is measured and hashed before anything is
 * archived (so that a document over the limit refuses the command with nothing stored), and then
 * streamed into the archive, which must find the same bytes.
 */
final class Documents {
  private static final int BUFFER = 64 * 1024;

  private Documents() {}

  /** A presented document with its SHA-256 and size, read through once. */
  record Measured(DocumentInput input, String sha256, long size) {}

  /**
   * The presented documents read through once, in order, up to the first one over the limit (if
   * any): their digests bind the command's fingerprint, and the step refuses the command for the
   * one over the limit once its other checks have passed.
   */
  record Measurement(List<Measured> documents, Optional<DocumentInput> overLimit, long limit) {

    /** The refusal at {@code step} of a document over the limit. */
    Optional<Rejection> refusal(int step) {
      return overLimit.map(doc -> tooLarge(step, doc, limit));
    }

    /** The SHA-256 of the {@code index}th presented document, or a mark for one not measured. */
    String digest(int index) {
      return index < documents.size() ? documents.get(index).sha256() : "over-limit";
    }
  }

  /** Measures and hashes every presented document, reading each no further than past the limit. */
  static Measurement measure(List<DocumentInput> presented, long limit) {
    List<Measured> measured = new ArrayList<>();
    for (DocumentInput doc : presented) {
      if (doc.knownSize().isPresent() && doc.knownSize().getAsLong() > limit) {
        return new Measurement(measured, Optional.of(doc), limit);
      }
      MessageDigest digest = sha256();
      long size = 0;
      byte[] buffer = new byte[BUFFER];
      try (InputStream in = doc.open()) {
        for (int n; (n = in.read(buffer)) != -1; ) {
          size += n;
          if (size > limit) {
            return new Measurement(measured, Optional.of(doc), limit);
          }
          digest.update(buffer, 0, n);
        }
      } catch (IOException e) {
        throw unreadable(doc, e);
      }
      measured.add(new Measured(doc, HexFormat.of().formatHex(digest.digest()), size));
    }
    return new Measurement(measured, Optional.empty(), limit);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static Rejection tooLarge(int step, DocumentInput doc, long limit) {
    return new InputRejection.DocumentTooLarge(step, doc.type(), doc.fileName(), limit);
  }

  /**
   * Streams a measured document into the archive, never beyond the limit; the archive must find
   * the bytes that were measured, or the source changed while the command ran.
   */
  static ArchivedDocument store(Archive archive, String place, String supplier, String dossier,
      Measured m, long limit, DocumentMetadata metadata) {
    ArchivedDocument stored;
    try (InputStream in = new Bounded(m.input().open(), limit, m.input())) {
      stored = archive.store(place, supplier, dossier, m.input().name(), in, metadata);
    } catch (IOException e) {
      throw unreadable(m.input(), e);
    }
    if (!stored.sha256().equals(m.sha256()) || stored.size() != m.size()) {
      throw new LevmanException("document '" + m.input().fileName() + "' (" + m.input().type()
          + ") changed while the command ran: measured " + m.size() + " bytes with SHA-256 "
          + m.sha256() + ", archived " + stored.ref() + " with " + stored.size() + " bytes and "
          + stored.sha256() + "; every opening of a document must give the same bytes");
    }
    return stored;
  }

  private static LevmanException unreadable(DocumentInput doc, IOException e) {
    return new LevmanException("document '" + doc.fileName() + "' (" + doc.type()
        + ") cannot be read: " + e.getMessage(), e);
  }

  /** A stream that fails rather than give more than the limit. */
  private static final class Bounded extends FilterInputStream {
    private final long limit;
    private final DocumentInput doc;
    private long read;

    Bounded(InputStream in, long limit, DocumentInput doc) {
      super(in);
      this.limit = limit;
      this.doc = doc;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b != -1) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      throw new IOException("a document stream is read, not skipped");
    }

    private void count(int n) {
      read += n;
      if (read > limit) {
        throw new LevmanException("document '" + doc.fileName() + "' (" + doc.type() + ") grew beyond "
            + limit + " bytes while it was archived; every opening must give the same bytes");
      }
    }
  }
}
