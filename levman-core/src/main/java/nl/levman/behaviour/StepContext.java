package nl.levman.behaviour;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.model.DomainEvent;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.ProcessContext;

/**
 * Where a completion happens, as a behaviour's decision sees it: the instance and what it is about,
 * the items and period of the work item, who completes it, when, the item lists that hold there
 * (such as the declared mitigation actions of its supplier), and the domain events recorded
 * earlier in the instance (never a person's input: only what behaviours computed).
 */
public record StepContext(
    InstanceId instance,
    ProcessContext context,
    Map<String, String> subjects,
    int period,
    PersonId by,
    Instant at,
    ZoneId zone,
    Map<String, List<String>> lists,
    List<DomainEvent> earlier) {

  public StepContext {
    requireNonNull(instance, "instance");
    requireNonNull(context, "context");
    subjects = Map.copyOf(subjects);
    requireNonNull(by, "by");
    requireNonNull(at, "at");
    requireNonNull(zone, "zone");
    lists = Map.copyOf(lists);
    earlier = List.copyOf(earlier);
  }

  /** The item list of this kind that holds at the work item (declared now or earlier), if any. */
  public List<String> list(String itemKind) {
    return lists.getOrDefault(itemKind, List.of());
  }

  /** The domain events of this type recorded earlier in the instance, oldest first. */
  public <E extends DomainEvent> List<E> earlier(Class<E> type) {
    return earlier.stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The day of the completion in the engine's zone. */
  public LocalDate today() {
    return LocalDate.ofInstant(at, zone);
  }

  /** The item of this kind the work item runs for (such as its supplier in a fan-out), else the instance's. */
  public Optional<String> supplier() {
    return Optional.ofNullable(subjects.get("supplier")).or(context::supplier);
  }
}
