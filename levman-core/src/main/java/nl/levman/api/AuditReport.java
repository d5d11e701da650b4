package nl.levman.api;

import java.util.List;

/**
 * The result of auditing everything an engine stores: every instance's hash chain, every document
 * the history refers to (present, and with the SHA-256 the history recorded), and what else the
 * archive holds: documents that nothing refers to (orphans, left by a crash between archiving and
 * committing, or by a command that lost a conflict and was not retried), writes a crash
 * interrupted, files that are not Levman's (strays), and what could not be checked (metadata the
 * archive cannot interpret, a document it cannot read). Problems are in the order found; the first
 * one names the first broken record.
 *
 * @param problems what is broken: a changed, missing or reordered record, a missing or changed
 *     document
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

  /** One thing found broken or not checkable: where (an instance and record, or a document) and what. */
  public record Problem(String where, String what) {
    @Override
    public String toString() {
      return where + ": " + what;
    }
  }
}
