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
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.levman.api.AuditReport;
import nl.levman.api.AuditReport.Problem;
import nl.levman.api.ProblemKind;
import nl.levman.api.Verification;
import nl.levman.model.DocumentRecord;
import nl.levman.model.Event;
import nl.levman.model.InstanceId;
import nl.levman.model.LevmanException;
import nl.levman.spi.ArchiveFinding;
import nl.levman.spi.ArchivedDocument;
import nl.levman.spi.InstanceHead;
import nl.levman.spi.InstanceSummary;
import nl.levman.spi.RecordedEvent;

/**
 * Checks the history, the seals and the archive against each other. The history's hash chain finds
 * a record changed in place; the seals (signed heads kept apart from the database) find records cut
 * off, forged with recomputed hashes, or deleted with their instance or their table. The archive is
 * written before the command commits, so a history that refers to a missing document means damage,
 * while a document nothing refers to is an orphan of a command that did not commit. What the
 * archive cannot interpret or read is reported as not checked, never as a break.
 */
final class Audit {
  private static final int PAGE = 500;
  private final EngineParts p;
  private final Evidence evidence;

  Audit(EngineParts parts, Evidence evidence) {
    this.p = parts;
    this.evidence = evidence;
  }

  SealChain.Checked seals() {
    return evidence.seals().map(s -> SealChain.check(s, evidence.key().orElseThrow()))
        .orElse(SealChain.Checked.none());
  }

  /** One instance: its chain, then its seals. */
  Verification verify(InstanceId id) {
    Optional<String> missing = evidence.heads().missingTables();
    if (missing.isPresent()) {
      return Verification.broken(id.value(), 0, 1, "the tables " + missing.get() + " are not there",
          ProblemKind.TABLES_MISSING);
    }
    List<RecordedEvent> rows = p.history().events(id);
    Verification chain = HashChain.verify(p.eventTypes(), id.value(), rows);
    if (!chain.isIntact()) {
      return chain;
    }
    List<SealChain.Checkpoint> points = seals().of(id.value());
    if (rows.isEmpty() && !points.isEmpty()) {
      return Verification.broken(id.value(), 0, 1, deleted(points), ProblemKind.SEALED_INSTANCE_DELETED);
    }
    return SealChain.compare(rows, points)
        .map(m -> Verification.broken(id.value(), rows.size(), m.at(), m.what(), m.kind()))
        .orElse(chain);
  }

  AuditReport run() {
    List<Problem> problems = new ArrayList<>();
    SealChain.Checked sealed = seals();
    problems.addAll(sealed.problems());
    Optional<String> missing = evidence.heads().missingTables();
    if (missing.isPresent()) {
      problems.add(new Problem(ProblemKind.TABLES_MISSING, "database", "the tables " + missing.get()
          + " are not there: dropped, or this is not the Levman database; nothing in it could be checked"
          + coverage(sealed)));
      return new AuditReport(0, 0, 0, problems, List.of(), List.of(), List.of(), List.of());
    }
    evidence.heads().guardsOff().forEach(g -> problems.add(new Problem(ProblemKind.GUARD_OFF, "database", g)));
    TreeMap<String, Presence> all = presence(sealed);
    Map<String, DocumentRecord> referenced = new HashMap<>();
    long instances = 0;
    long records = 0;
    boolean anyHistory = all.values().stream().anyMatch(x -> x.head != null);
    boolean anyRow = all.values().stream().anyMatch(x -> x.row);
    if (!anyHistory && (anyRow || !sealed.checkpoints().isEmpty())) {
      problems.add(new Problem(ProblemKind.HISTORY_EMPTIED, "database", "the history holds no records at all"
          + (anyRow ? ", while " + all.values().stream().filter(x -> x.row).count() + " instance(s) are listed" : "")
          + coverage(sealed) + ": the history was emptied or truncated, or the tables dropped and recreated"));
      return new AuditReport(all.values().stream().filter(x -> x.row).count(), 0, 0, problems, List.of(),
          List.of(), List.of(), List.of());
    }
    for (Map.Entry<String, Presence> e : all.entrySet()) {
      InstanceId id = InstanceId.of(e.getKey());
      Presence here = e.getValue();
      List<SealChain.Checkpoint> points = sealed.of(e.getKey());
      List<RecordedEvent> rows = here.head == null ? List.of() : p.history().events(id);
      if (here.row) {
        instances++;
      }
      records += rows.size();
      if (rows.isEmpty()) {
        problems.add(here.row
            ? new Problem(ProblemKind.HISTORY_MISSING, "instance " + id, "is listed but has no history: its records were deleted"
                + (points.isEmpty() ? "" : "; " + deleted(points)))
            : new Problem(ProblemKind.SEALED_INSTANCE_DELETED, "instance " + id, deleted(points)));
        continue;
      }
      if (!here.row) {
        problems.add(new Problem(ProblemKind.INSTANCE_ROW_MISSING, "instance " + id, "has " + rows.size()
            + " history record(s) but is not listed: its instance row was deleted"));
      }
      Verification v = HashChain.verify(p.eventTypes(), id.value(), rows);
      if (!v.isIntact()) {
        problems.add(new Problem(ProblemKind.CHAIN_BROKEN, "instance " + id + " record " + v.brokenAt().orElseThrow(),
            v.problem().orElseThrow()));
        continue;
      }
      Optional<SealChain.Mismatch> mismatch = SealChain.compare(rows, points);
      if (mismatch.isPresent()) {
        problems.add(new Problem(mismatch.get().kind(), "instance " + id + " record " + mismatch.get().at(),
            mismatch.get().what()));
        continue;
      }
      collect(rows, referenced);
    }
    List<ArchivedDocument> stored = p.archive().list(null);
    List<Problem> unchecked = new ArrayList<>();
    List<String> interrupted = new ArrayList<>();
    List<String> strays = new ArrayList<>();
    long documents = checkDocuments(stored, referenced, problems, unchecked, interrupted, strays);
    List<String> orphans = new ArrayList<>();
    for (ArchivedDocument doc : stored) {
      if (!referenced.containsKey(doc.ref().toString())) {
        orphans.add(doc.ref().toString());
      }
    }
    orphans.sort(null);
    return new AuditReport(instances, records, documents, problems, orphans, unchecked, interrupted,
        strays);
  }

  /** Where an instance is found: an instance row, a history head, a seal. */
  private static final class Presence {
    boolean row;
    InstanceHead head;
  }

  private TreeMap<String, Presence> presence(SealChain.Checked sealed) {
    TreeMap<String, Presence> all = new TreeMap<>();
    InstanceId after = null;
    List<InstanceSummary> page;
    do {
      page = p.instances().list(after, PAGE);
      for (InstanceSummary s : page) {
        after = s.id();
        all.computeIfAbsent(s.id().value(), k -> new Presence()).row = true;
      }
    } while (page.size() == PAGE);
    after = null;
    List<InstanceHead> heads;
    do {
      heads = evidence.heads().heads(after, PAGE);
      for (InstanceHead h : heads) {
        after = h.instance();
        all.computeIfAbsent(h.instance().value(), k -> new Presence()).head = h;
      }
    } while (heads.size() == PAGE);
    sealed.checkpoints().keySet().forEach(id -> all.computeIfAbsent(id, k -> new Presence()));
    return all;
  }

  private static String deleted(List<SealChain.Checkpoint> points) {
    SealChain.Checkpoint furthest = points.stream().max(java.util.Comparator.comparingLong(SealChain.Checkpoint::sequence))
        .orElseThrow();
    return "the instance was deleted: " + furthest.by() + " covered its history up to record " + furthest.sequence()
        + ", the database holds none of it";
  }

  private static String coverage(SealChain.Checked sealed) {
    if (sealed.checkpoints().isEmpty()) {
      return "";
    }
    long records = sealed.checkpoints().values().stream()
        .mapToLong(l -> l.stream().mapToLong(SealChain.Checkpoint::sequence).max().orElse(0)).sum();
    return "; the seals cover " + sealed.checkpoints().size() + " instance(s) with " + records + " record(s)"
        + sealed.last().map(s -> ", the last is seal " + s.number() + " of " + s.sealedAt()).orElse("");
  }

  private void collect(List<RecordedEvent> rows, Map<String, DocumentRecord> referenced) {
    for (RecordedEvent row : rows) {
      if (p.eventTypes().decode(row.type(), row.payload()) instanceof Event.StepCompleted c) {
        for (DocumentRecord d : c.documents()) {
          d.archivedAs().ifPresent(ref -> referenced.put(ref, d));
        }
      }
    }
  }

  private long checkDocuments(List<ArchivedDocument> stored, Map<String, DocumentRecord> referenced,
      List<Problem> problems, List<Problem> unchecked, List<String> interrupted, List<String> strays) {
    Map<String, ArchivedDocument> byRef = new HashMap<>();
    for (ArchivedDocument doc : stored) {
      byRef.put(doc.ref().toString(), doc);
    }
    Set<String> unreadable = new HashSet<>();
    for (ArchiveFinding f : p.archive().findings()) {
      if (f.kind() == ArchiveFinding.Kind.UNREADABLE) {
        unreadable.add(f.where());
        unchecked.add(new Problem(ProblemKind.ARCHIVED_DOCUMENT_UNREADABLE, "document " + f.where(),
            f.what()));
      } else if (f.kind() == ArchiveFinding.Kind.INTERRUPTED_WRITE) {
        interrupted.add(f.where());
      } else {
        strays.add(f.where());
      }
    }
    for (Map.Entry<String, DocumentRecord> e : new TreeMap<>(referenced).entrySet()) {
      ArchivedDocument doc = byRef.get(e.getKey());
      String where = "document " + e.getKey();
      if (doc == null) {
        if (!unreadable.contains(e.getKey())) {
          problems.add(new Problem(ProblemKind.ARCHIVED_DOCUMENT_MISSING, where,
              "referred to by the history but missing"));
        }
        continue;
      }
      try {
        String sha = sha256(doc);
        if (!sha.equals(e.getValue().sha256())) {
          problems.add(new Problem(ProblemKind.ARCHIVED_DOCUMENT_CHANGED, where,
              "its content changed: SHA-256 " + sha + ", history says " + e.getValue().sha256()));
        }
      } catch (LevmanException damaged) {
        problems.add(new Problem(ProblemKind.ARCHIVED_DOCUMENT_UNREADABLE, where, damaged.getMessage()));
      } catch (IOException cannotRead) {
        unchecked.add(new Problem(ProblemKind.ARCHIVED_DOCUMENT_UNREADABLE, where,
            "cannot be read: " + cannotRead));
      }
    }
    return referenced.size();
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
