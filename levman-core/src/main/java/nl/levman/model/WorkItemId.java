package nl.levman.model;

/** One opened step of one instance: a position (token) of the flow, and the work item a person completes. */
public record WorkItemId(String value) {
  public WorkItemId {
    if (value == null || value.isBlank() || value.length() > 100) {
      throw new LevmanException("WorkItemId must be 1-100 characters, not '" + value + "'");
    }
  }

  public static WorkItemId of(String value) {
    return new WorkItemId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
