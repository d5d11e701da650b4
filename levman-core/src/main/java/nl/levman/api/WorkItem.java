package nl.levman.api;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.model.DomainEvent;
import nl.levman.model.InstanceId;
import nl.levman.model.PersonId;
import nl.levman.model.WorkItemId;

/**
 * An open step as a person sees it on the work list: which instance and step, the labels, the
 * documents needed, the allowed outcomes, the due date, and what it is about (supplier, service,
 * items, period), and the version of the definition the instance runs on. {@code recorded} are the
 * domain events the instance has recorded so far (such as the SLR evaluation behind the step-14
 * proposal); they are filled in by {@link LevmanEngine#instance} and left empty by {@link
 * LevmanEngine#workList}, which reads only the work-list index so that it stays fast with hundreds
 * of thousands of instances.
 */
public record WorkItem(
    WorkItemId id,
    InstanceId instance,
    String processKey,
    int definitionVersion,
    int step,
    String role,
    String labelNl,
    String labelEn,
    List<String> needs,
    List<String> outcomes,
    Optional<String> supplier,
    Optional<String> service,
    Optional<PersonId> assignee,
    Map<String, String> subjects,
    int period,
    Instant openedAt,
    Optional<Instant> due,
    List<DomainEvent> recorded) {
  public WorkItem {
    requireNonNull(id, "id");
    requireNonNull(instance, "instance");
    needs = List.copyOf(needs);
    outcomes = List.copyOf(outcomes);
    subjects = Map.copyOf(subjects);
    recorded = List.copyOf(recorded);
  }
}
