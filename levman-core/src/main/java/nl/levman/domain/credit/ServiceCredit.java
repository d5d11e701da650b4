package nl.levman.domain.credit;

import java.util.List;
import nl.levman.domain.sla.Money;

/**
 * A computed service credit with its explanation trace: per rule the inputs, the band that applied,
 * and how limits and earn-back changed the amount.
 */
public record ServiceCredit(Money amount, List<String> trace) {
  public ServiceCredit {
    trace = List.copyOf(trace);
  }
}
