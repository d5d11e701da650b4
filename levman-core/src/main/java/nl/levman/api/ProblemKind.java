package nl.levman.api;

import java.util.Arrays;
import java.util.List;

/**
 * What kind of problem an audit found, as a stable code (version 1) hosts may switch on: the
 * README lists every code with its meaning. The history's own hash chain finds a record changed in
 * place; the seals, kept apart from the database and signed with a key it does not hold, find what
 * a chain recomputed or cut short hides.
 */
public enum ProblemKind {
  /** The hash chain finds a record changed, missing, out of order or unreadable. */
  CHAIN_BROKEN("ChainBroken"),
  /** A sealed record's hash differs from its seal while the chain holds: altered or forged, hashes recomputed. */
  SEALED_RECORD_CHANGED("SealedRecordChanged"),
  /** The history ends before the record a seal covers: its last records were deleted. */
  SEALED_RECORDS_DELETED("SealedRecordsDeleted"),
  /** An instance a seal covers has neither an instance row nor history. */
  SEALED_INSTANCE_DELETED("SealedInstanceDeleted"),
  /** The database holds no history at all while seals cover instances: emptied, truncated, or recreated. */
  HISTORY_EMPTIED("HistoryEmptied"),
  /** The store's tables are not there (dropped); nothing in the database could be checked. */
  TABLES_MISSING("TablesMissing"),
  /** An instance has history but no instance row: the row was deleted. */
  INSTANCE_ROW_MISSING("InstanceRowMissing"),
  /** An instance row without any history: its records were deleted. */
  HISTORY_MISSING("HistoryMissing"),
  /** A guard of the history (an append-only trigger) is dropped or disabled. */
  GUARD_OFF("GuardOff"),
  /** An entry of the seal store is not a readable seal (malformed, truncated, misnamed, a leftover). */
  SEAL_UNREADABLE("SealUnreadable"),
  /** A seal whose MAC does not verify: edited, forged, or signed with another key (named). */
  SEAL_INVALID("SealInvalid"),
  /** A seal is missing from the chain of seals (a number skipped, or a link to another predecessor). */
  SEAL_MISSING("SealMissing"),
  /** A document the history refers to is not in the archive. */
  ARCHIVED_DOCUMENT_MISSING("ArchivedDocumentMissing"),
  /** An archived document's SHA-256 differs from the one the history recorded. */
  ARCHIVED_DOCUMENT_CHANGED("ArchivedDocumentChanged"),
  /** An archived document cannot be read. */
  ARCHIVED_DOCUMENT_UNREADABLE("ArchivedDocumentUnreadable");

  private final String code;

  ProblemKind(String code) {
    this.code = code;
  }

  /** The stable code, such as {@code SealedRecordsDeleted}. */
  public String code() {
    return code;
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(ProblemKind::code).toList();
  }
}
