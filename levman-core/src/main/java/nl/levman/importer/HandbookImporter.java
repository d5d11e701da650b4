package nl.levman.importer;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.levman.model.ProcessDefinition;
import nl.levman.model.WayOn;

/**
 * Imports a handbook process from its step table: the columns Stap, Verantwoordelijke,
 * Omschrijving, Document dat je nodig hebt and Plek waar je het resultaat archiveert, as the
 * handbook's text export or as a Markdown table, and an overlay that answers what the text cannot
 * say (format in the README).
 *
 * <p>The result is a verified {@link ProcessDefinition} with the table's Dutch texts verbatim, or a
 * {@link ImportResult.Refused} that lists every error and open question with its file and line.
 * Nothing is registered: the host registers an imported definition as any other. Bad input never
 * throws. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ImportResult result = HandbookImporter.of(Vocabulary.handbook())
 *     .read(Path.of("proces-8.nl.txt"), Optional.of(Path.of("proces-8.overlay.json")));
 * }</pre>
 */
public final class HandbookImporter {
  private final Vocabulary vocabulary;

  private HandbookImporter(Vocabulary vocabulary) {
    this.vocabulary = requireNonNull(vocabulary, "vocabulary");
  }

  /** An importer that knows these words, documents, places, behaviours and process numbers. */
  public static HandbookImporter of(Vocabulary vocabulary) {
    return new HandbookImporter(vocabulary);
  }

  /** An importer with the handbook's vocabulary ({@link Vocabulary#handbook()}). */
  public static HandbookImporter handbook() {
    return of(Vocabulary.handbook());
  }

  /** Reads the table and the overlay from files; a file that cannot be read is a problem, not an exception. */
  public ImportResult read(Path table, Optional<Path> overlay) {
    List<Problem> unreadable = new ArrayList<>();
    Optional<Source> tableText = source(table, unreadable);
    Optional<Source> overlayText = overlay.flatMap(o -> source(o, unreadable));
    if (!unreadable.isEmpty()) {
      return new ImportResult.Refused(unreadable);
    }
    return read(tableText.orElseThrow(), overlayText);
  }

  /** Reads the table and the overlay from their texts. */
  public ImportResult read(Source table, Optional<Source> overlay) {
    Problems problems = new Problems();
    List<Reading> readings = new ArrayList<>();
    Optional<TableText> text = TableReader.read(table, problems);
    Overlay answers = overlay.map(o -> OverlayReader.read(o, vocabulary, problems)
        .orElseGet(() -> Overlay.none(vocabulary, o.name(), problems)))
        .orElseGet(() -> Overlay.none(vocabulary, "overlay", problems));
    if (text.isEmpty()) {
      return new ImportResult.Refused(problems.sorted());
    }
    StepRows rows = new StepRows(table.name(), answers.words(), problems);
    List<TableStep> steps = rows.read(text.get());
    if (!rows.complete()) {
      return new ImportResult.Refused(problems.sorted());
    }
    Ways ways = new Ways(steps, answers, table.name(), problems, readings);
    Map<Integer, WayOn> resolved = ways.resolve();
    new Questions(answers, table.name(), problems).ask(steps, resolved);
    if (resolved.size() < steps.size()) {
      return new ImportResult.Refused(problems.sorted());
    }
    Optional<ProcessDefinition> definition = new Assembly(text.get(), steps, answers, problems)
        .build(resolved, ways.flags());
    return definition.<ImportResult>map(d -> new ImportResult.Imported(d, readings))
        .orElseGet(() -> new ImportResult.Refused(problems.sorted()));
  }

  private static Optional<Source> source(Path file, List<Problem> problems) {
    try {
      return Optional.of(Source.of(file));
    } catch (IOException e) {
      problems.add(Problem.error(file.toString(), 0, "cannot read the file: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage())));
      return Optional.empty();
    }
  }
}
