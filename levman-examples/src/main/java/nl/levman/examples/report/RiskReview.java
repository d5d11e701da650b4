package nl.levman.examples.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.levman.domain.risk.Ranked;
import nl.levman.domain.risk.RiskProfileScored;
import nl.levman.model.InstanceId;

/**
 * A periodic review of supplier risks as its history tells it: the ranking made at step 1, the
 * suppliers selected at step 2, the risk profiles scored at steps 3 and 13, the MT's decisions per
 * supplier, and the mitigation actions with their state.
 */
public record RiskReview(
    InstanceId instance,
    Instant started,
    boolean running,
    List<Ranked> ranking,
    List<String> selected,
    List<RiskProfileScored> profiles,
    List<MtDecision> decisions,
    List<Mitigation> actions) {

  public RiskReview {
    ranking = List.copyOf(ranking);
    selected = List.copyOf(selected);
    profiles = List.copyOf(profiles);
    decisions = List.copyOf(decisions);
    actions = List.copyOf(actions);
  }

  /** A gate decision for a supplier (step 6: mitigate?, step 11: are the actions done?). */
  public record MtDecision(String supplier, int step, String outcome, Instant at) {}

  /** Where a mitigation action stands. */
  public enum State {
    /** Declared at step 3; no due date agreed yet. */
    DECLARED,
    /** Agreed at step 8 with a due date, being followed up. */
    AGREED,
    /** Judged done by the service owner at step 9; the MT has yet to accept it at step 11. */
    JUDGED_DONE,
    /** Accepted as done by the MT. */
    CLOSED
  }

  /**
   * A mitigation action: its supplier, id, what it is, its due date, its state since when, whether
   * it is past its due date while not closed, and when it was signalled overdue (if ever).
   */
  public record Mitigation(String supplier, String id, Optional<String> description, Optional<LocalDate> due,
      State state, Instant since, boolean overdue, Optional<Instant> signalledOverdue) {}
}
