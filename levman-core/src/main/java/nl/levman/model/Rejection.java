package nl.levman.model;

/**
 * Why a command was refused: an expected outcome, returned as a value, never thrown. A rejected
 * command changes nothing.
 *
 * <p>Rejections form a sealed family per concern, each case with a fixed, explicit {@link #code()}
 * that hosts may switch on and that never follows a Java class name:
 *
 * <ul>
 *   <li>{@link FlowRejection}: the instance or work item is not in a state to take the command;
 *   <li>{@link AccessRejection}: the person may not act there;
 *   <li>{@link InputRejection}: what the person handed in is missing or malformed;
 *   <li>{@link DomainRejection}: a step behaviour refused the content (an SLR, a signature).
 * </ul>
 */
public sealed interface Rejection
    permits FlowRejection, AccessRejection, InputRejection, DomainRejection {

  /** The stable, machine-readable name of this kind of rejection (such as {@code RoleNotHeld}). */
  String code();

  /** What was wrong, in words that name the step, role, document, person or value concerned. */
  String message();
}
