package nl.levman.api;

import java.util.List;
import nl.levman.model.InstanceId;
import nl.levman.model.Rejection;

/** What a command did: it took effect, or it was rejected and changed nothing. */
public sealed interface CommandResult {

  boolean accepted();

  /**
   * The command took effect. {@code opened} are the work items it opened; {@code repeated} is true
   * when the command id had been used before and this is the first result, returned again.
   */
  record Accepted(InstanceId instance, List<WorkItem> opened, long firstSequence, long lastSequence,
      boolean repeated) implements CommandResult {
    public Accepted {
      opened = List.copyOf(opened);
    }

    @Override
    public boolean accepted() {
      return true;
    }
  }

  /** The command was refused for the reason given; nothing changed. */
  record Rejected(Rejection rejection) implements CommandResult {
    @Override
    public boolean accepted() {
      return false;
    }

    @Override
    public String toString() {
      return "Rejected[" + rejection.code() + ": " + rejection.message() + "]";
    }
  }
}
