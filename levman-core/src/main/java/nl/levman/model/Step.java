package nl.levman.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One row of the handbook's step table: the number, the responsible role, what happens (Dutch,
 * verbatim, and English), the documents needed, the archive place the result goes to, and the way
 * on.
 *
 * @param number the step number, stable across versions of a definition
 * @param role the responsible role; empty for a step nobody performs ("Einde proces")
 * @param labelNl the "Omschrijving" column, verbatim from the handbook
 * @param labelEn the English translation of the label
 * @param needs the documents needed to perform the step; checked when the step is completed
 * @param archivesTo where the step's result is archived, if anywhere
 * @param wayOn how the flow goes on once the step is completed
 * @param raisable whether the step is an event sub-flow that can be raised at any time
 * @param delegable whether the role may be held through a delegation (service owner to product
 *     manager)
 * @param alternates further roles that may complete the step (the coordinating CM who bundles)
 * @param archives the documents the step archives: each must be presented with the completion
 * @param placeFor where a document type is archived when not at {@code archivesTo} (the
 *     handleiding's rule: a changed SLA in the Contractregister), by document type code
 * @param behaviour the domain behaviour that runs when the step is completed, if any
 * @param raisedOn the triggers by which a behaviour may raise this (raisable) step
 */
public record Step(
    int number,
    Optional<Role> role,
    String labelNl,
    String labelEn,
    List<DocumentType> needs,
    Optional<ArchivePlace> archivesTo,
    WayOn wayOn,
    boolean raisable,
    boolean delegable,
    List<Role> alternates,
    List<DocumentType> archives,
    Map<String, ArchivePlace> placeFor,
    Optional<Behaviour> behaviour,
    Set<String> raisedOn) {

  public Step {
    if (number <= 0) {
      throw new LevmanException("a step number must be positive, not " + number);
    }
    requireNonNull(role, "role");
    requireNonNull(labelNl, "labelNl");
    requireNonNull(labelEn, "labelEn");
    needs = List.copyOf(needs);
    requireNonNull(archivesTo, "archivesTo");
    requireNonNull(wayOn, "wayOn");
    alternates = List.copyOf(alternates);
    archives = List.copyOf(archives);
    placeFor = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(placeFor));
    requireNonNull(behaviour, "behaviour");
    raisedOn = Set.copyOf(raisedOn);
    if (!alternates.isEmpty() && role.isEmpty()) {
      throw new LevmanException("step " + number + " names further roles but no responsible role");
    }
    if (labelNl.isBlank()) {
      throw new LevmanException("step " + number + " needs a Dutch label");
    }
  }

  public String label(Language language) {
    return language == Language.NL ? labelNl : labelEn;
  }

  /** Every role that may complete the step: the responsible one first, then the alternates. */
  public List<Role> roles() {
    return Stream.concat(role.stream(), alternates.stream()).toList();
  }

  /** Where a document of this type is archived by this step, if the step archives at all. */
  public Optional<ArchivePlace> placeOf(String documentType) {
    return Optional.ofNullable(placeFor.get(documentType)).or(() -> archivesTo);
  }

  /** Whether the step writes to an archive place. */
  public boolean archivesAnything() {
    return archivesTo.isPresent() || !placeFor.isEmpty();
  }

  /** Whether a person performs this step; a step without a role passes on by itself. */
  public boolean isManual() {
    return role.isPresent();
  }

  /** The outcomes a person chooses from when completing this step; empty unless it is a gate. */
  public List<String> outcomes() {
    return wayOn instanceof WayOn.Gate gate
        ? gate.outcomes().stream().map(Outcome::name).toList()
        : List.of();
  }

  @Override
  public String toString() {
    return "step " + number;
  }
}
