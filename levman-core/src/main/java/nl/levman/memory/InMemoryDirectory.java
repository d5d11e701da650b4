package nl.levman.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.levman.model.PersonId;
import nl.levman.model.RoleScope;
import nl.levman.model.Scope;
import nl.levman.spi.Directory;

/** A directory kept in memory: grants and delegations added by the host or a test. Thread-safe. */
public final class InMemoryDirectory implements Directory {
  private final List<Grant> grants = new CopyOnWriteArrayList<>();
  private final List<Delegation> delegations = new CopyOnWriteArrayList<>();

  /** Grants a role for a scope. */
  public InMemoryDirectory grant(String person, String role, Scope scope) {
    grants.add(new Grant(new PersonId(person), role, scope));
    return this;
  }

  /** Lets {@code to} act in {@code role} for {@code scope} on behalf of {@code from}, for a period. */
  public InMemoryDirectory delegate(String from, String to, String role, Scope scope, LocalDate start,
      LocalDate end) {
    delegations.add(new Delegation(new PersonId(from), new PersonId(to), role, scope, start, end));
    return this;
  }

  @Override
  public boolean holds(PersonId person, String role, Scope scope) {
    return grants.stream().anyMatch(g -> g.person().equals(person) && g.role().equals(role)
        && (g.scope().equals(scope) || g.scope().kind() == RoleScope.ORGANISATION));
  }

  @Override
  public List<Grant> grantsOf(PersonId person) {
    return grants.stream().filter(g -> g.person().equals(person)).toList();
  }

  @Override
  public List<Delegation> delegationsTo(PersonId person, LocalDate on) {
    return delegations.stream().filter(d -> d.to().equals(person) && d.activeOn(on)).toList();
  }
}
