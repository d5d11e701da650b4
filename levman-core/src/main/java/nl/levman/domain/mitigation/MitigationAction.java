package nl.levman.domain.mitigation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.levman.model.DomainRejection;
import nl.levman.model.Rejection;

/**
 * A mitigation action of the risk review: owner, stakeholders, due date, timestamped status updates
 * with who made them. It is closed only when the service owner judged it done (step 9) and the MT
 * accepted that (step 11). Immutable: every change gives a new action, or a rejection.
 */
public record MitigationAction(
    String id,
    String supplier,
    String description,
    String owner,
    List<String> stakeholders,
    LocalDate due,
    List<StatusUpdate> updates,
    Optional<Judgement> judgedDone,
    Optional<Judgement> accepted) {

  public MitigationAction {
    Objects.requireNonNull(id, "id");
    stakeholders = List.copyOf(stakeholders);
    updates = List.copyOf(updates);
    Objects.requireNonNull(judgedDone, "judgedDone");
    Objects.requireNonNull(accepted, "accepted");
  }

  public static MitigationAction agreed(String id, String supplier, String description, String owner,
      List<String> stakeholders, LocalDate due) {
    return new MitigationAction(id, supplier, description, owner, stakeholders, due, List.of(),
        Optional.empty(), Optional.empty());
  }

  /** A status update, by whom and when. */
  public record StatusUpdate(Instant at, String by, String text) {}

  /** A judgement: by whom and when. */
  public record Judgement(Instant at, String by) {}

  /** Why an action cannot change this way. */
  public record NotAllowed(String action, String why) implements DomainRejection {
    public String code() {
      return "MitigationNotAllowed";
    }

    public String message() {
      return "mitigation action " + action + ": " + why;
    }
  }

  /** The result of a change: the new action, or the reason it was refused. */
  public record Change(Optional<MitigationAction> action, Optional<Rejection> rejection) {}

  public Change update(Instant at, String by, String text) {
    if (isClosed()) {
      return refused("it is closed; no more status updates");
    }
    List<StatusUpdate> more = new ArrayList<>(updates);
    more.add(new StatusUpdate(at, by, text));
    return ok(new MitigationAction(id, supplier, description, owner, stakeholders, due, more, judgedDone, accepted));
  }

  /** Step 9: the service owner judges, from the status updates, that the action is done. */
  public Change judgeDone(Instant at, String serviceOwner) {
    if (updates.isEmpty()) {
      return refused("the service owner judges from status updates, and there are none yet");
    }
    return ok(new MitigationAction(id, supplier, description, owner, stakeholders, due, updates,
        Optional.of(new Judgement(at, serviceOwner)), accepted));
  }

  /** Step 9 "nee": the judgement is withdrawn and follow-up goes on. */
  public Change notDone() {
    return ok(new MitigationAction(id, supplier, description, owner, stakeholders, due, updates,
        Optional.empty(), Optional.empty()));
  }

  /** Step 11: the MT accepts that the action is done; needs the service owner's judgement first. */
  public Change acceptByMt(Instant at, String mt) {
    if (judgedDone.isEmpty()) {
      return refused("the MT can accept it only after the service owner judged it done");
    }
    return ok(new MitigationAction(id, supplier, description, owner, stakeholders, due, updates,
        judgedDone, Optional.of(new Judgement(at, mt))));
  }

  public boolean isClosed() {
    return judgedDone.isPresent() && accepted.isPresent();
  }

  public boolean isOverdue(LocalDate today) {
    return !isClosed() && today.isAfter(due);
  }

  private Change refused(String why) {
    return new Change(Optional.empty(), Optional.of(new NotAllowed(id, why)));
  }

  private static Change ok(MitigationAction action) {
    return new Change(Optional.of(action), Optional.empty());
  }
}
