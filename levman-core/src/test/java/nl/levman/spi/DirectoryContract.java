package nl.levman.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.levman.model.PersonId;
import nl.levman.model.Scope;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Directory} must do. An adapter's test extends this class and returns a
 * directory in which: ann holds SLM for service hosting; carl holds CM for supplier acme; mia holds
 * MT organisation-wide; dirk holds DE for service hosting and delegates DE for hosting to pim from
 * 2026-01-01 to 2026-01-31.
 */
public abstract class DirectoryContract {

  protected abstract Directory directory();

  private static PersonId p(String id) {
    return PersonId.of(id);
  }

  @Test
  void knowsWhoHoldsARoleForAScope() {
    Directory d = directory();
    assertThat(d.holds(p("ann"), "SLM", Scope.service("hosting"))).isTrue();
    assertThat(d.holds(p("carl"), "CM", Scope.supplier("acme"))).isTrue();
  }

  @Test
  void aRoleHeldForOneScopeIsNotHeldForAnother() {
    Directory d = directory();
    assertThat(d.holds(p("carl"), "CM", Scope.supplier("globex"))).isFalse();
    assertThat(d.holds(p("ann"), "SLM", Scope.service("email"))).isFalse();
    assertThat(d.holds(p("ann"), "CM", Scope.service("hosting"))).isFalse();
  }

  @Test
  void anOrganisationWideRoleCoversEveryScope() {
    assertThat(directory().holds(p("mia"), "MT", Scope.organisation())).isTrue();
  }

  @Test
  void listsThePersonsGrants() {
    assertThat(directory().grantsOf(p("carl")))
        .containsExactly(new Directory.Grant(p("carl"), "CM", Scope.supplier("acme")));
    assertThat(directory().grantsOf(p("nobody"))).isEmpty();
  }

  @Test
  void delegationsAreActiveOnlyWithinTheirPeriod() {
    Directory d = directory();
    assertThat(d.delegationsTo(p("pim"), LocalDate.of(2026, 1, 1))).hasSize(1);
    assertThat(d.delegationsTo(p("pim"), LocalDate.of(2026, 1, 31))).hasSize(1);
    assertThat(d.delegationsTo(p("pim"), LocalDate.of(2026, 2, 1))).isEmpty();
    assertThat(d.delegationsTo(p("pim"), LocalDate.of(2025, 12, 31))).isEmpty();
    Directory.Delegation delegation = d.delegationsTo(p("pim"), LocalDate.of(2026, 1, 15)).get(0);
    assertThat(delegation.from()).isEqualTo(p("dirk"));
    assertThat(delegation.role()).isEqualTo("DE");
    assertThat(delegation.scope()).isEqualTo(Scope.service("hosting"));
  }

  @Test
  void aDelegationDoesNotMakeTheDelegateAHolder() {
    assertThat(directory().holds(p("pim"), "DE", Scope.service("hosting"))).isFalse();
  }
}
