package nl.levman.api;

import static java.util.Objects.requireNonNull;

import nl.levman.model.CommandId;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;

/**
 * Starts an instance of the process registered under {@code processKey} with its context, on
 * behalf of a person. The host chooses the instance id, so that a retried start is recognised.
 */
public record StartProcess(
    CommandId command, InstanceId instance, String processKey, PersonId by, ProcessContext context) {
  public StartProcess {
    requireNonNull(command, "command");
    requireNonNull(instance, "instance");
    requireNonNull(processKey, "processKey");
    requireNonNull(by, "by");
    requireNonNull(context, "context");
  }
}
