package nl.levman.spi;

import java.time.LocalDate;
import java.util.List;
import nl.levman.model.PersonId;
import nl.levman.model.Scope;

/**
 * Who holds which role for which supplier or service, and who acts for whom: the host's own
 * directory. Thread-safe; answers must reflect the directory at the time of the call.
 */
public interface Directory {

  /** Whether the person holds the role for the scope directly (an organisation-wide grant covers all). */
  boolean holds(PersonId person, String role, Scope scope);

  /** Every role the person holds directly, with its scope. */
  List<Grant> grantsOf(PersonId person);

  /** The delegations to this person that are active on the date. */
  List<Delegation> delegationsTo(PersonId person, LocalDate on);

  /** A role held for a scope. */
  record Grant(PersonId person, String role, Scope scope) {}

  /**
   * A delegation: {@code from} lets {@code to} act in {@code role} for {@code scope} from {@code
   * start} to {@code end} (inclusive), as a service owner delegates to a product manager.
   */
  record Delegation(PersonId from, PersonId to, String role, Scope scope, LocalDate start, LocalDate end) {
    public boolean activeOn(LocalDate day) {
      return !day.isBefore(start) && !day.isAfter(end);
    }
  }
}
