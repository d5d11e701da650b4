package nl.levman.domain.mitigation;

import java.time.LocalDate;
import java.util.List;
import nl.levman.model.DomainEvent;

/**
 * The mitigation actions of a supplier were agreed with their due dates (review step 8): past its
 * due date, an action that is not done raises {@code mitigation-action-overdue}. Stored as {@code
 * review.mitigation-actions-agreed}.
 */
public record MitigationActionsAgreed(String supplier, List<Agreed> actions) implements DomainEvent {
  public MitigationActionsAgreed {
    actions = List.copyOf(actions);
  }

  /** One agreed action: its id (the fan-out item), what it is, and when it is due. */
  public record Agreed(String id, String description, LocalDate due) {}
}
