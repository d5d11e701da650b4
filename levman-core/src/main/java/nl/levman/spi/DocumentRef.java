package nl.levman.spi;

import static java.util.Objects.requireNonNull;

/**
 * Where one version of an archived document lives: the archive place (code), the folder in it (the
 * supplier and the contract or review), the document name and the version, counted from 1.
 */
public record DocumentRef(String place, String supplier, String dossier, DocumentName name, int version) {
  public DocumentRef {
    requireNonNull(place, "place");
    requireNonNull(supplier, "supplier");
    requireNonNull(dossier, "dossier");
    requireNonNull(name, "name");
    new DocumentName(supplier);
    new DocumentName(dossier);
    if (version < 1) {
      throw new nl.levman.model.LevmanException("document version must be 1 or more: " + version);
    }
  }

  /** A readable path such as {@code contractregister/acme/sla-2025/dap.pdf@2}. */
  @Override
  public String toString() {
    return place + "/" + supplier + "/" + dossier + "/" + name + "@" + version;
  }
}
