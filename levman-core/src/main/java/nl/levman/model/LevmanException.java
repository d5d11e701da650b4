package nl.levman.model;

/**
 * The one unchecked exception of Levman: an invalid definition, a bug, or broken infrastructure.
 * Expected rejections of commands are values ({@code Rejection}), never this exception. The message
 * always names the step, role, document or instance concerned.
 */
public class LevmanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LevmanException(String message) {
    super(message);
  }

  public LevmanException(String message, Throwable cause) {
    super(message, cause);
  }
}
