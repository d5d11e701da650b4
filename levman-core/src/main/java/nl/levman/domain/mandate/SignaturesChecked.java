package nl.levman.domain.mandate;

import java.time.LocalDate;
import java.util.List;
import nl.levman.domain.sla.Money;
import nl.levman.model.DomainEvent;

/**
 * The signatures under a document were checked against the Mandaatlijst in force on the day: who
 * signed, in which role, for which value. Stored as {@code levman.signatures-checked}.
 */
public record SignaturesChecked(
    String documentType, Money value, LocalDate on, List<Mandaatlijst.Signature> signatures)
    implements DomainEvent {
  public SignaturesChecked {
    signatures = List.copyOf(signatures);
  }
}
