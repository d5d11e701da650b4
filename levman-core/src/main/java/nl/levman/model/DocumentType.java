package nl.levman.model;

import static java.util.Objects.requireNonNull;

/**
 * A kind of document the handbook names: what a step needs (SLA, DAP, Mandaatlijst, template
 * 'Leverancier Risicoprofiel') or what it produces.
 */
public record DocumentType(String code, String nameNl, String nameEn) {
  public DocumentType {
    requireNonNull(code, "code");
    requireNonNull(nameNl, "nameNl");
    requireNonNull(nameEn, "nameEn");
    if (!code.matches("[a-z][a-z0-9-]{0,63}")) {
      throw new LevmanException("document type code '" + code + "' must be lower-case kebab case");
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
