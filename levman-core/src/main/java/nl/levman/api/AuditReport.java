package nl.levman.api;

import java.util.List;

/**
 * The result of auditing everything an engine stores: every instance's hash chain, every document
 * the history refers to (present, and with the SHA-256 the history recorded), and what else the
 * archive holds: documents that nothing refers to (orphans, left by a crash between archiving and
 * committing, or by a command that lost a conflict and was not retried), writes a crash
 * interrupted, files that are not Levman's (strays), and what could not be checked (metadata the
 * archive cannot interpret, a document it cannot read). With seals (see {@code
 * Levman.builder().seals(...)}) the audit also compares the database with the signed heads in the
 * seal store, and checks the seal store itself. Problems are in the order found; the first one
 * names the first broken record.
 *
 * @param problems what is broken, each with its {@link ProblemKind}
 * @param orphans the archived versions nothing refers to, as {@code place/supplier/dossier/name@N}
 * @param unchecked what could not be checked, and why; not a break, but not intact either
 * @param interrupted paths (from the archive's root) left by an interrupted write
 * @param strays paths (from the archive's root) that are neither a document version, its
 *     metadata, nor the archive's own files
 */
public record AuditReport(
    long instances, long records, long documents, List<Problem> problems, List<String> orphans,
    List<Problem> unchecked, List<String> interrupted, List<String> strays) {
  public AuditReport {
    problems = List.copyOf(problems);
    orphans = List.copyOf(orphans);
    unchecked = List.copyOf(unchecked);
    interrupted = List.copyOf(interrupted);
    strays = List.copyOf(strays);
  }

  /** A report with nothing unchecked, interrupted or stray. */
  public AuditReport(long instances, long records, long documents, List<Problem> problems,
      List<String> orphans) {
    this(instances, records, documents, problems, orphans, List.of(), List.of(), List.of());
  }

  /**
   * Intact: no broken chain and no missing or changed document. Orphans, interrupted writes and
   * strays are reported, not fatal; see {@link #isComplete()} for what could not be checked.
   */
  public boolean isIntact() {
    return problems.isEmpty();
  }

  /** Everything was checked: nothing in {@link #unchecked()}. */
  public boolean isComplete() {
    return unchecked.isEmpty();
  }

  /** The problems of one kind, in the order found. */
  public List<Problem> problems(ProblemKind kind) {
    return problems.stream().filter(p -> p.kind() == kind).toList();
  }

  /**
   * One thing found broken or not checkable: its kind (a stable code), where (an instance and
   * record, a document, a seal, the database) and what.
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
