package nl.levman.api;

import java.util.List;

/**
 * The result of auditing everything an engine stores: every instance's hash chain, every document
 * the history refers to (present, and with the SHA-256 the history recorded), and the documents in
 * the archive that nothing refers to (orphans, left by a crash between archiving and committing).
 * Problems are in the order found; the first one names the first broken record. With seals
 * (see {@code Levman.builder().seals(...)}) the audit also compares the database with the signed
 * heads in the seal store, and checks the seal store itself.
 */
public record AuditReport(
    long instances, long records, long documents, List<Problem> problems, List<String> orphans) {
  public AuditReport {
    problems = List.copyOf(problems);
    orphans = List.copyOf(orphans);
  }

  /** Intact: no broken chain and no missing or changed document. Orphans are reported, not fatal. */
  public boolean isIntact() {
    return problems.isEmpty();
  }

  /** The problems of one kind, in the order found. */
  public List<Problem> problems(ProblemKind kind) {
    return problems.stream().filter(p -> p.kind() == kind).toList();
  }

  /**
   * One thing found broken: its kind (a stable code), where (an instance and record, a document, a
   * seal, the database) and what.
   */
  public record Problem(ProblemKind kind, String where, String what) {
    public Problem {
      java.util.Objects.requireNonNull(kind, "kind");
      java.util.Objects.requireNonNull(where, "where");
      java.util.Objects.requireNonNull(what, "what");
    }

    @Override
    public String toString() {
      return where + ": " + what;
    }
  }
}
