package nl.levman.api;

import java.util.Optional;
import nl.levman.model.PersonId;

/**
 * Which open work to list: by process, role, supplier, service and/or person (all given criteria
 * must match). By person means: assigned to that person, or of a role the directory says the
 * person holds (directly or by an active delegation) for the item's supplier or service.
 */
public record WorkQuery(
    Optional<String> processKey,
    Optional<String> role,
    Optional<String> supplier,
    Optional<String> service,
    Optional<PersonId> person,
    int limit) {

  public static WorkQuery all() {
    return new WorkQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), 500);
  }

  public WorkQuery process(String key) {
    return new WorkQuery(Optional.of(key), role, supplier, service, person, limit);
  }

  public WorkQuery role(String code) {
    return new WorkQuery(processKey, Optional.of(code), supplier, service, person, limit);
  }

  public WorkQuery supplier(String id) {
    return new WorkQuery(processKey, role, Optional.of(id), service, person, limit);
  }

  public WorkQuery service(String id) {
    return new WorkQuery(processKey, role, supplier, Optional.of(id), person, limit);
  }

  public WorkQuery person(PersonId id) {
    return new WorkQuery(processKey, role, supplier, service, Optional.of(id), limit);
  }

  public WorkQuery limit(int max) {
    return new WorkQuery(processKey, role, supplier, service, person, max);
  }
}
