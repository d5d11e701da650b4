package nl.levman.domain.credit;

import java.util.List;
import nl.levman.domain.sla.Money;
import nl.levman.model.DomainEvent;

/**
 * A penalty (boete) was decided at SLM step 15 for a period: the service credit computed from the
 * SLA's rules and the period's SLR, with the trace of every rule, band, cap and earn-back. Stored as
 * {@code slm.penalty-decided}.
 */
public record PenaltyDecided(int period, Money amount, List<String> trace) implements DomainEvent {
  public PenaltyDecided {
    trace = List.copyOf(trace);
  }
}
