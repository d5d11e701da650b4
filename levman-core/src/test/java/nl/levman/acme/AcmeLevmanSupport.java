package nl.levman.acme;

import nl.levman.model.Role;
import nl.levman.model.RoleScope;

/**
 * Fixture: a helper that an integrator (the {@code org.example.acme} extension) placed in a
 * {@code nl.levman} package of its own making: exactly what the rule "no outside class in a
 * nl.levman package" is there to find.
 */
public final class AcmeLevmanSupport {
  private AcmeLevmanSupport() {}

  public static Role contractManager() {
    return new Role("CM", "CM", "Contract manager", RoleScope.SUPPLIER);
  }
}
