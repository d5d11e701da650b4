package nl.levman.domain.steering;

import java.util.List;
import nl.levman.model.DomainEvent;

/**
 * The SLM steered at step 15 for a period: the decisions taken (extra meeting, SIP, SLA change,
 * escalation, penalty). Stored as {@code slm.steering-decided}.
 */
public record SteeringDecided(int period, List<SteeringDecision> decisions) implements DomainEvent {
  public SteeringDecided {
    decisions = List.copyOf(decisions);
  }
}
