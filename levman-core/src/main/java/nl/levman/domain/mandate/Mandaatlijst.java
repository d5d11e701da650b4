package nl.levman.domain.mandate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.levman.domain.sla.Money;
import nl.levman.model.LevmanException;
import nl.levman.model.DomainRejection;
import nl.levman.model.Rejection;

/**
 * The Mandaatlijst: in versions (each valid from a date), who may sign which document type up to
 * which value. Where the list names no mandate for a document type, a changed SLA, DAP or SLR is
 * signed by the supplier (LEV) and the service owner (DE) — handbook step 17.
 */
public record Mandaatlijst(List<Version> versions) {
  public Mandaatlijst {
    versions = versions.stream().sorted(Comparator.comparing(Version::validFrom)).toList();
  }

  /** One version of the list, valid from a date. */
  public record Version(LocalDate validFrom, List<Mandate> mandates) {
    public Version {
      mandates = List.copyOf(mandates);
    }
  }

  /** A mandate: a role (code) may sign a document type up to a value (no limit when empty). */
  public record Mandate(String role, String documentType, Optional<Money> upTo) {}

  /** A signature under a document: who, in which role. */
  public record Signature(String person, String role) {}

  /** Why signatures are refused. Codes are fixed. */
  public sealed interface MandateRejection extends DomainRejection {
    /** Every code of this family. */
    static List<String> codes() {
      return List.of("MandateMissing");
    }
  }

  /** A signature is missing or not covered by a mandate; names the mandate that is needed. */
  public record MandateMissing(String documentType, String needed) implements MandateRejection {
    public String code() {
      return "MandateMissing";
    }

    public String message() {
      return "the " + documentType + " lacks a signature: " + needed;
    }
  }

  /** The version in force on a date. */
  public Version inForce(LocalDate on) {
    Version found = null;
    for (Version v : versions) {
      if (!v.validFrom().isAfter(on)) {
        found = v;
      }
    }
    if (found == null) {
      throw new LevmanException("no version of the Mandaatlijst is in force on " + on);
    }
    return found;
  }

  /**
   * Checks the signatures under a document of this type and value: the supplier always signs; the
   * organisation's side is the service owner, unless the list in force names mandates for the type,
   * in which case one of them must sign and cover the value.
   */
  public Optional<Rejection> check(String documentType, Money value, LocalDate on, List<Signature> signatures) {
    if (signatures.stream().noneMatch(s -> s.role().equals("LEV"))) {
      return Optional.of(new MandateMissing(documentType, "the supplier (LEV) must sign"));
    }
    List<Mandate> mandates = inForce(on).mandates().stream()
        .filter(m -> m.documentType().equals(documentType)).toList();
    if (mandates.isEmpty()) {
      return signatures.stream().anyMatch(s -> s.role().equals("DE")) ? Optional.empty()
          : Optional.of(new MandateMissing(documentType, "the service owner (DE) must sign"));
    }
    for (Signature s : signatures) {
      for (Mandate m : mandates) {
        if (m.role().equals(s.role()) && m.upTo().map(max -> value.compareTo(max) <= 0).orElse(true)) {
          return Optional.empty();
        }
      }
    }
    String needed = mandates.stream()
        .filter(m -> m.upTo().map(max -> value.compareTo(max) <= 0).orElse(true))
        .map(m -> m.role() + m.upTo().map(max -> " (up to " + max + ")").orElse(""))
        .findFirst().map(r -> "a mandate of " + r + " for " + value)
        .orElse("no mandate in the list covers " + value);
    return Optional.of(new MandateMissing(documentType, needed));
  }
}
