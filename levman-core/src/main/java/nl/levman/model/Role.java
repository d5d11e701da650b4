package nl.levman.model;

import static java.util.Objects.requireNonNull;

/**
 * A responsible role of the handbook (the "Verantwoordelijke" column). Roles are data so that an
 * integrator can declare roles of its own; the code is the short name used everywhere (SLM, CM).
 */
public record Role(String code, String nameNl, String nameEn, RoleScope scope) {
  public Role {
    requireNonNull(code, "code");
    requireNonNull(nameNl, "nameNl");
    requireNonNull(nameEn, "nameEn");
    requireNonNull(scope, "scope");
    if (!code.matches("[A-Z][A-Z0-9_]{0,15}")) {
      throw new LevmanException("role code '" + code + "' must be 1-16 upper-case letters or digits");
    }
  }

  public String name(Language language) {
    return language == Language.NL ? nameNl : nameEn;
  }

  @Override
  public String toString() {
    return code;
  }
}
