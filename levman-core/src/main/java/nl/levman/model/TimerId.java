package nl.levman.model;

/** One scheduled timer. */
public record TimerId(String value) {
  public TimerId {
    if (value == null || value.isBlank() || value.length() > 100) {
      throw new LevmanException("TimerId must be 1-100 characters, not '" + value + "'");
    }
  }

  public static TimerId of(String value) {
    return new TimerId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
