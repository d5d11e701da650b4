package nl.levman.domain.steering;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.levman.domain.credit.ServiceCredit;

/**
 * A decision to steer taken at SLM step 15 ("bijsturen"), recorded and archived with the SLR. An
 * SLA change raises step 17; an escalation takes its level from the DAP's escalation path; a
 * penalty is computed when it is decided.
 */
public sealed interface SteeringDecision {

  /** An extra meeting with the supplier. */
  record ExtraMeeting(LocalDate date, String topic) implements SteeringDecision {}

  /** One action of a service improvement plan. */
  record SipAction(String description, String owner, LocalDate due, String successCriterion) {
    public SipAction {
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(due, "due");
      Objects.requireNonNull(successCriterion, "successCriterion");
    }
  }

  /** A service improvement plan agreed with the supplier. */
  record ServiceImprovementPlan(List<SipAction> actions) implements SteeringDecision {
    public ServiceImprovementPlan {
      actions = List.copyOf(actions);
    }
  }

  /** A change of the SLA (a KPI, a target): raises the step-17 change. */
  record SlaChange(String what) implements SteeringDecision {}

  /** An escalation at a level of the DAP's escalation path. */
  record Escalation(int level, String reason) implements SteeringDecision {}

  /**
   * A penalty (boete): the service credit is computed from the SLA's rules and the period's SLR
   * when the decision is taken, and recorded as a {@code PenaltyDecided} event with its trace.
   */
  record Penalty() implements SteeringDecision {}
}
