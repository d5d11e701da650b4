package nl.levman.model;

/** One running or finished instance of a process. */
public record InstanceId(String value) {
  public InstanceId {
    if (value == null || value.isBlank() || value.length() > 100) {
      throw new LevmanException("InstanceId must be 1-100 characters, not '" + value + "'");
    }
  }

  public static InstanceId of(String value) {
    return new InstanceId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
