package nl.levman.examples.scenario;

/** A scenario file that cannot be run as written; the message names where in the file. */
public final class ScenarioException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ScenarioException(String message) {
    super(message);
  }
}
