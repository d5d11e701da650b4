package nl.levman.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.levman.model.ArchivePlace;
import nl.levman.model.Behaviour;
import nl.levman.model.DocumentType;
import nl.levman.model.Role;
import nl.levman.model.Subject;
import nl.levman.model.Target;
import nl.levman.model.WayOn;

/**
 * The answers of an overlay file, with every code already resolved against the vocabulary (which
 * the overlay's own declarations and words extend). An absent overlay answers nothing.
 */
record Overlay(String source, Process process, Map<Integer, StepAnswers> steps, Vocabulary words, JsonValues values) {

  /** What the table cannot say about the process as a whole. */
  record Process(Optional<String> key, OptionalInt version, Optional<String> nameNl, Optional<String> nameEn,
      Optional<List<Subject>> about, List<Role> roles, List<DocumentType> documents, List<ArchivePlace> places,
      List<String> flags, List<String> itemKinds) {
    static Process none() {
      return new Process(Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
  }

  /** "When": the way into the step is taken only when the flag holds; otherwise the flow goes on at {@code otherwise}. */
  record When(String flag, Target otherwise) {}

  /** A parallel split at the step: the branches, and where the flow goes on after the join (empty: as the table goes on). */
  record Split(List<Integer> branches, Optional<Target> then) {}

  /** The answers for one step; each absent one leaves the table's reading (or the default) in place. */
  record StepAnswers(int number, String path, Optional<Role> role, Optional<List<Role>> alsoBy,
      Optional<Boolean> delegable, Optional<String> en, Optional<Target> next, Optional<When> when,
      Optional<Split> split, boolean join, Optional<WayOn.ForEach> forEach, Optional<WayOn.Cycle> cycle,
      boolean raisable, List<String> raisedOn, Optional<String> link, Optional<Behaviour> behaviour,
      Optional<List<DocumentType>> needs, Optional<Optional<ArchivePlace>> archivesTo,
      Optional<List<DocumentType>> archives, Map<String, ArchivePlace> placeFor,
      Map<Description.HintKind, String> dismiss) {

    /** Whether the overlay gives the step's way on itself. */
    boolean givesWayOn() {
      return next.isPresent() || split.isPresent() || join || forEach.isPresent() || cycle.isPresent();
    }
  }

  static Overlay none(Vocabulary words, String source, Problems problems) {
    return new Overlay(source, Process.none(), Map.of(), words,
        new JsonValues(source, OverlayLines.of("{}"), problems));
  }

  Optional<StepAnswers> step(int number) {
    return Optional.ofNullable(steps.get(number));
  }

  int line(String path) {
    return values.line(path);
  }
}
