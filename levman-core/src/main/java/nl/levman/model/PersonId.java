package nl.levman.model;

/** A person known to the host's directory. */
public record PersonId(String value) {
  public PersonId {
    if (value == null || value.isBlank() || value.length() > 100) {
      throw new LevmanException("PersonId must be 1-100 characters, not '" + value + "'");
    }
  }

  public static PersonId of(String value) {
    return new PersonId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
