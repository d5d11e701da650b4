package nl.levman.model;

import static java.util.Objects.requireNonNull;

/** What a role is held for: the organisation, one supplier (by id) or one service (by id). */
public record Scope(RoleScope kind, String id) {
  private static final Scope ORGANISATION = new Scope(RoleScope.ORGANISATION, "*");

  public Scope {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new LevmanException("a " + kind.name().toLowerCase() + " scope needs an id");
    }
  }

  public static Scope organisation() {
    return ORGANISATION;
  }

  public static Scope supplier(String id) {
    return new Scope(RoleScope.SUPPLIER, id);
  }

  public static Scope service(String id) {
    return new Scope(RoleScope.SERVICE, id);
  }

  @Override
  public String toString() {
    return kind == RoleScope.ORGANISATION ? "organisation" : kind.name().toLowerCase() + " " + id;
  }
}
