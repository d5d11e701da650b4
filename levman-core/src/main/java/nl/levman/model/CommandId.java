package nl.levman.model;

/** The id a host gives a command; a command repeated with the same id has no second effect. */
public record CommandId(String value) {
  public CommandId {
    if (value == null || value.isBlank() || value.length() > 100) {
      throw new LevmanException("CommandId must be 1-100 characters, not '" + value + "'");
    }
  }

  public static CommandId of(String value) {
    return new CommandId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
