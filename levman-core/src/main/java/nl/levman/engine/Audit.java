package nl.levman.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.levman.api.AuditReport;
import nl.levman.api.Verification;
import nl.levman.model.DocumentRecord;
import nl.levman.model.Event;
import nl.levman.model.InstanceId;
import nl.levman.model.LevmanException;
import nl.levman.spi.ArchiveFinding;
import nl.levman.spi.ArchivedDocument;
import nl.levman.spi.InstanceSummary;
import nl.levman.spi.RecordedEvent;

/**
 * Checks the history and the archive against each other. The archive is written before the
 * command commits, so a history that refers to a missing document means damage, while a document
 * nothing refers to is an orphan of a command that did not commit. What the archive cannot
 * interpret or read is reported as not checked, never as a break.
 */
final class Audit {
  private final EngineParts p;

  Audit(EngineParts parts) {
    this.p = parts;
  }

  AuditReport run() {
    List<AuditReport.Problem> problems = new ArrayList<>();
    Map<String, DocumentRecord> referenced = new HashMap<>();
    long instances = 0;
    long records = 0;
    InstanceId after = null;
    List<InstanceSummary> page;
    do {
      page = p.instances().list(after, 500);
      for (InstanceSummary summary : page) {
        after = summary.id();
        instances++;
        List<RecordedEvent> rows = p.history().events(summary.id());
        records += rows.size();
        Verification v = HashChain.verify(p.eventTypes(), summary.id().value(), rows);
        if (!v.isIntact()) {
          problems.add(new AuditReport.Problem("instance " + summary.id() + " record "
              + v.brokenAt().orElseThrow(), v.problem().orElseThrow()));
          continue;
        }
        for (RecordedEvent row : rows) {
          if (p.eventTypes().decode(row.type(), row.payload()) instanceof Event.StepCompleted c) {
            for (DocumentRecord d : c.documents()) {
              d.archivedAs().ifPresent(ref -> referenced.put(ref, d));
            }
          }
        }
      }
    } while (page.size() == 500);
    Set<String> stored = new HashSet<>();
    Map<String, ArchivedDocument> byRef = new HashMap<>();
    for (ArchivedDocument doc : p.archive().list(null)) {
      stored.add(doc.ref().toString());
      byRef.put(doc.ref().toString(), doc);
    }
    List<AuditReport.Problem> unchecked = new ArrayList<>();
    List<String> interrupted = new ArrayList<>();
    List<String> strays = new ArrayList<>();
    Set<String> unreadable = new HashSet<>();
    for (ArchiveFinding f : p.archive().findings()) {
      if (f.kind() == ArchiveFinding.Kind.UNREADABLE) {
        unreadable.add(f.where());
        unchecked.add(new AuditReport.Problem("document " + f.where(), f.what()));
      } else if (f.kind() == ArchiveFinding.Kind.INTERRUPTED_WRITE) {
        interrupted.add(f.where());
      } else {
        strays.add(f.where());
      }
    }
    for (Map.Entry<String, DocumentRecord> e : referenced.entrySet()) {
      ArchivedDocument doc = byRef.get(e.getKey());
      if (doc == null) {
        if (!unreadable.contains(e.getKey())) {
          problems.add(new AuditReport.Problem("document " + e.getKey(), "referred to by the history but missing"));
        }
        continue;
      }
      try {
        String sha = sha256(doc);
        if (!sha.equals(e.getValue().sha256())) {
          problems.add(new AuditReport.Problem("document " + e.getKey(),
              "its content changed: SHA-256 " + sha + ", history says " + e.getValue().sha256()));
        }
      } catch (LevmanException damaged) {
        problems.add(new AuditReport.Problem("document " + e.getKey(), damaged.getMessage()));
      } catch (IOException cannotRead) {
        unchecked.add(new AuditReport.Problem("document " + e.getKey(),
            "cannot be read: " + cannotRead));
      }
    }
    List<String> orphans = stored.stream().filter(s -> !referenced.containsKey(s)).sorted().toList();
    return new AuditReport(instances, records, referenced.size(), problems, orphans, unchecked,
        interrupted, strays);
  }

  /**
   * The SHA-256 of an archived document, streamed. A file that is not there is damage (a {@code
   * LevmanException}); one that cannot be read otherwise (permissions, I/O) is an {@code
   * IOException}: not checked.
   */
  private String sha256(ArchivedDocument doc) throws IOException {
    MessageDigest digest = Documents.sha256();
    byte[] buffer = new byte[64 * 1024];
    try (InputStream in = p.archive().open(doc.ref())) {
      for (int n; (n = in.read(buffer)) != -1; ) {
        digest.update(buffer, 0, n);
      }
    } catch (LevmanException e) {
      IOException io = ioCause(e);
      if (io == null || io instanceof NoSuchFileException) {
        throw e;
      }
      throw io;
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static IOException ioCause(Throwable e) {
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof IOException io) {
        return io;
      }
    }
    return null;
  }
}
