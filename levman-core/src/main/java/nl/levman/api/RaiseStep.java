package nl.levman.api;

import static java.util.Objects.requireNonNull;

import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;

/**
 * Raises an event sub-flow step (SLM step 17: SLA, DAP or SLR must change) in a running instance,
 * by a person holding its role, with the reason. The periodic cycle goes on meanwhile.
 */
public record RaiseStep(CommandId command, InstanceId instance, int step, PersonId by, String reason) {
  public RaiseStep {
    requireNonNull(command, "command");
    requireNonNull(instance, "instance");
    requireNonNull(by, "by");
    requireNonNull(reason, "reason");
  }
}
