package nl.levman.api;

import java.util.List;

/**
 * The result of auditing everything an engine stores: every instance's hash chain, every document
 * the history refers to (present, and with the SHA-256 the history recorded), and the documents in
 * the archive that nothing refers to (orphans, left by a crash between archiving and committing).
 * Problems are in the order found; the first one names the first broken record.
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

  /** One thing found broken: where (an instance and record, or a document) and what. */
  public record Problem(String where, String what) {
    @Override
    public String toString() {
      return where + ": " + what;
    }
  }
}
