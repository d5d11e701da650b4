package nl.levman.model;

/**
 * Why a command was refused: an expected outcome, returned as a value, never thrown. The code is a
 * stable machine-readable name (such as {@code RoleNotHeld}); the message says in words what was
 * wrong and names the step, role, document, person or value concerned. A rejected command changes
 * nothing.
 *
 * <p>The engine's rejections are records in {@code nl.levman.api}; the domain's (a missing KPI
 * value, a signature without mandate) are records in {@code nl.levman.domain}.
 */
public interface Rejection {

  /** A stable name for the kind of rejection, by default the simple name of the record. */
  default String code() {
    return getClass().getSimpleName();
  }

  /** What was wrong, in words. */
  String message();
}
