package nl.levman.model;

import static java.util.Objects.requireNonNull;

/**
 * A place where a step archives its result (the handbook's last column): the Contractregister,
 * SharePoint Levman, or a place an integrator declares.
 */
public record ArchivePlace(String code, String nameNl, String nameEn) {
  public ArchivePlace {
    requireNonNull(code, "code");
    requireNonNull(nameNl, "nameNl");
    requireNonNull(nameEn, "nameEn");
    if (!code.matches("[a-z][a-z0-9-]{0,63}")) {
      throw new LevmanException("archive place code '" + code + "' must be lower-case kebab case");
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
