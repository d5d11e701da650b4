package nl.levman.spi;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.WorkItemId;

/**
 * An open work item as the work list stores it: enough to find it by process, role, supplier,
 * service and assignee, and to order it by due date; with the version of the definition the
 * instance runs on, so that it is shown with that version's step.
 */
public record StoredWorkItem(
    WorkItemId id,
    InstanceId instance,
    String processKey,
    int definitionVersion,
    int step,
    String role,
    Optional<String> supplier,
    Optional<String> service,
    Optional<PersonId> assignee,
    int period,
    Map<String, String> subjects,
    Instant openedAt,
    Optional<Instant> due) {
  public StoredWorkItem {
    requireNonNull(id, "id");
    requireNonNull(instance, "instance");
    requireNonNull(processKey, "processKey");
    requireNonNull(role, "role");
    requireNonNull(supplier, "supplier");
    requireNonNull(service, "service");
    requireNonNull(assignee, "assignee");
    subjects = Map.copyOf(subjects);
    requireNonNull(openedAt, "openedAt");
    requireNonNull(due, "due");
  }
}
