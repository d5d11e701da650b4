package nl.levman.spi;

/** How {@link Instances#commit} ended. Nothing was changed unless it is {@link #APPLIED}. */
public enum CommitOutcome {
  /** Every part of the change was applied. */
  APPLIED,
  /**
   * The instance's history no longer ended at the expected sequence (another command, perhaps on
   * another node, came first), or an instance with that id already exists.
   */
  CONFLICT,
  /** The command id was already used: the command took effect before. */
  DUPLICATE_COMMAND
}
