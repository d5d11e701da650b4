package nl.levman.spi;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import nl.levman.model.PersonId;

/**
 * Which open work items to find: every given criterion must match (an empty one matches all).
 * Results are ordered by due date (none last), then by opening time, then by id; at most {@code
 * limit}.
 */
public record WorkItemQuery(
    Optional<String> processKey,
    Optional<String> role,
    Optional<String> supplier,
    Optional<String> service,
    Optional<PersonId> assignee,
    int limit) {
  public WorkItemQuery {
    requireNonNull(processKey, "processKey");
    requireNonNull(role, "role");
    requireNonNull(supplier, "supplier");
    requireNonNull(service, "service");
    requireNonNull(assignee, "assignee");
    if (limit < 1) {
      throw new nl.levman.model.LevmanException("a work list limit must be positive: " + limit);
    }
  }

  public static WorkItemQuery all(int limit) {
    return new WorkItemQuery(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
  }

  public WorkItemQuery withRole(String role) {
    return new WorkItemQuery(processKey, Optional.of(role), supplier, service, assignee, limit);
  }

  public WorkItemQuery withSupplier(String supplier) {
    return new WorkItemQuery(processKey, role, Optional.of(supplier), service, assignee, limit);
  }

  public WorkItemQuery withService(String service) {
    return new WorkItemQuery(processKey, role, supplier, Optional.of(service), assignee, limit);
  }

  public WorkItemQuery withProcess(String processKey) {
    return new WorkItemQuery(Optional.of(processKey), role, supplier, service, assignee, limit);
  }

  public WorkItemQuery withAssignee(PersonId person) {
    return new WorkItemQuery(processKey, role, supplier, service, Optional.of(person), limit);
  }
}
